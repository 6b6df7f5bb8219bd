"""What Phase 4 refuses, and how it says so: upstreams run out of order, lookback gaps, empty windows.

The messages name the missing upstream, the dates and the command that fills them; backfill mode
writes an incomplete lookback with its counts instead of refusing it (never silently dropped).
"""

from __future__ import annotations

import json

from nbaprops.definitions import DEFINITIONS
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.precompute import PROCESSORS
from tests.precompute.hand import G2, D, load_hand_league

NORMAL = RunOptions(skip_downstream_trigger=True)
BACKFILL = RunOptions(backfill_mode=True, skip_downstream_trigger=True)
BY_NAME = {p.name: p for p in PROCESSORS}


def test_the_order_follows_from_the_declared_reads():
    levels = [{p.name for p in group} for group in DEFINITIONS.levels(4)]
    assert levels == [{"team_defense_zone_analysis", "player_shot_zone_analysis"}, {"player_composite_factors"},
                      {"player_daily_cache"}, {"ml_feature_store", "ml_feature_store_v2"}]


def test_composite_factors_before_the_zone_tables_fails_naming_them_and_their_command(env):
    load_hand_league(env)
    report = run_processor(env, BY_NAME["player_composite_factors"], D, D, options=NORMAL)
    assert report.dates("failed") == [D]
    errors = " | ".join(report.outcomes[D].errors)
    for upstream in ("team_defense_zone_analysis", "player_shot_zone_analysis"):
        assert (f"player_composite_factors for {D} needs {upstream} for that date, which has no rows. "
                f"Run: nbaprops run precompute/{upstream} --start-date {D} --end-date {D}") in errors
    assert not env.warehouse.query("SELECT * FROM nba_precompute.player_composite_factors")


def test_the_feature_store_before_the_daily_cache_fails(env):
    load_hand_league(env)
    for name in ("team_defense_zone_analysis", "player_shot_zone_analysis", "player_composite_factors"):
        assert run_processor(env, BY_NAME[name], D, D, options=NORMAL).ok
    report = run_processor(env, BY_NAME["ml_feature_store"], D, D, options=NORMAL)
    assert "needs player_daily_cache for that date, which has no rows. Run: nbaprops run " \
           f"precompute/player_daily_cache --start-date {D} --end-date {D}" in report.outcomes[D].errors[0]


def test_a_lookback_gap_is_refused_with_its_dates_outside_backfill_and_flagged_in_backfill(env):
    load_hand_league(env, skip_defence_dates=(G2,))
    tdza = BY_NAME["team_defense_zone_analysis"]
    refused = run_processor(env, tdza, D, D, options=NORMAL)
    assert refused.dates("failed") == [D]
    assert (f"team_defense_zone_analysis for {D}: team_defense_game_summary has gaps on schedule game dates {G2}"
            in refused.outcomes[D].errors[0])
    assert f"Run: nbaprops run analytics/team_defense_game_summary --start-date {G2} --end-date {G2}" \
        in refused.outcomes[D].errors[0]
    written = run_processor(env, tdza, D, D, options=BACKFILL)
    assert written.ok
    row = env.warehouse.query("SELECT * FROM nba_precompute.team_defense_zone_analysis WHERE team_abbr = 'BOS'")[0]
    assert (row["expected_games_count"], row["actual_games_count"], row["missing_games_count"]) == (3, 2, 1)
    assert row["completeness_percentage"] == 66.7 and not row["is_production_ready"]
    assert "incomplete_lookback" in json.loads(row["data_quality_issues"])


def test_no_phase3_at_all_fails_even_in_backfill_mode(env):
    load_hand_league(env)
    env.warehouse.execute("DELETE FROM nba_analytics.team_defense_game_summary WHERE season_year = 2024")
    report = run_processor(env, BY_NAME["team_defense_zone_analysis"], D, D, options=BACKFILL)
    assert report.dates("failed") == [D]
    assert "needs team_defense_game_summary for" in report.outcomes[D].errors[0]
    assert "which has no rows. Run: nbaprops run analytics/team_defense_game_summary" in report.outcomes[D].errors[0]


def test_a_player_missing_from_a_game_his_team_played_lowers_his_completeness(env):
    load_hand_league(env)
    # the whole G2 game of BOS is missing from player_game_summary: pone's team-game coverage drops to 2 of 3
    env.warehouse.execute("DELETE FROM nba_analytics.player_game_summary WHERE game_date = :d AND team_abbr = 'BOS'",
                          {"d": G2})
    # the other team's rows of that date stay, so the date is no gap for the checker: only the row sees it
    assert run_processor(env, BY_NAME["player_shot_zone_analysis"], D, D, options=NORMAL).ok
    pone = env.warehouse.query("SELECT * FROM nba_precompute.player_shot_zone_analysis WHERE player_lookup = 'pone'")[0]
    assert (pone["expected_games_count"], pone["actual_games_count"], pone["l10_completeness_pct"]) == (3, 2, 66.7)
