"""The real 2024-25 schedule gives exactly its regular-season, play-in and playoff games."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_schedule import PROCESSOR

SEASON = (date(2024, 10, 1), date(2025, 6, 30))
PATH = "nba-com/schedule/2024-25/20250827_131327.json"


@pytest.fixture
def loaded(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", PATH)
    report = run_processor(env, PROCESSOR, *SEASON)
    assert report.ok, report.outcomes
    return env


def test_the_real_schedule_loads_1230_regular_season_games_plus_play_in_and_playoffs(loaded):
    counts = loaded.warehouse.query(
        "SELECT game_type, count(*) AS n FROM nba_raw.nbac_schedule GROUP BY 1 ORDER BY 1")
    assert counts == [{"game_type": "PlayIn", "n": 6}, {"game_type": "Playoffs", "n": 84},
                      {"game_type": "Regular Season", "n": 1230}]


def test_pre_season_all_star_and_the_cup_final_are_left_out(loaded):
    prefixes = loaded.warehouse.query("SELECT DISTINCT substr(nba_game_id, 1, 3) AS p FROM nba_raw.nbac_schedule "
                                      "ORDER BY 1")
    assert [r["p"] for r in prefixes] == ["002", "004", "005"]


def test_rows_carry_canonical_ids_and_the_file_values(loaded):
    row = loaded.warehouse.query("SELECT * FROM nba_raw.nbac_schedule WHERE nba_game_id = '0042400407'")[0]
    assert row["game_id"] == "20250622_IND_OKC"
    assert row["game_date"] == date(2025, 6, 22)
    assert row["season_year"] == 2024 and row["season"] == "2024-25"
    assert (row["away_team_tricode"], row["home_team_tricode"]) == ("IND", "OKC")
    assert row["playoff_round"] == "finals" and row["is_playoffs"]
    assert row["game_status"] == 3 and row["winning_team_tricode"] == "OKC"
    assert row["home_team_score"] == 103 and row["away_team_score"] == 91
    assert row["source_file_path"] == PATH and len(row["data_hash"]) == 16


def test_a_rerun_changes_nothing_and_is_recorded_as_skipped(loaded):
    before = loaded.warehouse.query("SELECT game_id, data_hash, processed_at FROM nba_raw.nbac_schedule ORDER BY 1")
    again = run_processor(loaded, PROCESSOR, *SEASON)
    assert again.dates("skipped") == [date(2024, 10, 1)]
    after = loaded.warehouse.query("SELECT game_id, data_hash, processed_at FROM nba_raw.nbac_schedule ORDER BY 1")
    assert after == before


def test_a_newer_file_replaces_the_season_without_duplicates(loaded, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250901_000000.json")
    report = run_processor(loaded, PROCESSOR, *SEASON)
    assert report.dates("success") == [date(2024, 10, 1)]
    total = loaded.warehouse.query("SELECT count(*) AS n, count(DISTINCT source_file_path) AS f "
                                   "FROM nba_raw.nbac_schedule")
    assert total == [{"n": 1320, "f": 1}]


def test_a_truncated_schedule_is_quarantined_with_its_reason_and_loads_nothing(env, fixture):
    env.store.write(PATH, fixture("nbac_schedule_api/raw_80cb1fd6.json.gz")[:5000])
    report = run_processor(env, PROCESSOR, *SEASON)
    assert report.dates("failed") == [date(2024, 10, 1)]
    assert "not a scheduleleaguev2 body" in report.outcomes[date(2024, 10, 1)].errors[0]
    assert env.store.exists(f"quarantine/{PATH}")
    assert "not a scheduleleaguev2 body" in env.store.read(f"quarantine/{PATH}.reason.txt").decode()
    assert not env.store.exists(PATH)
    assert env.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_schedule") == [{"n": 0}]


def test_a_body_for_another_season_is_refused(env, fixture):
    env.store.write("nba-com/schedule/2023-24/20250827_131327.json", fixture("nbac_schedule_api/raw_80cb1fd6.json.gz"))
    report = run_processor(env, PROCESSOR, date(2023, 10, 1), date(2024, 6, 30))
    assert "body is season 2024-25 but the path says 2023-24" in report.outcomes[date(2023, 10, 1)].errors[0]
