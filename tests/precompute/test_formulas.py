"""Phase 4 formulas on a hand-made league whose every expected value is worked out by hand.

Two teams, three final games before D (2024-11-06), three players; a 50-point game and a porous
defence of the previous season must not count (the season boundary resets every window).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.precompute import PROCESSORS
from nbaprops.precompute.feature_contract import V1_BASELINE_25
from tests.precompute.hand import G1, D, load_hand_league

NORMAL = RunOptions(skip_downstream_trigger=True)


def open_env(home: Path) -> Environment:
    return open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                                     object_store_url=str(home / "raw")))


def run_all(env: Environment, day=D, options: RunOptions = NORMAL) -> None:
    for proc in PROCESSORS:
        report = run_processor(env, proc, day, day, options=options)
        assert report.ok, (proc.name, {d: o.errors for d, o in report.outcomes.items()})


def rows(env: Environment, table: str, day=D) -> dict[str, dict[str, Any]]:
    """The table's rows of ``day`` keyed by player (or team)."""
    out = env.warehouse.query(f"SELECT * FROM nba_precompute.{table} WHERE game_date = :d", {"d": day})
    return {r.get("player_lookup") or r["team_abbr"]: r for r in out}


@pytest.fixture(scope="module")
def league(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Environment]:
    env = open_env(tmp_path_factory.mktemp("hand"))
    load_hand_league(env)
    run_all(env)
    yield env
    env.warehouse.close()


def test_team_zone_defence_against_the_pooled_league_rate(league):
    aaa, bbb = rows(league, "team_defense_zone_analysis")["BOS"], rows(league, "team_defense_zone_analysis")["NYK"]
    # BOS allowed paint 36/60, mid 15/30, three 33/90; NYK 24/60, 9/30, 27/90; league pooled 60/120, 24/60, 60/180
    assert (aaa["paint_pct_allowed_last_15"], aaa["mid_range_pct_allowed_last_15"]) == (0.6, 0.5)
    assert aaa["three_pt_pct_allowed_last_15"] == pytest.approx(0.3667, abs=1e-4)
    assert (aaa["league_paint_pct"], aaa["league_mid_range_pct"]) == (0.5, 0.4)
    assert (aaa["paint_defense_vs_league_avg"], aaa["mid_range_defense_vs_league_avg"]) == (10.0, 10.0)
    assert aaa["three_pt_defense_vs_league_avg"] == pytest.approx(3.33)
    assert (aaa["weakest_zone"], aaa["strongest_zone"]) == ("paint", "three")
    assert (bbb["strongest_zone"], bbb["weakest_zone"]) == ("paint", "three")
    # last season's 150 rating is not in the window: mean of 110, 120, 115
    assert (aaa["defensive_rating_last_15"], aaa["opponent_pace"], aaa["opponent_points_per_game"]) == (115, 100, 105)
    assert (aaa["games_in_window"], aaa["expected_games_count"], aaa["actual_games_count"]) == (3, 3, 3)
    assert aaa["completeness_percentage"] == 100.0 and not aaa["is_production_ready"]
    assert aaa["early_season_flag"] and aaa["early_season_reason"] == "only 3 of 15 games played this season"
    assert aaa["quality_score"] == 20  # 100% complete x 3 of 15 games


def test_player_shot_zones_use_play_by_play_games_only(league):
    pone = rows(league, "player_shot_zone_analysis")["pone"]
    # G1 + G2 zones (G3's are estimated): paint 10 (6 made), mid 4 (1), three 6 (3) of 20 shots
    assert (pone["games_used_last_10"], pone["zone_games_last_10"], pone["total_shots_last_10"]) == (3, 2, 20)
    assert (pone["paint_rate_last_10"], pone["mid_range_rate_last_10"], pone["three_pt_rate_last_10"]) == (50, 20, 30)
    assert (pone["paint_pct_last_10"], pone["mid_range_pct_last_10"], pone["three_pt_pct_last_10"]) == (0.6, 0.25, 0.5)
    assert (pone["paint_attempts_per_game"], pone["assisted_rate_last_10"]) == (5.0, 50.0)
    assert pone["primary_scoring_zone"] == "paint" and not pone["zones_defaulted"]
    assert rows(league, "player_shot_zone_analysis")["pthree"]["primary_scoring_zone"] == "three"


def test_a_debut_is_written_with_its_defaults_flagged(league):
    ptwo = rows(league, "player_shot_zone_analysis")["ptwo"]
    assert ptwo["games_used_last_10"] == 0 and ptwo["paint_rate_last_10"] is None and ptwo["zones_defaulted"]
    assert ptwo["early_season_reason"] == "only 0 of 10 games played this season"
    assert ptwo["quality_score"] == 0 and "no_games_this_season" in json.loads(ptwo["data_quality_issues"])


def test_composite_factors_fatigue_is_higher_when_fresher_and_a_weak_zone_helps_the_shooter(league):
    pcf = rows(league, "player_composite_factors")
    pone, pthree, ptwo = pcf["pone"], pcf["pthree"], pcf["ptwo"]
    # pone: one back-to-back in 14 days (-5), age 31 (-5)
    assert (pone["back_to_backs_last_14_days"], pone["fatigue_score"], pone["fatigue_adjustment"]) == (1, 90, -0.5)
    # NYK's paint is 10 points better than the league: -10 x min(50/50, 1), x1.2 beyond 5, clamped to -10
    assert (pone["mismatch_zone"], pone["shot_zone_mismatch_score"]) == ("paint", -10.0)
    # pthree shoots threes (50%) at BOS, 3.33 points weaker than the league: + helps him
    assert pthree["mismatch_zone"] == "three" and pthree["shot_zone_mismatch_score"] == pytest.approx(3.33)
    # pace 4 / 2; usage (25 - 22) x 0.3 x 1.30 for two teammates out
    assert (pone["pace_score"], pone["usage_spike_score"]) == (2.0, 1.17)
    assert pone["total_composite_adjustment"] == pytest.approx(-0.5 - 10 + 2 + 1.17)
    assert json.loads(pone["warning_details"]) == ["EXTREME_MATCHUP"]
    # a debut: nothing NULL enters the arithmetic, each default is flagged and named
    assert (ptwo["fatigue_score"], ptwo["shot_zone_mismatch_score"], ptwo["pace_score"], ptwo["usage_spike_score"]) \
        == (100, 0.0, 0.0, 0.0)
    assert ptwo["pace_score_defaulted"] and ptwo["usage_spike_defaulted"] and ptwo["shot_zone_mismatch_defaulted"]
    defaulted = set(json.loads(ptwo["defaulted_inputs"]))
    assert {"days_rest", "player_age", "pace_differential", "projected_usage"} <= defaulted


def test_daily_cache_stays_in_the_season(league):
    pone = rows(league, "player_daily_cache")["pone"]
    # 20, 10, 30 this season (last April's 50 excluded)
    assert (pone["games_played_season"], pone["points_avg_last_5"], pone["points_avg_season"]) == (3, 20, 20)
    assert (pone["points_std_last_10"], pone["minutes_avg_last_10"], pone["usage_rate_last_10"]) == (10, 32, 22)
    assert pone["minutes_change"] == 0 and pone["recent_trend"] is None and pone["ft_points_share_last_10"] is None
    assert (pone["team_pace_last_10"], pone["team_off_rating_last_10"], pone["team_win_pct_season"]) == (102, 112, None)
    copied = (pone["fatigue_score"], pone["primary_scoring_zone"], pone["opponent_def_rating_last_15"])
    assert copied == (90, "paint", 100)


def test_feature_vector_follows_the_contract_with_sources_and_defaults(league):
    mlfs = rows(league, "ml_feature_store")
    pone = mlfs["pone"]
    names = json.loads(pone["feature_names"])
    assert names == list(V1_BASELINE_25.names) and pone["feature_version"] == "v1_baseline_25"
    values = dict(zip(names, json.loads(pone["features"]), strict=True))
    sources = dict(zip(names, json.loads(pone["feature_sources"]), strict=True))
    assert values["points_avg_last_5"] == 20 and sources["points_avg_last_5"] == "phase4"
    assert (values["fatigue_score"], values["shot_zone_mismatch_score"], values["rest_advantage"]) == (90, -10, 1)
    assert (values["injury_risk"], sources["injury_risk"]) == (2, "calculated")
    assert (values["opponent_def_rating"], values["home_away"], sources["home_away"]) == (100, 1, "phase3")
    assert (values["pct_paint"], values["pct_mid_range"], values["pct_three"]) == (0.5, 0.2, 0.3)
    assert [n for n, s in sources.items() if s == "default"] == ["recent_trend", "pct_free_throw", "team_win_pct"]
    assert (values["pct_free_throw"], values["team_win_pct"]) == (0.15, 0.5)
    # 19 x 100 + 3 phase3 x 75 + 3 defaults x 40, over 25
    assert pone["feature_quality_score"] == pytest.approx((1900 + 225 + 120) / 25)
    debut = mlfs["ptwo"]
    dv = dict(zip(names, json.loads(debut["features"]), strict=True))
    assert (dv["points_avg_last_5"], dv["points_std_last_10"], dv["opponent_def_rating"]) == (10, 5, 115)
    assert debut["early_season_flag"] and debut["quality_score"] == 0
    assert set(json.loads(debut["defaulted_features"])) >= {"points_avg_last_5", "pct_paint", "pace_score"}


def test_opening_night_is_written_early_season_not_skipped(league):
    report = run_processor(league, PROCESSORS[0], G1, G1, options=NORMAL)
    assert report.ok, report.outcomes
    tdza = rows(league, "team_defense_zone_analysis", G1)
    assert set(tdza) == {"BOS", "NYK"}
    aaa = tdza["BOS"]
    assert (aaa["games_in_window"], aaa["expected_games_count"], aaa["defensive_rating_last_15"]) == (0, 0, None)
    assert aaa["early_season_flag"] and aaa["quality_score"] == 0 and aaa["paint_defense_vs_league_avg"] == 0.0
