"""Team offence and defence from the real NBA.com box score of NYK at PHI, 2025-01-15 (one overtime)."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.analytics.team_defense_game_summary import PROCESSOR as DEFENSE
from nbaprops.analytics.team_offense_game_summary import PROCESSOR as OFFENSE
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.raw.nbac_team_boxscore import PROCESSOR as TEAM_BOX

DAY = date(2025, 1, 15)
QUIET = RunOptions(skip_downstream_trigger=True)


@pytest.fixture
def loaded(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250827_131327.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30), options=QUIET).ok
    put("nbac_team_boxscore/raw_12f99055.json", "nba-com/team-boxscore/2025-01-15/0022400561/20250116_080000.json")
    assert run_processor(env, TEAM_BOX, DAY, DAY, options=QUIET).ok
    return env


def _row(env, table, team):
    return env.warehouse.query(f"SELECT * FROM nba_analytics.{table} WHERE game_id = '20250115_NYK_PHI' "
                               "AND team_abbr = :t", {"t": team})[0]


def test_offence_formulas_on_the_real_box_score(loaded):
    report = run_processor(loaded, OFFENSE, DAY, DAY, options=QUIET)
    assert report.dates("success") == [DAY]
    nyk = _row(loaded, "team_offense_game_summary", "NYK")
    assert (nyk["points"], nyk["opponent_points"], nyk["win_flag"], nyk["margin"]) == (125, 119, True, 6)
    assert nyk["is_home"] is False and nyk["opponent_team_abbr"] == "PHI"
    assert nyk["team_minutes"] == 265.0 and nyk["overtime_periods"] == 1
    assert nyk["possessions"] == pytest.approx(86 + 0.44 * 24 + 13 - 15, abs=0.05)
    phi_poss = 92 + 0.44 * 14 + 12 - 11
    nyk_poss = 86 + 0.44 * 24 + 13 - 15
    assert nyk["pace"] == pytest.approx(48 * (nyk_poss + phi_poss) / 2 / 53, abs=0.01)
    assert nyk["offensive_rating"] == pytest.approx(100 * 125 / nyk_poss, abs=0.01)
    assert nyk["defensive_rating"] == pytest.approx(100 * 119 / phi_poss, abs=0.01)
    assert nyk["ts_pct"] == pytest.approx(round(125 / (2 * (86 + 0.44 * 24)), 3))
    assert nyk["efg_pct"] == pytest.approx(round((46 + 0.5 * 16) / 86, 3))
    assert nyk["team_stats_source"] == "nbac_team_boxscore"
    assert nyk["shot_zones_source"] is None and nyk["data_quality_tier"] == "silver"
    assert nyk["quality_issues"] == '["no_play_by_play"]'


def test_defence_is_the_opponents_offence_seen_from_the_other_side(loaded):
    run_processor(loaded, DEFENSE, DAY, DAY, options=QUIET)
    phi = _row(loaded, "team_defense_game_summary", "PHI")
    assert (phi["points_allowed"], phi["points_scored"], phi["win_flag"], phi["margin"]) == (125, 119, False, -6)
    assert (phi["opp_fg_made"], phi["opp_fg_attempted"], phi["opp_three_pt_made"]) == (46, 86, 16)
    assert (phi["turnovers_forced"], phi["steals"], phi["blocks"], phi["defensive_rebounds"]) == (13, 8, 2, 24)
    assert phi["three_pt_points_allowed"] == 48
    assert phi["defensive_rating"] == pytest.approx(100 * 125 / (86 + 0.44 * 24 + 13 - 15), abs=0.01)
    assert phi["is_home"] is True


def test_without_any_team_or_player_source_the_date_fails_naming_the_sources(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250827_131327.json")
    run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30), options=QUIET)
    report = run_processor(env, OFFENSE, DAY, DAY, options=QUIET)
    assert report.dates("failed") == [DAY]
    assert report.outcomes[DAY].errors[0].startswith("none of the team_stats sources has data")
