"""The real official.nba.com assignments of 2025-01-08: one row per official per NBA game."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_referee_game_assignments import PROCESSOR
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE

DAY = date(2025, 1, 8)
PATH = "nba-com/referee-assignments/2025-01-08/20250108_150000.json"
FIXTURE = "nbac_referee_assignments/raw_718e62b3.json"


@pytest.fixture
def scheduled(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250101_000000.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    return env


def test_each_official_of_each_nba_game_is_a_row_and_g_league_games_are_left_out(scheduled, put):
    put(FIXTURE, PATH)
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 24
    crew = scheduled.warehouse.query(
        "SELECT official_position, official_name, official_code, official_jersey_number "
        "FROM nba_raw.nbac_referee_game_assignments WHERE game_id = '20250108_OKC_CLE' ORDER BY 1")
    assert [tuple(c.values()) for c in crew] == [
        (1, "John Goble", 101284, "10"), (2, "Ray Acosta", 1626300, "54"), (3, "Robert Hussey", 1628480, "85")]
    joined = scheduled.warehouse.query(
        "SELECT count(DISTINCT r.game_id) AS n FROM nba_raw.nbac_referee_game_assignments r "
        "JOIN nba_raw.nbac_schedule s ON s.game_id = r.game_id AND s.nba_game_id = r.nba_game_id")
    assert joined == [{"n": 8}]


def test_a_rerun_changes_nothing(scheduled, put):
    put(FIXTURE, PATH)
    run_processor(scheduled, PROCESSOR, DAY, DAY)
    snapshot = "SELECT game_id, official_position, data_hash, processed_at FROM nba_raw.nbac_referee_game_assignments"
    before = scheduled.warehouse.query(snapshot)
    assert run_processor(scheduled, PROCESSOR, DAY, DAY).outcomes[DAY].status == "skipped"
    assert scheduled.warehouse.query(snapshot) == before


def test_a_truncated_body_is_quarantined_and_nothing_is_written(scheduled, fixture):
    scheduled.store.write(PATH, fixture(FIXTURE)[:4000])
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert scheduled.store.exists(f"quarantine/{PATH}.reason.txt")
    assert scheduled.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_referee_game_assignments") == [{"n": 0}]
