"""A few simulated weeks loaded the way production loads them: scrapers against the in-process
simulator into a real object store, then the real raw processors into a real DuckDB file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import simulated_profile

SCRAPERS = ("nbac_schedule_api", "nbac_player_boxscore", "nbac_team_boxscore", "nbac_play_by_play",
            "oddsa_events_his", "oddsa_player_props_his")
RAW = ("nbac_schedule", "nbac_player_boxscores", "nbac_team_boxscore", "nbac_play_by_play",
       "odds_api_player_points_props")


def load_simulated(home: Path, start: date, end: date, seed: int = 7) -> Environment:
    settings = Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                        object_store_url=str(home / "raw"))
    env = open_environment(settings)
    report = ScrapeRunner(env, simulated_profile(seed), workers=4).run(list(SCRAPERS), start, end)
    assert report.ok, report.failures()[:3]
    quiet = RunOptions(backfill_mode=True, skip_downstream_trigger=True)
    for name in RAW:
        result = run_processor(env, env.definitions.by_name[name], start, end, options=quiet)
        assert result.ok, (name, {d: o.errors[:1] for d, o in result.outcomes.items() if o.errors})
    return env
