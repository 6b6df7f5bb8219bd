"""The real CDN play-by-play of game 0022400500 (LAC at MIN, 2025-01-06): one row per action."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_play_by_play import PROCESSOR
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE

DAY = date(2025, 1, 6)
PATH = "nba-com/play-by-play/2025-01-06/game-0022400500/20250107_080000.json"
FIXTURE = "nbac_play_by_play/raw_14ecf360.json.gz"


@pytest.fixture
def scheduled(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250101_000000.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    return env


def query(env, sql):
    return env.warehouse.query(sql)


def test_every_action_is_a_row_and_home_is_the_team_that_moves_score_home(scheduled, put):
    put(FIXTURE, PATH)
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 571
    teams = query(scheduled, "SELECT DISTINCT game_id, home_team_abbr, away_team_abbr FROM nba_raw.nbac_play_by_play")
    assert teams == [{"game_id": "20250106_LAC_MIN", "home_team_abbr": "MIN", "away_team_abbr": "LAC"}]
    last = query(scheduled, "SELECT score_home, score_away FROM nba_raw.nbac_play_by_play ORDER BY event_order DESC")
    assert last[0] == {"score_home": 108, "score_away": 106}


def test_shots_keep_location_distance_type_result_and_assist(scheduled, put):
    put(FIXTURE, PATH)
    run_processor(scheduled, PROCESSOR, DAY, DAY)
    harden = query(scheduled, "SELECT * FROM nba_raw.nbac_play_by_play WHERE event_id = 20")[0]
    assert (harden["shot_type"], harden["shot_made"], harden["shot_distance"]) == ("3PT", False, 24.82)
    assert harden["block_player_id"] == 1630183 and harden["team_abbr"] == "LAC" and not harden["is_home_team"]
    assert harden["game_clock_seconds"] == 646.0 and harden["time_elapsed_seconds"] == 74.0
    dunk = query(scheduled, "SELECT * FROM nba_raw.nbac_play_by_play WHERE event_id = 38")[0]
    assert (dunk["shot_type"], dunk["shot_made"], dunk["player_1_id"]) == ("2PT", True, 203497)
    assert (dunk["assist_player_id"], dunk["assist_player_name"], dunk["is_home_team"]) == (1630162, "A. Edwards", True)
    assert round(dunk["shot_x"], 2) == 93.38 and dunk["shot_distance"] == 1.09 and dunk["period"] == 1
    free_throw = query(scheduled, "SELECT shot_type, shot_made FROM nba_raw.nbac_play_by_play WHERE event_id = 27")
    assert free_throw == [{"shot_type": "FT", "shot_made": True}]
    counts = query(scheduled, "SELECT count(*) AS n FROM nba_raw.nbac_play_by_play WHERE shot_type IN ('2PT', '3PT')")
    assert counts == [{"n": 181}]


def test_a_rerun_changes_nothing(scheduled, put):
    put(FIXTURE, PATH)
    run_processor(scheduled, PROCESSOR, DAY, DAY)
    snapshot = "SELECT event_id, data_hash, processed_at FROM nba_raw.nbac_play_by_play ORDER BY 1"
    before = query(scheduled, snapshot)
    assert run_processor(scheduled, PROCESSOR, DAY, DAY).outcomes[DAY].status == "skipped"
    assert query(scheduled, snapshot) == before


def test_a_truncated_body_is_quarantined_and_nothing_is_written(scheduled, fixture):
    scheduled.store.write(PATH, fixture(FIXTURE)[:20000])
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert scheduled.store.exists(f"quarantine/{PATH}.reason.txt")
    assert query(scheduled, "SELECT count(*) AS n FROM nba_raw.nbac_play_by_play") == [{"n": 0}]
