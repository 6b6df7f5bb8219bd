"""Run history: a running row per date before work starts, closed after; dead runs read as abandoned."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from datetime import UTC, date, datetime

import pyarrow as pa
import pytest

from nbaprops.orchestration.command_plan import run_command_plan
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.declarations import ComputeResult
from nbaprops.orchestration.run_history import HOST, RunHistory, display_status
from nbaprops.orchestration.runner import run_processor
from nbaprops.orchestration.system_tables import PROCESSOR_RUN_HISTORY
from tests.orchestration.toy import SOURCE_TABLE, SourceFeed, make_dag, toy_env

DAYS = [date(2024, 1, 2), date(2024, 1, 3)]


def test_running_rows_exist_while_compute_runs_and_are_closed_after(env, seed_schedule):
    seed_schedule([(d, "BOS", "LAL", f"002230000{i}") for i, d in enumerate(DAYS)])
    seen: list[dict] = []

    class Watching(SourceFeed):
        def __call__(self, ctx, items):
            seen.extend(ctx.warehouse.query(
                "SELECT data_date, status, pid FROM nba_reference.processor_run_history "
                "WHERE run_id = :r ORDER BY data_date", {"r": ctx.run_id}))
            return super().__call__(ctx, items)

    defs = make_dag(Watching())
    e = toy_env(env, defs)
    report = run_processor(e, defs.by_name["toy_source"], DAYS[0], DAYS[-1])
    assert [(r["data_date"], r["status"], r["pid"]) for r in seen] == [(d, "running", os.getpid()) for d in DAYS]
    final = env.warehouse.query(
        "SELECT data_date, status, records_created, duration_seconds IS NOT NULL AS timed, phase "
        "FROM nba_reference.processor_run_history WHERE run_id = :r ORDER BY data_date", {"r": report.run_id})
    assert final == [{"data_date": d, "status": "success", "records_created": 3, "timed": True,
                      "phase": "phase_2_raw"} for d in DAYS]


def test_one_history_row_per_processor_and_date_for_a_range_run(env, seed_schedule):
    days = [date(2024, 1, d) for d in (2, 3, 5, 6, 9)]
    seed_schedule([(d, "BOS", "LAL", f"002230000{i}") for i, d in enumerate(days)])
    defs = make_dag(SourceFeed())
    e = toy_env(env, defs)
    report = run_processor(e, defs.by_name["toy_source"], date(2024, 1, 1), date(2024, 1, 10))
    rows = env.warehouse.query("SELECT data_date FROM nba_reference.processor_run_history WHERE run_id = :r "
                               "ORDER BY 1", {"r": report.run_id})
    assert [r["data_date"] for r in rows] == days  # schedule dates, not the 10 calendar days


def test_a_running_row_whose_process_is_gone_reads_as_failed_abandoned(env):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    row = {"processor_name": "toy_source", "run_id": "deadrun", "phase": "phase_2_raw", "data_date": date(2024, 1, 2),
           "status": "running", "started_at": datetime.now(UTC), "backfill_mode": False, "host": HOST, "pid": pid}
    env.warehouse.insert_rows(PROCESSOR_RUN_HISTORY, [row])
    listed = RunHistory(env.warehouse).list(processor="toy_source")
    assert listed[0]["status"] == "failed (abandoned)"
    assert RunHistory(env.warehouse).list(status="failed")[0]["run_id"] == "deadrun"
    alive = {**row, "pid": os.getpid()}
    assert display_status(alive) == "running"


def test_a_failed_date_records_its_error_and_the_others_still_load(env, seed_schedule):
    seed_schedule([(d, "BOS", "LAL", f"002230000{i}") for i, d in enumerate(DAYS)])
    feed = SourceFeed(fail_dates={DAYS[1]})
    defs = make_dag(feed)
    e = toy_env(env, defs)
    report = run_processor(e, defs.by_name["toy_source"], DAYS[0], DAYS[-1], alert_stream=io.StringIO())
    assert report.dates("success") == [DAYS[0]] and report.dates("failed") == [DAYS[1]]
    assert report.retry_command() == "nbaprops run raw/toy_source --dates 2024-01-03"
    failed = env.warehouse.query("SELECT errors, dependency_check_passed FROM nba_reference.processor_run_history "
                                 "WHERE status = 'failed'")
    assert "injected failure for 2024-01-03" in failed[0]["errors"]
    loaded = env.warehouse.query("SELECT DISTINCT game_date FROM nba_raw.toy_source")
    assert loaded == [{"game_date": DAYS[0]}]


def test_skip_reason_is_recorded_and_force_recomputes(env, seed_schedule):
    seed_schedule([(DAYS[0], "BOS", "LAL", "0022300000")])
    defs = make_dag(SourceFeed())
    e = toy_env(env, defs)
    run_processor(e, defs.by_name["toy_source"], DAYS[0], DAYS[0])
    skipped = run_processor(e, defs.by_name["toy_source"], DAYS[0], DAYS[0])
    assert skipped.outcomes[DAYS[0]].status == "skipped"
    assert "already processed" in skipped.outcomes[DAYS[0]].skip_reason
    forced = run_processor(e, defs.by_name["toy_source"], DAYS[0], DAYS[0], options=RunOptions(force=True))
    assert forced.outcomes[DAYS[0]].status == "success"
    reasons = env.warehouse.query("SELECT skip_reason FROM nba_reference.processor_run_history "
                                  "WHERE status = 'skipped'")
    assert len(reasons) == 1 and reasons[0]["skip_reason"].startswith("already processed")


def test_new_upstream_data_makes_a_date_stale_again(env, seed_schedule):
    seed_schedule([(DAYS[0], "BOS", "LAL", "0022300000")])
    feed = SourceFeed()
    defs = make_dag(feed)
    e = toy_env(env, defs)
    first = run_command_plan(e, [defs.by_name["toy_source"]], DAYS[0], DAYS[0])
    derived = defs.by_name["toy_derived"]
    # the command plans the source's dependent once, after it, for the dates it changed
    assert [(r.processor.name, r.options.parent_processor, r.dates("success")) for r in first.reports] == [
        ("toy_source", None, [DAYS[0]]), ("toy_derived", "toy_source", [DAYS[0]])]
    assert run_processor(e, derived, DAYS[0], DAYS[0]).outcomes[DAYS[0]].status == "skipped"
    feed.rows_per_date[DAYS[0]] = 5
    quiet = RunOptions(force=True, skip_downstream_trigger=True)
    assert len(run_command_plan(e, [defs.by_name["toy_source"]], DAYS[0], DAYS[0], options=quiet).reports) == 1
    again = run_processor(e, derived, DAYS[0], DAYS[0])
    assert again.outcomes[DAYS[0]].status == "success"
    assert env.warehouse.query("SELECT players_seen FROM nba_analytics.toy_derived") == [{"players_seen": 5}]


def test_compute_result_type_is_what_processors_return():
    assert ComputeResult(rows=pa.table({})).failures == {}
    assert SOURCE_TABLE.full_name == "nba_raw.toy_source"


def test_a_stop_asked_for_while_a_unit_ran_opens_no_further_unit(env, seed_schedule):
    """Ctrl-C inside a DuckDB query comes back as DuckDB's InterruptException, an ordinary exception that
    failure handling could swallow; the kept request stops the next unit from opening."""
    from nbaprops.stopping import clear_stop, request_stop

    seed_schedule([(d, "BOS", "LAL", f"002230000{i}") for i, d in enumerate(DAYS)])
    defs = make_dag(SourceFeed())
    e = toy_env(env, defs)
    request_stop()
    try:
        with pytest.raises(KeyboardInterrupt):
            run_processor(e, defs.by_name["toy_source"], DAYS[0], DAYS[-1])
    finally:
        clear_stop()
    opened = env.warehouse.query("SELECT count(*) AS n FROM nba_reference.processor_run_history")
    assert opened == [{"n": 0}]


def test_duckdb_interrupting_a_query_is_a_stop_not_a_failure(env):
    timer = threading.Timer(0.3, env.warehouse._con.interrupt)  # what Ctrl-C does to a running query
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        env.warehouse.query("SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3")
    timer.cancel()
