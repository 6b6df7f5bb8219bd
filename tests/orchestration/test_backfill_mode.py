"""Backfill mode changes exactly what the seed's two safeguard tables say, one behaviour at a time."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest

from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.orchestration.safeguards import SAFEGUARDS, Delivery, Level, Policy
from tests.orchestration.toy import SourceFeed, make_dag, toy_env

GAME_DAYS = [date(2024, 1, 2), date(2024, 1, 3), date(2024, 1, 5), date(2024, 1, 8)]
NORMAL = RunOptions(skip_downstream_trigger=True)
BACKFILL = RunOptions(backfill_mode=True, skip_downstream_trigger=True)


def test_the_safeguard_table_has_the_seeds_rows_with_normal_and_backfill_values():
    table = {s.name: (s.normal, s.backfill) for s in SAFEGUARDS}
    assert table["dependency_check"] == (Level.RAISE, Level.RAISE)
    assert table["dependency_min_rows"] == ("declared", 1)
    assert table["extraction"] == ("full", "full")
    assert table["writes"] == ("full", "full")
    assert table["run_history"] == (True, True)
    assert table["deduplication"] == (True, True)
    assert table["gap_detection"] == (Level.RAISE, Level.IGNORE)
    assert table["upstream_status"] == (Level.RAISE, Level.IGNORE)
    assert table["alerts"] == (Delivery.IMMEDIATE, Delivery.DIGEST)
    assert table["stale_data_fail"] == (Level.RAISE, Level.WARN)
    assert len(SAFEGUARDS) == 10


def test_policy_for_each_mode_reads_the_table():
    normal, backfill = Policy.for_mode(False), Policy.for_mode(True)
    assert normal.min_rows(200) == 200 and backfill.min_rows(200) == 1
    assert backfill.dependency_check is Level.RAISE
    assert (normal.alerts, backfill.alerts) == (Delivery.IMMEDIATE, Delivery.DIGEST)


@pytest.fixture
def games(seed_schedule):
    seed_schedule([(d, "BOS", "LAL", f"00223000{i:02d}") for i, d in enumerate(GAME_DAYS)])


def _load_source(env, feed, days=GAME_DAYS, options=BACKFILL):
    defs = make_dag(feed)
    e = toy_env(env, defs)
    report = run_processor(e, defs.by_name["toy_source"], days[0], days[-1], dates=days, options=options,
                           alert_stream=io.StringIO())
    assert report.ok, report.outcomes
    return e


def test_min_rows_is_declared_in_normal_mode_and_one_in_backfill(env, games):
    feed = SourceFeed(rows_per_date=dict.fromkeys(GAME_DAYS, 3))
    e = _load_source(env, feed)
    defs = make_dag(feed, min_rows=5)
    e.definitions = defs
    derived = defs.by_name["toy_derived"]
    day = GAME_DAYS[0]
    normal = run_processor(e, derived, day, day, options=NORMAL, alert_stream=io.StringIO())
    assert normal.outcomes[day].status == "failed"
    assert "at least 5 needed" in normal.outcomes[day].errors[0]
    backfill = run_processor(e, derived, day, day, options=BACKFILL, alert_stream=io.StringIO())
    assert backfill.outcomes[day].status == "success", backfill.outcomes[day].errors


def test_a_missing_critical_upstream_fails_in_both_modes(env, games):
    feed = SourceFeed()
    defs = make_dag(feed)
    e = toy_env(env, defs)
    day = GAME_DAYS[1]
    for options in (NORMAL, BACKFILL):
        report = run_processor(e, defs.by_name["toy_derived"], day, day, options=options,
                               alert_stream=io.StringIO())
        assert report.outcomes[day].status == "failed"
        assert report.outcomes[day].errors[0] == (
            f"toy_derived for {day} needs toy_source for {day - timedelta(days=10)}..{day}, which has no rows. "
            f"Run: nbaprops run raw/toy_source --start-date {day - timedelta(days=10)} --end-date {day}"
            + (" --backfill-mode" if options.backfill_mode else "")
        )


def test_gap_detection_counts_schedule_game_dates_not_calendar_days(env, games):
    feed = SourceFeed(rows_per_date=dict.fromkeys(GAME_DAYS, 3))
    e = _load_source(env, feed, days=[GAME_DAYS[0], GAME_DAYS[2], GAME_DAYS[3]])  # 2024-01-03 is a gap
    # the toy source has rows on 01-02, 01-05, 01-08: 01-04, 01-06 and 01-07 have no games, so no gap there
    day = GAME_DAYS[3]
    normal = run_processor(e, e.definitions.by_name["toy_derived"], day, day, options=NORMAL,
                           alert_stream=io.StringIO())
    assert normal.outcomes[day].status == "failed"
    assert "gaps on schedule game dates 2024-01-03 " in normal.outcomes[day].errors[0]
    backfill = run_processor(e, e.definitions.by_name["toy_derived"], day, day, options=BACKFILL,
                             alert_stream=io.StringIO())
    assert backfill.outcomes[day].status == "success", backfill.outcomes[day].errors


def test_upstream_status_check_blocks_after_a_failed_upstream_run_only_in_normal_mode(env, games):
    feed = SourceFeed(rows_per_date=dict.fromkeys(GAME_DAYS, 3))
    e = _load_source(env, feed)
    feed.fail_dates = {GAME_DAYS[2]}
    run_processor(e, e.definitions.by_name["toy_source"], GAME_DAYS[2], GAME_DAYS[2],
                  options=RunOptions(force=True, skip_downstream_trigger=True), alert_stream=io.StringIO())
    day = GAME_DAYS[3]
    normal = run_processor(e, e.definitions.by_name["toy_derived"], day, day, options=NORMAL,
                           alert_stream=io.StringIO())
    assert normal.outcomes[day].status == "failed"
    assert "upstream processor toy_source failed for 2024-01-05" in normal.outcomes[day].errors[0]
    backfill = run_processor(e, e.definitions.by_name["toy_derived"], day, day, options=BACKFILL,
                             alert_stream=io.StringIO())
    assert backfill.outcomes[day].status == "success", backfill.outcomes[day].errors


def test_stale_data_fails_in_normal_mode_and_only_warns_in_backfill(env, games):
    feed = SourceFeed(rows_per_date=dict.fromkeys(GAME_DAYS, 3))
    e = _load_source(env, feed)
    old = datetime.now(UTC) - timedelta(hours=100)
    env.warehouse.execute("UPDATE nba_raw.toy_source SET processed_at = :t", {"t": old})
    day = GAME_DAYS[0]
    normal = run_processor(e, e.definitions.by_name["toy_derived"], day, day, options=NORMAL,
                           alert_stream=io.StringIO())
    assert normal.outcomes[day].status == "failed"
    assert "fail threshold 72 h" in normal.outcomes[day].errors[0]
    backfill = run_processor(e, e.definitions.by_name["toy_derived"], day, day, options=BACKFILL,
                             alert_stream=io.StringIO())
    assert backfill.outcomes[day].status == "success", backfill.outcomes[day].errors
    assert any("fail threshold 72 h" in w for w in backfill.outcomes[day].warnings)


def test_alerts_are_sent_one_by_one_in_normal_mode_and_as_one_digest_in_backfill(env, games):
    feed = SourceFeed(rows_per_date=dict.fromkeys(GAME_DAYS, 3), fail_dates={GAME_DAYS[1], GAME_DAYS[2]})
    defs = make_dag(feed)
    e = toy_env(env, defs)
    stream = io.StringIO()
    normal = run_processor(e, defs.by_name["toy_source"], GAME_DAYS[0], GAME_DAYS[-1], options=NORMAL,
                           alert_stream=stream)
    assert normal.digest is None
    assert stream.getvalue().count("ALERT [ERROR] toy_source 2024-01-0") == 2
    immediate = env.warehouse.query("SELECT count(*) AS n FROM nba_orchestration.alerts WHERE delivery = 'immediate'")
    assert immediate[0]["n"] == 3  # two dates and the summary line
    stream = io.StringIO()
    backfill = run_processor(e, defs.by_name["toy_source"], GAME_DAYS[0], GAME_DAYS[-1],
                             options=RunOptions(backfill_mode=True, force=True, skip_downstream_trigger=True),
                             alert_stream=stream)
    assert "ALERT [" not in stream.getvalue()
    assert backfill.digest is not None and backfill.digest.startswith(f"Alert digest for run {backfill.run_id}")
    assert "toy_source 2024-01-03: injected failure" in backfill.digest
    digests = env.warehouse.query("SELECT run_id, error_count FROM nba_orchestration.alert_digests")
    assert digests == [{"run_id": backfill.run_id, "error_count": 3}]
    history = env.warehouse.query(
        "SELECT data_date, alert_sent, alert_type FROM nba_reference.processor_run_history "
        "WHERE run_id = :r AND status = 'failed' ORDER BY data_date", {"r": backfill.run_id})
    assert [(h["alert_sent"], h["alert_type"]) for h in history] == [(False, "digest")] * 2


def test_run_history_writes_and_dedup_stay_on_in_backfill_mode(env, games):
    feed = SourceFeed(rows_per_date=dict.fromkeys(GAME_DAYS, 3))
    defs = make_dag(feed)
    e = toy_env(env, defs)
    first = run_processor(e, defs.by_name["toy_source"], GAME_DAYS[0], GAME_DAYS[-1], options=BACKFILL)
    second = run_processor(e, defs.by_name["toy_source"], GAME_DAYS[0], GAME_DAYS[-1], options=BACKFILL)
    assert first.dates("success") == GAME_DAYS
    assert second.dates("skipped") == GAME_DAYS
    rows = env.warehouse.query("SELECT count(*) AS n FROM nba_raw.toy_source")[0]["n"]
    assert rows == 12
    hist = env.warehouse.query(
        "SELECT status, count(*) AS n, bool_and(backfill_mode) AS bf FROM nba_reference.processor_run_history "
        "WHERE processor_name = 'toy_source' GROUP BY 1 ORDER BY 1")
    assert hist == [{"status": "skipped", "n": 4, "bf": True}, {"status": "success", "n": 4, "bf": True}]
