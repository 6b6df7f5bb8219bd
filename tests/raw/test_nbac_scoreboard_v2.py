"""The real scoreboardv2 of 2024-01-15 gives one row per game with home/away from the header ids."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_scoreboard_v2 import PROCESSOR

DAY = date(2024, 1, 15)
PATH = "nba-com/scoreboard-v2/2024-01-15/20240116_080000.json"
FIXTURE = "nbac_scoreboard_v2/raw_055ff78d.json"


@pytest.fixture
def scheduled(env, seed_schedule):
    seed_schedule([(DAY, "HOU", "PHI", "0022300555")])
    return env


def test_each_game_of_the_date_is_one_row_with_scores_by_team_id(scheduled, put):
    put(FIXTURE, PATH)
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 11
    row = scheduled.warehouse.query("SELECT * FROM nba_raw.nbac_scoreboard_v2 WHERE nba_game_id = '0022300555'")[0]
    assert row["game_id"] == "20240115_HOU_PHI"
    assert (row["home_team_abbr"], row["away_team_abbr"]) == ("PHI", "HOU")
    assert (row["home_score"], row["away_score"]) == (124, 115)
    assert (row["winning_team_abbr"], row["winning_side"], row["game_state"]) == ("PHI", "home", "final")
    assert (row["home_wins_losses"], row["arena_name"], row["season_year"]) == ("25-13", "Wells Fargo Center", 2023)


def test_a_rerun_changes_nothing(scheduled, put):
    put(FIXTURE, PATH)
    run_processor(scheduled, PROCESSOR, DAY, DAY)
    snapshot = "SELECT game_id, data_hash, processed_at FROM nba_raw.nbac_scoreboard_v2 ORDER BY 1"
    before = scheduled.warehouse.query(snapshot)
    assert run_processor(scheduled, PROCESSOR, DAY, DAY).outcomes[DAY].status == "skipped"
    assert scheduled.warehouse.query(snapshot) == before


def test_garbage_bytes_are_quarantined_and_nothing_is_written(scheduled):
    scheduled.store.write(PATH, b"\x00\xffnot json at all")
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert scheduled.store.exists(f"quarantine/{PATH}.reason.txt")
    assert scheduled.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_scoreboard_v2") == [{"n": 0}]
