"""bdl_active_players_current on the real /players/active page (100 players, page 1 of a fetch)."""

from __future__ import annotations

import json
from datetime import date

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.bdl_active_players_current import PROCESSOR

DAY = date(2025, 1, 10)  # season 2024-25
FETCH = "ball-dont-lie/active-players/2025-01-10/20250110_120000"
FIXTURE = "bdl_active_players/raw_ac3e7bd3.json"


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.bdl_active_players_current WHERE {where}")


def _pages(fixture, sizes: tuple[int, ...]) -> list[bytes]:
    """The real page cut into consecutive pages of the given sizes (cursor meta as BDL sends it)."""
    players = json.loads(fixture(FIXTURE))["data"]
    out, start = [], 0
    for i, size in enumerate(sizes):
        chunk = players[start:start + size]
        start += size
        cursor = chunk[-1]["id"] if i < len(sizes) - 1 else None
        out.append(json.dumps({"data": chunk, "meta": {"next_cursor": cursor, "per_page": size}}).encode())
    return out


def test_one_row_per_active_player_with_team_mapped(env, put):
    put(FIXTURE, f"{FETCH}-p001.json")
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.ok
    assert len(_rows(env)) == 100
    adams = _rows(env, "bdl_player_id = 3")[0]
    assert (adams["player_lookup"], adams["team_abbr"], adams["position"], adams["height"], adams["weight"]) == (
        "stevenadams", "HOU", "C", "6-11", 265)
    assert (adams["season_year"], adams["snapshot_date"], adams["draft_number"]) == (2024, DAY, 12)


def test_pages_of_one_fetch_load_together(env, fixture):
    for i, page in enumerate(_pages(fixture, (60, 40)), start=1):
        env.store.write(f"{FETCH}-p{i:03d}.json", page)
    run_processor(env, PROCESSOR, DAY, DAY)
    assert len(_rows(env)) == 100
    assert len({r["source_file_path"] for r in _rows(env)}) == 2


def test_a_newer_fetch_replaces_the_season_snapshot(env, put, fixture):
    put(FIXTURE, f"{FETCH}-p001.json")
    run_processor(env, PROCESSOR, DAY, DAY)
    later = date(2025, 2, 1)
    env.store.write("ball-dont-lie/active-players/2025-02-01/20250201_120000-p001.json", _pages(fixture, (30,))[0])
    run_processor(env, PROCESSOR, later, later)
    assert len(_rows(env)) == 30
    assert {r["snapshot_date"] for r in _rows(env)} == {later}


def test_rerun_skips_and_changes_nothing(env, put):
    put(FIXTURE, f"{FETCH}-p001.json")
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert [o.status for o in again.outcomes.values()] == ["skipped"]
    assert len(_rows(env)) == 100


def test_garbage_page_is_quarantined_and_loads_nothing(env):
    env.store.write(f"{FETCH}-p001.json", b"<html>502 Bad Gateway</html>")
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert not report.ok
    assert env.store.exists(f"quarantine/{FETCH}-p001.json")
    assert env.store.exists(f"quarantine/{FETCH}-p001.json.reason.txt")
    assert _rows(env) == []
