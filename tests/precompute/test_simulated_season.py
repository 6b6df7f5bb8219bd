"""Phase 4 on three simulated weeks through the real runner: every date written, no leakage, and a
range run equal to its single-date runs.

The leakage test is the issue's: the features of date D are identical whether Phase 3 already holds
D's own games (a backfill) or not (the morning of D, D's games not yet final).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.orchestration.runner import run_processor
from nbaprops.precompute import PROCESSORS
from tests.analytics.rows import range_and_single_dates
from tests.precompute.world import END, START, run_all

NORMAL = RunOptions(skip_downstream_trigger=True)
PHASE3_GAME_TABLES = ("player_game_summary", "team_offense_game_summary", "team_defense_game_summary")


@pytest.fixture(scope="module")
def season(phase3_copy) -> Iterator[Environment]:
    env = phase3_copy()
    run_all(env, PROCESSORS, NORMAL)
    yield env
    env.warehouse.close()


def _stored(env: Environment, table: str, day: date) -> list[dict]:
    rows = env.warehouse.query(f"SELECT * EXCLUDE (processed_at) FROM {table} WHERE game_date = :d", {"d": day})
    return sorted(rows, key=lambda r: tuple(str(v) for v in r.values()))


def test_every_scheduled_date_has_rows_in_every_phase4_table(season):
    days = schedule_dates(season.warehouse, START, END, final_only=False)
    for proc in PROCESSORS:
        present = {r["game_date"] for r in season.warehouse.query(
            f"SELECT DISTINCT game_date FROM {proc.output_table}")}
        assert present == set(days), proc.name


def test_opening_night_rows_are_early_season_with_defaults_flagged(season):
    for proc in PROCESSORS:
        rows = season.warehouse.query(f"SELECT * FROM {proc.output_table} WHERE game_date = :d", {"d": START})
        assert rows and all(r["early_season_flag"] and r["early_season_reason"] for r in rows), proc.name
        assert all(0 <= r["quality_score"] <= 20 for r in rows), proc.name
        assert not any(r["is_production_ready"] for r in rows), proc.name


def test_quality_rises_as_the_season_fills_and_is_never_negative(season):
    by_day = season.warehouse.query(
        "SELECT game_date, avg(quality_score) AS q, min(quality_score) AS lo, max(quality_score) AS hi "
        "FROM nba_precompute.player_daily_cache GROUP BY 1 ORDER BY 1")
    assert all(0 <= r["lo"] <= r["hi"] <= 100 for r in by_day)
    assert by_day[-1]["q"] > 70 > by_day[2]["q"]


def test_features_of_a_date_do_not_depend_on_its_own_games(season, phase3_copy):
    days = schedule_dates(season.warehouse, START, END, final_only=False)
    day = days[len(days) * 2 // 3]
    morning = phase3_copy()
    try:
        # the morning of D: none of D's (or later) games has happened; the schedule says they are upcoming
        for table in PHASE3_GAME_TABLES:
            morning.warehouse.execute(f"DELETE FROM nba_analytics.{table} WHERE game_date >= :d", {"d": day})
        morning.warehouse.execute("UPDATE nba_raw.nbac_schedule SET game_status = 1 WHERE game_date >= :d", {"d": day})
        for proc in PROCESSORS:
            assert run_processor(morning, proc, day, day, options=NORMAL).ok, proc.name
        for proc in PROCESSORS:
            assert _stored(morning, proc.output_table, day) == _stored(season, proc.output_table, day), proc.name
    finally:
        morning.warehouse.close()


@pytest.mark.parametrize("processor", PROCESSORS, ids=lambda p: p.name)
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_range_run_equals_the_union_of_single_date_runs(season, processor, data):
    days = schedule_dates(season.warehouse, START, END, final_only=False)
    together, one_by_one = range_and_single_dates(season, processor, days, data.draw, longest=5)
    assert together and together == one_by_one
