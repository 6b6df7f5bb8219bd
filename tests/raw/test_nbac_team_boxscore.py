"""The real boxscoretraditionalv2 of game 0022400561 (NYK at PHI, 2025-01-15) gives two team lines."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.raw.nbac_team_boxscore import PROCESSOR

DAY = date(2025, 1, 15)
PATH = "nba-com/team-boxscore/2025-01-15/0022400561/20250116_080000.json"
OLDER = "nba-com/team-boxscore/2025-01-15/0022400561/20250116_060000.json"
ROWS = "SELECT * FROM nba_raw.nbac_team_boxscore ORDER BY is_home"


@pytest.fixture
def scheduled(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250101_000000.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    return env


def test_home_and_away_come_from_the_schedule_not_the_row_order(scheduled, put):
    put("nbac_team_boxscore/raw_12f99055.json", PATH)
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 2
    away, home = scheduled.warehouse.query(ROWS)
    assert home["team_abbr"] == "PHI" and home["is_home"] and home["opponent_team_abbr"] == "NYK"
    assert away["team_abbr"] == "NYK" and not away["is_home"]
    assert {home["game_id"], away["game_id"]} == {"20250115_NYK_PHI"}
    assert (home["points"], away["points"]) == (119, 125)
    assert (away["fg_made"], away["fg_attempted"], away["three_pt_made"], away["ft_attempted"]) == (46, 86, 16, 24)
    assert (away["total_rebounds"], away["assists"], away["plus_minus"]) == (45, 28, 6)
    assert (home["starters_points"], home["bench_points"]) == (98, 21)
    assert home["minutes"] == "265:00" and home["nba_game_id"] == "0022400561" and home["season_year"] == 2024


def test_the_newest_fetch_of_each_game_is_loaded(scheduled, put, fixture):
    put("nbac_team_boxscore/raw_12f99055.json", OLDER)
    scheduled.store.write(PATH, fixture("nbac_team_boxscore/raw_12f99055.json").replace(b",119,-6]", b",120,-6]"))
    assert run_processor(scheduled, PROCESSOR, DAY, DAY).ok
    rows = scheduled.warehouse.query("SELECT points, source_file_path FROM nba_raw.nbac_team_boxscore WHERE is_home")
    assert rows == [{"points": 120, "source_file_path": PATH}]


def test_a_rerun_changes_nothing(scheduled, put):
    put("nbac_team_boxscore/raw_12f99055.json", PATH)
    run_processor(scheduled, PROCESSOR, DAY, DAY)
    before = scheduled.warehouse.query("SELECT team_abbr, data_hash, processed_at FROM nba_raw.nbac_team_boxscore")
    again = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert scheduled.warehouse.query("SELECT team_abbr, data_hash, processed_at FROM nba_raw.nbac_team_boxscore") \
        == before


def test_a_truncated_body_is_quarantined_and_nothing_is_written(scheduled, fixture):
    scheduled.store.write(PATH, fixture("nbac_team_boxscore/raw_12f99055.json")[:3000])
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert "invalid JSON" in scheduled.store.read(f"quarantine/{PATH}.reason.txt").decode()
    assert scheduled.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_team_boxscore") == [{"n": 0}]


def test_a_body_for_another_game_than_its_path_is_quarantined(scheduled, fixture):
    other = "nba-com/team-boxscore/2025-01-15/0022400562/20250116_080000.json"
    scheduled.store.write(other, fixture("nbac_team_boxscore/raw_12f99055.json"))
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert scheduled.store.exists(f"quarantine/{other}.reason.txt")
