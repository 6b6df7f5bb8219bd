"""espn_team_rosters on the real site.api Boston roster (17 players)."""

from __future__ import annotations

import json
from datetime import date

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.espn_team_rosters import PROCESSOR

DAY = date(2025, 8, 20)
FIXTURE = "espn_roster_api/raw_2.json"
PATH = "espn/rosters/2025-08-20/team_BOS/20250820_100000.json"


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.espn_team_rosters WHERE {where}")


def test_one_row_per_rostered_player(env, put):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 17
    brown = _rows(env, "player_lookup = 'jaylenbrown'")[0]
    assert (brown["team_abbr"], brown["jersey_number"], brown["position"], brown["height_inches"]) == (
        "BOS", "7", "SG", 78.0)
    # captured on August 20: the roster of the season starting that autumn (seasons begin July 1)
    assert (brown["injury_status"], brown["roster_status"], brown["season_year"]) == ("Out", "Active", 2025)


def test_newest_fetch_per_team_wins_and_teams_do_not_displace_each_other(env, put, fixture):
    put(FIXTURE, "espn/rosters/2025-08-20/team_BOS/20250820_060000.json")
    fewer = json.loads(fixture(FIXTURE))
    fewer["team"]["athletes"] = fewer["team"]["athletes"][:5]
    env.store.write(PATH, json.dumps(fewer).encode())
    warriors = json.loads(fixture(FIXTURE))
    warriors["team"].update(id="9", abbreviation="GS", displayName="Golden State Warriors")
    env.store.write("espn/rosters/2025-08-20/team_GS/20250820_050000.json", json.dumps(warriors).encode())
    run_processor(env, PROCESSOR, DAY, DAY)
    assert len(_rows(env, "team_abbr = 'BOS'")) == 5
    assert {r["source_file_path"] for r in _rows(env, "team_abbr = 'BOS'")} == {PATH}
    assert len(_rows(env, "team_abbr = 'GSW'")) == 17


def test_rerun_skips_and_changes_nothing(env, put):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 17


def test_a_roster_filed_under_another_team_is_quarantined(env, put):
    wrong = "espn/rosters/2025-08-20/team_GS/20250820_100000.json"
    put(FIXTURE, wrong)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert b"path says GS" in env.store.read(f"quarantine/{wrong}.reason.txt")


def test_truncated_json_is_quarantined_and_loads_nothing(env, fixture):
    env.store.write(PATH, fixture(FIXTURE)[:5000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}") and env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert _rows(env) == []
