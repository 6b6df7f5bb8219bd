"""``nbaprops schedule``: the workflows fire at their Eastern times, days without games are skipped, and
the same schedule prints as cron lines. Real parts: APScheduler's triggers and scheduler, a DuckDB
schedule table loaded through the schedule's declaration."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from typer.testing import CliRunner

from nbaprops.cli.main import app
from nbaprops.orchestration.daily import ET
from nbaprops.orchestration.daily_schedule import add_jobs, next_runs, schedule_knows
from nbaprops.seasons import season_window, season_year


def test_the_next_firings_follow_the_workflow_times_and_skip_a_day_without_games(env, seed_schedule) -> None:
    # games on Monday 4 and Wednesday 6 November 2024, none on Tuesday 5 (election day)
    seed_schedule([(date(2024, 11, 4), "BOS", "NYK", "0022400101"), (date(2024, 11, 6), "LAL", "DEN", "0022400120")])
    start = datetime(2024, 11, 4, 7, 0, tzinfo=ET)  # the day after summer time ended
    fired = [(at.astimezone(ET).strftime("%m-%d %H:%M"), w.name, day.isoformat())
             for at, w, day in next_runs(start, 6, schedule_knows(env))]
    assert fired == [
        ("11-04 08:00", "morning", "2024-11-04"),
        ("11-04 17:45", "pregame", "2024-11-04"),
        ("11-05 04:00", "postgame", "2024-11-04"),  # the night after: for the day before
        # 11-05: no game, so neither its morning, its pregame nor (on the 6th) its postgame runs
        ("11-06 08:00", "morning", "2024-11-06"),
        ("11-06 17:45", "pregame", "2024-11-06"),
        ("11-07 04:00", "postgame", "2024-11-06"),
    ]


def test_a_season_not_loaded_yet_is_run_to_load_it(env) -> None:
    runs = next_runs(datetime(2030, 1, 1, 0, 0, tzinfo=ET), 3, schedule_knows(env))
    assert [w.name for _, w, _ in runs] == ["postgame", "morning", "pregame"]


def test_print_cron_gives_the_same_times(env) -> None:
    result = CliRunner().invoke(app, ["schedule", "--print-cron"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "CRON_TZ=America/New_York",
        "0 8 * * * nbaprops daily --workflow morning",
        "45 17 * * * nbaprops daily --workflow pregame",
        '0 4 * * * nbaprops daily --date "$(TZ=America/New_York date -d yesterday +\\%F)" --workflow postgame',
    ]


def test_the_scheduler_fires_a_job_and_skips_the_day_without_games(env, seed_schedule) -> None:
    """A real scheduler run, a few seconds long: the morning job fired now (the only trigger replaced),
    for today, which the loaded schedule says has no game."""
    today = datetime.now(ET).date()
    other = season_window(season_year(today))[0] + (timedelta(days=1) if today == season_window(
        season_year(today))[0] else timedelta(0))
    seed_schedule([(other, "BOS", "NYK", "0022600001")])
    log: list[str] = []
    ran: list[tuple[str, date]] = []
    scheduler = BackgroundScheduler(timezone=ET)
    add_jobs(scheduler, lambda w, day: ran.append((w.name, day)), schedule_knows(env), log.append,
             triggers={"morning": DateTrigger(datetime.now(ET) + timedelta(seconds=0.3), timezone=ET)})
    assert {job.id for job in scheduler.get_jobs()} == {"morning", "pregame", "postgame"}
    scheduler.start()
    try:
        deadline = time.monotonic() + 10
        while not log and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        scheduler.shutdown(wait=True)
    assert len(log) == 1 and log[0].endswith(f"morning: no game on {today}, skipped"), log
    assert ran == []
