"""Alerts reach people: each alert by email and webhook in normal mode, one digest per run in backfill
mode, against a real SMTP server and a real HTTP endpoint on 127.0.0.1. A delivery that fails never
stops the run and is never silent: printed, and recorded in the alerts table and the digest."""

from __future__ import annotations

import io
from datetime import date

import pytest
from typer.testing import CliRunner

from nbaprops.cli.main import app
from nbaprops.orchestration.alerts import run_digest
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from tests.orchestration.alert_servers import Hook, Mailbox, free_port, smtp, webhook  # noqa: F401
from tests.orchestration.toy import SourceFeed, make_dag, toy_env

GAME_DAYS = [date(2024, 1, 2), date(2024, 1, 3), date(2024, 1, 5), date(2024, 1, 8)]
NORMAL = RunOptions(skip_downstream_trigger=True)
BACKFILL = RunOptions(backfill_mode=True, skip_downstream_trigger=True, force=True)


@pytest.fixture
def failing(env, seed_schedule):
    """The toy source over four game days, two of which fail."""
    seed_schedule([(d, "BOS", "LAL", f"00223000{i:02d}") for i, d in enumerate(GAME_DAYS)])
    feed = SourceFeed(rows_per_date=dict.fromkeys(GAME_DAYS, 3), fail_dates={GAME_DAYS[1], GAME_DAYS[2]})
    defs = make_dag(feed)
    return toy_env(env, defs), defs.by_name["toy_source"]


def _run(failing, options, stream=None):
    e, proc = failing
    return run_processor(e, proc, GAME_DAYS[0], GAME_DAYS[-1], options=options, alert_stream=stream or io.StringIO())


def _rows(env, sql: str) -> list[dict]:
    return env.warehouse.query(sql)


def test_normal_mode_emails_and_posts_each_alert_as_it_happens(env, failing, smtp: Mailbox, webhook: Hook):  # noqa: F811
    report = _run(failing, NORMAL)
    assert report.dates("failed") == GAME_DAYS[1:3]
    subjects = sorted(smtp.subjects())
    assert subjects == ["[nbaprops] [ERROR] toy_source 2024-01-03: injected failure for 2024-01-03",
                        "[nbaprops] [ERROR] toy_source 2024-01-05: injected failure for 2024-01-05",
                        "[nbaprops] [ERROR] toy_source: 2 date(s) failed: 2024-01-03, 2024-01-05"]
    first = smtp.messages[0]
    assert (first["From"], first["To"]) == ("nbaprops@example.org", "oncall@example.org, lead@example.org")
    assert f"run {report.run_id}" in first.get_content()
    assert [p["alerts"][0] for p in webhook.posts] == [s.removeprefix("[nbaprops] ") for s in smtp.subjects()]
    assert not _rows(env, "SELECT * FROM nba_orchestration.alerts WHERE processor_name = 'alert_delivery'")


def test_backfill_mode_sends_one_digest_by_email_and_webhook(env, failing, smtp: Mailbox, webhook: Hook):  # noqa: F811
    report = _run(failing, BACKFILL)
    assert len(smtp.messages) == 1 and len(webhook.posts) == 1
    assert smtp.subjects()[0] == "[nbaprops] alert digest: 3 error(s)"
    body = smtp.bodies()[0]
    assert body.startswith(f"Alert digest for run {report.run_id}: 3 error(s)")
    assert "[ERROR] toy_source 2024-01-03: injected failure for 2024-01-03" in body
    assert webhook.posts[0]["digest"] == report.digest


def test_a_whole_backfill_is_one_digest_whatever_its_processor_runs(env, failing, smtp: Mailbox, webhook: Hook):  # noqa: F811
    stream = io.StringIO()
    with run_digest(env.warehouse, "Backfill digest (test)", stream=stream) as digest:
        first = _run(failing, BACKFILL)
        second = _run(failing, BACKFILL)
        assert not smtp.messages and not webhook.posts  # nothing leaves before the run ends
        digest.outcome = "stopped at phase 2 of season 2023"
    assert len(smtp.messages) == 1 and len(webhook.posts) == 1
    assert smtp.subjects()[0] == ("[nbaprops] Backfill digest (test): stopped at phase 2 of season 2023; "
                                           "6 error(s), 0 warning(s)")
    assert smtp.bodies()[0].count("toy_source 2024-01-05: injected failure") == 2
    stored = _rows(env, "SELECT digest_id, error_count, body FROM nba_orchestration.alert_digests")
    assert [(r["digest_id"], r["error_count"]) for r in stored] == [(digest.digest_id, 6)]
    linked = _rows(env, "SELECT DISTINCT run_id, digest_id FROM nba_orchestration.alerts")
    assert {(r["run_id"], r["digest_id"]) for r in linked} == {(first.run_id, digest.digest_id),
                                                             (second.run_id, digest.digest_id)}
    assert stream.getvalue().startswith("Backfill digest (test): stopped at phase 2")


def test_a_run_interrupted_still_sends_its_digest(env, failing, smtp: Mailbox):  # noqa: F811
    with pytest.raises(KeyboardInterrupt), run_digest(env.warehouse, "Backfill digest (test)", io.StringIO()):
        _run(failing, BACKFILL)
        raise KeyboardInterrupt
    assert smtp.subjects()[0].startswith("[nbaprops] Backfill digest (test): stopped (interrupted); 3 error")


def test_smtp_down_and_a_webhook_500_neither_stop_the_run_nor_pass_silently(
        env, failing, webhook: Hook, monkeypatch):  # noqa: F811
    port = free_port()  # nothing listens there
    monkeypatch.setenv("NBAPROPS_ALERT_SMTP", f"smtp://127.0.0.1:{port}")
    monkeypatch.setenv("NBAPROPS_ALERT_EMAIL_TO", "oncall@example.org")
    webhook.status = 500
    stream = io.StringIO()
    report = _run(failing, BACKFILL, stream)
    assert report.dates("success") == [GAME_DAYS[0], GAME_DAYS[3]]  # the run went on
    out = stream.getvalue()
    assert "ALERT webhook delivery failed (HTTPStatusError 500)" in out
    assert f"ALERT email delivery to smtp://127.0.0.1:{port} failed (ConnectionRefusedError" in out
    recorded = _rows(env, "SELECT message, digest_id FROM nba_orchestration.alerts "
                          "WHERE processor_name = 'alert_delivery' ORDER BY message")
    assert [r["message"].split(" (")[0] for r in recorded] == [f"email delivery to smtp://127.0.0.1:{port} failed",
                                                              "webhook delivery failed"]
    body = _rows(env, "SELECT body FROM nba_orchestration.alert_digests")[0]["body"]
    assert "  delivery: webhook delivery failed (HTTPStatusError 500)" in body
    assert "  delivery: email delivery to" in body


def test_the_login_uses_the_password_and_never_shows_it(env, failing, smtp: Mailbox, monkeypatch):  # noqa: F811
    smtp.password = "correct-horse-battery"
    monkeypatch.setenv("NBAPROPS_ALERT_SMTP_USER", "alerts")
    monkeypatch.setenv("NBAPROPS_ALERT_SMTP_PASSWORD", "correct-horse-battery")
    _run(failing, BACKFILL)
    assert smtp.logins == [("alerts", "correct-horse-battery")] and len(smtp.messages) == 1
    monkeypatch.setenv("NBAPROPS_ALERT_SMTP_PASSWORD", "wrong-staple-xyzzy")
    stream = io.StringIO()
    _run(failing, BACKFILL, stream)
    assert len(smtp.messages) == 1  # refused
    assert "failed (SMTPAuthenticationError: 535" in stream.getvalue()
    everything = stream.getvalue() + str(_rows(env, "SELECT * FROM nba_orchestration.alerts")) + \
        str(_rows(env, "SELECT * FROM nba_orchestration.alert_digests"))
    assert "wrong-staple" not in everything and "correct-horse" not in everything


def test_starttls_asked_of_a_server_without_it_is_a_recorded_failure(env, failing, smtp: Mailbox, monkeypatch):  # noqa: F811
    monkeypatch.setenv("NBAPROPS_ALERT_SMTP_STARTTLS", "1")
    stream = io.StringIO()
    _run(failing, BACKFILL, stream)
    assert not smtp.messages  # never sent in the clear when TLS was asked for
    assert "failed (SMTPNotSupportedError" in stream.getvalue()


def test_the_backfill_command_emails_one_digest_when_it_stops_at_a_gate(
        tmp_path, monkeypatch, smtp: Mailbox, webhook: Hook):  # noqa: F811
    monkeypatch.setenv("NBAPROPS_HOME", str(tmp_path))
    for name in ("NBAPROPS_WAREHOUSE", "NBAPROPS_OBJECT_STORE", "NBAPROPS_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(app, ["backfill", "--start-date", "2024-10-22", "--end-date", "2024-10-23",
                                      "--phases", "2-3"])
    assert result.exit_code == 1, result.output
    assert len(smtp.messages) == 1 and len(webhook.posts) == 1
    subject = smtp.subjects()[0]
    assert subject.startswith("[nbaprops] Backfill digest (nbaprops backfill --start-date 2024-10-22 "
                              "--end-date 2024-10-23 --phases 2-3): stopped at phase 2 of season 2024;")
    body = smtp.bodies()[0]
    assert "stopped at phase 2 of season 2024:" in body and "  fill: nbaprops scrape" in body
