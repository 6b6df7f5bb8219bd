"""Commands tell the truth about where they look and what they found (issue: rough edges)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime

from typer.testing import CliRunner

from nbaprops.cli.main import app
from nbaprops.definitions import open_environment
from nbaprops.orchestration.system_tables import PROCESSOR_RUN_HISTORY
from tests.cli.test_cli import home  # noqa: F401  (the fixture)

runner = CliRunner()


def test_version_prints_the_package_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("nbaprops ")


def test_reporting_commands_refuse_a_home_with_no_warehouse_instead_of_creating_one(home):  # noqa: F811
    for args in (["status", "--start-date", "2024-10-22", "--end-date", "2024-10-23"], ["history"],
                 ["validate", "--phase", "2", "--start-date", "2024-10-22", "--end-date", "2024-10-23"],
                 ["sql", "SELECT 1"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert "no warehouse at" in result.output and "NBAPROPS_HOME" in result.output
    assert not (home / "warehouse.duckdb").exists()


def test_history_refuses_an_unknown_status(home):  # noqa: F811
    runner.invoke(app, ["init"])
    result = runner.invoke(app, ["history", "--status", "bogus"])
    assert result.exit_code == 2 and "abandoned" in result.output


def _history_rows(n: int, *, running_pid: int | None = None) -> None:
    env = open_environment()
    rows = []
    for i in range(n):
        rows.append({
            "processor_name": "nbac_schedule", "run_id": f"r{i}", "phase": "phase_2_raw",
            "data_date": date(2024, 10, 22), "status": "failed",
            "started_at": datetime(2024, 10, 22, 12, i % 60, tzinfo=UTC),
            "errors": json.dumps(["nbac_schedule for 2024-10-22 needs a source object under nba-com/schedule/, "
                                  "and there is none. Run: nbaprops scrape nbac_schedule_api --start-date "
                                  "2024-10-22 --end-date 2024-10-22"]),
            "backfill_mode": False, "host": "elsewhere", "pid": 1,
        })
    if running_pid is not None:
        rows.append({"processor_name": "nbac_schedule", "run_id": "dead", "phase": "phase_2_raw",
                     "data_date": date(2024, 10, 23), "status": "running",
                     "started_at": datetime(2024, 1, 1, tzinfo=UTC), "backfill_mode": False,
                     "host": "elsewhere", "pid": running_pid})
    env.warehouse.insert_rows(PROCESSOR_RUN_HISTORY, rows)
    env.warehouse.close()


def test_history_says_when_it_shows_only_part_and_keeps_the_retry_command_whole(home):  # noqa: F811
    runner.invoke(app, ["init"])
    _history_rows(5)
    result = runner.invoke(app, ["history", "--limit", "3"])
    assert result.exit_code == 0
    assert "showing the newest 3 of 5 rows; use --limit 5" in result.output
    # each run's reason is printed in full below the table: the retry command at its end is never cut
    assert "Run: nbaprops scrape nbac_schedule_api --start-date 2024-10-22 --end-date 2024-10-22" in " ".join(
        result.stdout.split())


def test_abandoned_is_a_status_to_filter_on(home):  # noqa: F811
    runner.invoke(app, ["init"])
    _history_rows(2, running_pid=999_999)
    out = json.loads(runner.invoke(app, ["history", "--status", "abandoned", "--json"]).stdout)
    assert [r["run_id"] for r in out] == ["dead"] and out[0]["status"] == "failed (abandoned)"


def test_a_warehouse_another_process_writes_says_so(home):  # noqa: F811
    runner.invoke(app, ["init"])
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(60)"),
        str(home / "warehouse.duckdb")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        result = runner.invoke(app, ["history"])
        assert result.exit_code == 2 and "another nbaprops process is writing to it" in result.output
    finally:
        holder.kill()
        holder.wait()


def test_a_home_that_cannot_be_created_is_a_clear_error_not_a_traceback(monkeypatch, tmp_path):
    monkeypatch.setenv("NBAPROPS_HOME", "/proc/nbaprops-cannot-exist")
    monkeypatch.delenv("NBAPROPS_WAREHOUSE", raising=False)
    monkeypatch.delenv("NBAPROPS_OBJECT_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 2
    assert "Set NBAPROPS_HOME to a writable folder" in result.output and "Traceback" not in result.output


def test_status_names_failed_scrapes_with_the_scrape_that_retries_them(home):  # noqa: F811
    runner.invoke(app, ["init"])
    env = open_environment()
    env.warehouse.insert_rows(PROCESSOR_RUN_HISTORY, [
        {"processor_name": "scrape/nbac_gamebook_pdf", "run_id": f"s{i}", "phase": "phase_1_scrape",
         "data_date": day, "status": status, "started_at": datetime(2024, 10, 23, 8, i, tzinfo=UTC),
         "backfill_mode": True, "host": "elsewhere", "pid": 1}
        for i, (day, status) in enumerate([(date(2024, 10, 22), "failed"), (date(2024, 10, 22), "success"),
                                           (date(2024, 10, 23), "failed")])])
    env.warehouse.close()
    result = runner.invoke(app, ["status", "--start-date", "2024-10-22", "--end-date", "2024-10-23"])
    assert result.exit_code == 1
    text = " ".join(result.output.split())
    assert ("scrape/nbac_gamebook_pdf: 2024-10-23 (retry: nbaprops scrape nbac_gamebook_pdf --start-date "
            "2024-10-23 --end-date 2024-10-23)") in text  # the 22nd's later success supersedes its failure


def test_a_range_with_nothing_to_do_says_so_and_is_not_a_success(home):  # noqa: F811
    from tests.cli.test_cli import SCHEDULE, _place

    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    result = runner.invoke(app, ["run", "analytics/player_game_summary", "--start-date", "2024-08-01",
                                 "--end-date", "2024-08-05"])
    assert result.exit_code == 1
    assert "nothing to do: no date in 2024-08-01..2024-08-05 is expected" in " ".join(result.output.split())
