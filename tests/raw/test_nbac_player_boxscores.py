"""The real 2025-03-15 leaguegamelog gives one row per player with the values in the file."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_player_boxscores import PROCESSOR
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE

DAY = date(2025, 3, 15)
PATH = "nba-com/player-boxscores/2025-03-15/20250316_080000.json"


@pytest.fixture
def scheduled(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250827_131327.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    return env


def test_the_game_log_loads_one_row_per_player_with_file_values(scheduled, put):
    put("nbac_player_boxscore/raw_2ad17718.json", PATH)
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 157
    curry = scheduled.warehouse.query(
        "SELECT * FROM nba_raw.nbac_player_boxscores WHERE player_lookup = 'stephencurry'")[0]
    assert curry["game_id"] == "20250315_NYK_GSW" and curry["nba_game_id"] == "0022400974"
    assert (curry["points"], curry["three_pointers_made"], curry["three_pointers_attempted"]) == (28, 4, 13)
    assert (curry["total_rebounds"], curry["assists"], curry["plus_minus"], curry["minutes"]) == (7, 5, -5, 35.0)
    assert curry["is_home"] and curry["opponent_team_abbr"] == "NYK" and curry["season_year"] == 2024
    mcconnell = scheduled.warehouse.query(
        "SELECT game_id, is_home, free_throw_pct FROM nba_raw.nbac_player_boxscores WHERE nba_player_id = 204456")[0]
    assert mcconnell == {"game_id": "20250315_IND_MIL", "is_home": False, "free_throw_pct": None}
    games = scheduled.warehouse.query(
        "SELECT count(DISTINCT b.game_id) AS n, count(DISTINCT s.game_id) AS matched "
        "FROM nba_raw.nbac_player_boxscores b LEFT JOIN nba_raw.nbac_schedule s ON s.game_id = b.game_id")
    assert games == [{"n": 8, "matched": 8}]


def test_a_rerun_changes_nothing(scheduled, put):
    put("nbac_player_boxscore/raw_2ad17718.json", PATH)
    run_processor(scheduled, PROCESSOR, DAY, DAY)
    snapshot = "SELECT nba_player_id, data_hash, processed_at FROM nba_raw.nbac_player_boxscores ORDER BY 1"
    before = scheduled.warehouse.query(snapshot)
    again = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert scheduled.warehouse.query(snapshot) == before


def test_without_the_schedule_the_error_names_the_table_dates_and_command(env, put):
    put("nbac_player_boxscore/raw_2ad17718.json", PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert not report.ok
    assert report.plan_error == (
        "nbac_player_boxscores for 2025-03-15..2025-03-15 needs nba_raw.nbac_schedule to know which dates have "
        "games, and it has no rows for those dates. Run: nbaprops run raw/nbac_schedule "
        "--start-date 2025-03-15 --end-date 2025-03-15")


def test_a_missing_file_names_the_object_path_and_the_scrape_command(scheduled):
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].errors[0] == (
        "nbac_player_boxscores for 2025-03-15 needs a source object under nba-com/player-boxscores/2025-03-15/, "
        "and there is none. Run: nbaprops scrape nbac_player_boxscore --start-date 2025-03-15 --end-date 2025-03-15")


def test_a_body_with_a_wrong_typed_value_is_quarantined_and_nothing_is_written(scheduled, fixture):
    body = fixture("nbac_player_boxscore/raw_2ad17718.json")
    body = body.replace(b'"Stephen Curry",1610612744', b'"Stephen Curry","x"')
    scheduled.store.write(PATH, body)
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert scheduled.store.exists(f"quarantine/{PATH}.reason.txt")
    assert scheduled.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_player_boxscores") == [{"n": 0}]
