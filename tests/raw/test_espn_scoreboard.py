"""espn_scoreboard on the real 2024-01-15 site.api scoreboard (11 final games)."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.espn_scoreboard import PROCESSOR

DAY = date(2024, 1, 15)
PATH = "espn/scoreboard/2024-01-15/20240116_080000.json"
FIXTURE = "espn_scoreboard_api/raw_92de7c9a.json"
GAMES = [("HOU", "PHI"), ("NOP", "DAL"), ("ORL", "NYK"), ("DET", "WAS"), ("SAS", "ATL"), ("GSW", "MEM"),
         ("CHI", "CLE"), ("MIA", "BKN"), ("BOS", "TOR"), ("IND", "UTA"), ("OKC", "LAL")]


@pytest.fixture
def scheduled(seed_schedule):
    seed_schedule([(DAY, away, home, f"00223005{i:02d}") for i, (away, home) in enumerate(GAMES)])


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.espn_scoreboard WHERE {where}")


def test_eleven_games_with_espn_codes_mapped_to_nba_tricodes(env, put, scheduled):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert {r["game_id"] for r in _rows(env)} == {f"20240115_{a}_{h}" for a, h in GAMES}
    nop = _rows(env, "espn_game_id = '401585184'")[0]
    assert (nop["away_team_abbr"], nop["away_espn_abbr"], nop["home_score"], nop["away_score"]) == (
        "NOP", "NO", 125, 120)
    utah = _rows(env, "home_espn_abbr = 'UTAH'")[0]
    assert (utah["game_id"], utah["winning_team_abbr"]) == ("20240115_IND_UTA", "UTA")


def test_season_year_is_the_start_year_and_late_games_keep_the_new_york_date(env, put, scheduled):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    lal = _rows(env, "home_team_abbr = 'LAL'")[0]  # tip-off 2024-01-16T03:30Z
    assert (lal["game_date"], lal["season_year"], lal["season_type"]) == (DAY, 2023, "Regular Season")
    bkn = _rows(env, "home_team_abbr = 'BKN'")[0]
    assert (bkn["game_status_detail"], bkn["winning_team_abbr"], bkn["is_completed"]) == ("Final/OT", "MIA", True)


def test_rerun_skips_and_changes_nothing(env, put, scheduled):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 11


def test_an_empty_scoreboard_for_a_day_with_final_games_is_refused(env, put, scheduled):
    put("espn_scoreboard_api/raw_20250214.json", PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert b"no events" in env.store.read(f"quarantine/{PATH}.reason.txt")


def test_truncated_json_is_quarantined_and_loads_nothing(env, scheduled, fixture):
    env.store.write(PATH, fixture(FIXTURE)[:4096])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}") and env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert _rows(env) == []
