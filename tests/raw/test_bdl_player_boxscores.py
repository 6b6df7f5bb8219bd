"""bdl_player_boxscores on the real 2024-01-15 Ball Don't Lie /box_scores capture."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.bdl_player_boxscores import PROCESSOR

DAY = date(2024, 1, 15)
PATH = "ball-dont-lie/boxscores/2024-01-15/20240116_080000.json"
GAMES = [("HOU", "PHI"), ("NOP", "DAL"), ("ORL", "NYK"), ("DET", "WAS"), ("SAS", "ATL"), ("GSW", "MEM"),
         ("CHI", "CLE"), ("MIA", "BKN"), ("BOS", "TOR"), ("IND", "UTA"), ("OKC", "LAL")]


@pytest.fixture
def scheduled(seed_schedule):
    seed_schedule([(DAY, away, home, f"00223005{i:02d}") for i, (away, home) in enumerate(GAMES)])


def _count(env) -> int:
    return env.warehouse.query("SELECT count(*) AS n FROM nba_raw.bdl_player_boxscores")[0]["n"]


def test_loads_every_player_of_the_eleven_games(env, put, scheduled):
    put("bdl_box_scores/raw_7a649e12.json", PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert _count(env) == 384
    games = env.warehouse.query("SELECT count(DISTINCT game_id) AS n FROM nba_raw.bdl_player_boxscores")
    assert games[0]["n"] == 11


def test_embiid_scored_41_at_home_against_houston(env, put, scheduled):
    put("bdl_box_scores/raw_7a649e12.json", PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    row = env.warehouse.query(
        "SELECT * FROM nba_raw.bdl_player_boxscores WHERE player_lookup = 'joelembiid'")[0]
    assert row["game_id"] == "20240115_HOU_PHI"
    assert (row["points"], row["minutes"], row["free_throws_made"], row["team_abbr"]) == (41, 31.0, 16, "PHI")
    assert row["is_home"] is True and row["season_year"] == 2023
    assert row["source_file_path"] == PATH


def test_suffixes_are_kept_and_punctuation_removed(env, put, scheduled):
    put("bdl_box_scores/raw_7a649e12.json", PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    lookups = {r["player_lookup"] for r in env.warehouse.query(
        "SELECT player_lookup FROM nba_raw.bdl_player_boxscores")}
    assert {"timhardawayjr", "deanthonymelton", "ejliddell", "rickycounciliv"} <= lookups
    hardaway = env.warehouse.query(
        "SELECT points, game_id FROM nba_raw.bdl_player_boxscores WHERE player_lookup = 'timhardawayjr'")[0]
    assert hardaway == {"points": 41, "game_id": "20240115_NOP_DAL"}


def test_rerun_skips_and_changes_nothing(env, put, scheduled):
    put("bdl_box_scores/raw_7a649e12.json", PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert _count(env) == 384


def test_empty_answer_for_a_day_with_final_games_is_quarantined(env, put, scheduled):
    put("bdl_box_scores/raw_d62cc934.json", PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}")
    assert b"no box scores" in env.store.read(f"quarantine/{PATH}.reason.txt")
    assert not env.warehouse.table_exists("nba_raw.bdl_player_boxscores") or _count(env) == 0


def test_an_empty_newer_fetch_falls_back_to_the_older_full_one(env, put, scheduled):
    put("bdl_box_scores/raw_7a649e12.json", PATH)
    newer = "ball-dont-lie/boxscores/2024-01-15/20240116_090000.json"
    put("bdl_box_scores/raw_d62cc934.json", newer)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "partial"
    assert _count(env) == 384
    assert env.store.exists(f"quarantine/{newer}")


def test_truncated_body_is_quarantined_and_loads_nothing(env, put, scheduled, fixture):
    env.store.write(PATH, fixture("bdl_box_scores/raw_7a649e12.json")[:5000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}") and env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert not env.warehouse.table_exists("nba_raw.bdl_player_boxscores") or _count(env) == 0
