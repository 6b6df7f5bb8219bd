"""espn_boxscores on the real ESPN box-score pages of HOU @ PHI, 2024-01-15 (two captures)."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.espn_boxscores import PROCESSOR

DAY = date(2024, 1, 15)
FOLDER = "espn/boxscores/2024-01-15/game-401585183"
OLDER, NEWER = f"{FOLDER}/20240116_060000.html", f"{FOLDER}/20240116_080000.html"
PAGE, OTHER_PAGE = "espn_game_boxscore/raw_6f34c64b.html.gz", "espn_game_boxscore/raw_fbd5b07e.html.gz"


@pytest.fixture
def scheduled(seed_schedule):
    seed_schedule([(DAY, "HOU", "PHI", "0022300550")])


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.espn_boxscores WHERE {where}")


def test_every_listed_player_loads_with_his_stat_line(env, put, scheduled):
    put(PAGE, NEWER)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 25
    smith = _rows(env, "player_lookup = 'jabarismithjr'")[0]
    assert smith["game_id"] == "20240115_HOU_PHI" and smith["season_year"] == 2023
    assert (smith["points"], smith["minutes"], smith["field_goals_made"], smith["field_goals_attempted"]) == (
        13, 31.0, 5, 9)
    assert (smith["plus_minus"], smith["starter"], smith["is_home"], smith["opponent_team_abbr"]) == (
        -8, True, False, "PHI")
    assert (smith["home_team_score"], smith["away_team_score"]) == (124, 115)


def test_players_who_did_not_play_keep_their_reason_and_no_stats(env, put, scheduled):
    put(PAGE, NEWER)
    run_processor(env, PROCESSOR, DAY, DAY)
    bullock = _rows(env, "player_lookup = 'reggiebullockjr'")[0]
    assert (bullock["player_status"], bullock["dnp_reason"], bullock["points"]) == ("dnp", "DNP-COACH'S DECISION", None)


def test_the_newest_capture_of_a_game_wins_and_older_ones_are_not_added(env, put, scheduled):
    put(OTHER_PAGE, OLDER)
    put(PAGE, NEWER)
    run_processor(env, PROCESSOR, DAY, DAY)
    assert {r["source_file_path"] for r in _rows(env)} == {NEWER}
    assert len(_rows(env)) == 25


def test_rerun_skips_and_changes_nothing(env, put, scheduled):
    put(PAGE, NEWER)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 25


def test_a_broken_newest_page_falls_back_to_the_older_capture(env, put, scheduled):
    put(OTHER_PAGE, OLDER)
    env.store.write(NEWER, b"<html><body>Service Unavailable</body></html>")
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "partial"
    assert {r["source_file_path"] for r in _rows(env)} == {OLDER}
    assert env.store.exists(f"quarantine/{NEWER}.reason.txt")


def test_truncated_page_is_quarantined_and_loads_nothing(env, scheduled, fixture):
    env.store.write(NEWER, fixture(PAGE)[:40000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{NEWER}") and env.store.exists(f"quarantine/{NEWER}.reason.txt")
    assert _rows(env) == []
