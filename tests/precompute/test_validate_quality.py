"""validate --phase 4: the seed's Query 4 (quality distribution) and its lookback check, on a simulated season."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.quality import incomplete_lookbacks, quality_distribution
from nbaprops.orchestration.runner import run_processor
from nbaprops.precompute import PROCESSORS
from tests.precompute.world import END, START

BACKFILL = RunOptions(backfill_mode=True, skip_downstream_trigger=True)


@pytest.fixture(scope="module")
def holed(phase3_copy) -> Iterator[tuple[Environment, object]]:
    """Phase 3 with one game date removed mid-window, Phase 4 then backfilled (written and flagged)."""
    env = phase3_copy()
    hole = env.warehouse.query(
        "SELECT DISTINCT game_date FROM nba_analytics.team_defense_game_summary ORDER BY 1")[8]["game_date"]
    env.warehouse.execute("DELETE FROM nba_analytics.team_defense_game_summary WHERE game_date = :d", {"d": hole})
    for proc in PROCESSORS:
        run_processor(env, proc, START, END, options=BACKFILL)
    yield env, hole
    env.warehouse.close()


def test_the_quality_distribution_has_one_row_per_processor_and_season(holed):
    env, _ = holed
    rows = quality_distribution(env, 4, START, END)
    assert {r.processor for r in rows} == {p.name for p in PROCESSORS}
    for r in rows:
        assert r.season_year == 2024 and r.rows > 0
        assert 0 < r.early_season_pct <= 100 and 0 <= r.production_ready_pct < 100  # three weeks: all early
        assert 0 <= r.min_quality <= r.mean_quality <= 100


def test_dates_computed_from_an_incomplete_window_are_listed_after_the_hole(holed):
    env, hole = holed
    found = [lb for lb in incomplete_lookbacks(env, 4, START, END) if lb.processor == "team_defense_zone_analysis"]
    assert found, "a Phase 3 hole must show on the Phase 4 dates whose windows include it"
    assert all(lb.game_date > hole and lb.missing_games >= 1 for lb in found)
    assert found[0].game_date <= hole + timedelta(days=3)
