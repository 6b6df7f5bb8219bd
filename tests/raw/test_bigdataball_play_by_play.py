"""bigdataball_play_by_play on the real CSV of the 2025 Finals game 7 (IND @ OKC, 510 plays)."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.bigdataball_play_by_play import PROCESSOR
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE

DAY = date(2025, 6, 22)
FOLDER = "big-data-ball/2024-25/2025-06-22/game_0042400407"
PATH = f"{FOLDER}/[2025-06-22]-0042400407-IND@OKC.csv"
FIXTURE = "bigdataball_pbp/raw_746cfbef.csv"


@pytest.fixture
def scheduled(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250101_000000.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.bigdataball_play_by_play WHERE {where} ORDER BY event_sequence")


def test_every_play_loads_with_the_system_game_id(env, put, scheduled):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    rows = _rows(env)
    assert len(rows) == 510
    assert {r["game_id"] for r in rows} == {"20250622_IND_OKC"}
    joined = env.warehouse.query(
        "SELECT count(*) AS n FROM nba_raw.nbac_schedule s JOIN nba_raw.bigdataball_play_by_play p "
        "ON p.game_id = s.game_id AND p.nba_game_id = s.nba_game_id")
    assert joined[0]["n"] == 510
    assert (rows[-1]["score_home"], rows[-1]["score_away"]) == (103, 91)


def test_shots_keep_distance_location_type_and_lineups(env, put, scheduled):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    shot = _rows(env, "event_sequence = 3")[0]
    assert (shot["player_1_lookup"], shot["team_abbr"], shot["shot_made"], shot["shot_type"]) == (
        "andrewnembhard", "IND", True, "2PT")
    assert (shot["shot_distance"], shot["original_x"], shot["original_y"], shot["points_scored"]) == (
        14.0, 91.0, 106.0, 2)
    assert (shot["game_clock_seconds"], shot["elapsed_seconds"]) == (704, 16)
    assert shot["home_player_4_lookup"] == "shaigilgeousalexander"
    assert shot["away_player_2_lookup"] == "tyresehaliburton"
    three = _rows(env, "event_sequence = 102")[0]
    assert (three["shot_type"], three["shot_made"], three["shot_distance"]) == ("3PT", False, 33.0)


def test_rerun_skips_and_changes_nothing(env, put, scheduled):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 510


def test_teams_are_inferred_when_the_file_name_lacks_them(env, put, scheduled):
    put(FIXTURE, f"{FOLDER}/pbp.csv")
    run_processor(env, PROCESSOR, DAY, DAY)
    assert {(r["away_team_abbr"], r["home_team_abbr"]) for r in _rows(env)} == {("IND", "OKC")}


def test_truncated_csv_is_quarantined_and_loads_nothing(env, scheduled, fixture):
    env.store.write(PATH, fixture(FIXTURE)[:20000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}") and env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert _rows(env) == []


def test_garbage_is_quarantined(env, scheduled):
    env.store.write(PATH, b"\x89PNG\r\n\x1a\n not a csv")
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}.reason.txt")
