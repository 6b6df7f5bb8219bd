"""Parsing in worker processes writes exactly the rows that parsing in one process writes.

Worker results come back as one Arrow batch per chunk of files, and a run's rows are put back
together as slices of those batches; a wrong offset would shift rows between files silently, so the
two paths are compared on real simulated files, with a damaged file in the middle of a chunk.
"""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.framework import parsing
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import simulated_profile

START, END = date(2024, 11, 4), date(2024, 11, 8)
SCRAPERS = ["nbac_schedule_api", "oddsa_events_his", "oddsa_game_lines_his", "oddsa_game_lines"]


@pytest.fixture(scope="module")
def scraped(tmp_path_factory):
    home = tmp_path_factory.mktemp("scraped")
    env = open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'w.duckdb'}",
                                    object_store_url=str(home / "raw")))
    report = ScrapeRunner(env, simulated_profile(7), workers=4).run(SCRAPERS, START, END)
    assert report.ok, report.failures()[:3]
    env.warehouse.close()
    return home


def _load(home, tmp_path, name: str, threshold: int, monkeypatch, damage: str | None = None) -> list[dict]:
    monkeypatch.setattr(parsing, "POOL_THRESHOLD", threshold)
    monkeypatch.setattr(parsing, "CHUNK", 5)
    env = open_environment(Settings(home=tmp_path, warehouse_url=f"duckdb:///{tmp_path / name}.duckdb",
                                    object_store_url=str(home / "raw")))
    quiet = RunOptions(backfill_mode=True, skip_downstream_trigger=True)
    for proc in ("nbac_schedule", "odds_api_game_lines"):
        run_processor(env, env.definitions.by_name[proc], START, END, options=quiet)
    rows = env.warehouse.query(
        "SELECT * EXCLUDE (processed_at) FROM nba_raw.odds_api_game_lines ORDER BY ALL")
    env.warehouse.close()
    return rows


def test_pooled_parse_writes_the_same_rows_as_one_process(scraped, tmp_path, monkeypatch):
    one = _load(scraped, tmp_path, "one", 10**9, monkeypatch)
    pooled = _load(scraped, tmp_path, "pooled", 1, monkeypatch)
    assert len(one) > 100
    assert len({r["source_file_path"] for r in one}) >= 48
    assert pooled == one


def test_a_damaged_file_inside_a_chunk_leaves_its_neighbours_rows_in_place(scraped, tmp_path, monkeypatch):
    store = scraped / "raw"
    files = sorted(p for p in store.rglob("*.json") if "game-lines-history" in str(p))
    victim = files[len(files) // 2]
    body = victim.read_bytes()
    victim.write_bytes(body[: len(body) // 2])
    try:
        one = _load(scraped, tmp_path, "one", 10**9, monkeypatch)
        victim.write_bytes(body[: len(body) // 2])  # quarantine moved it; put the damaged copy back
        pooled = _load(scraped, tmp_path, "pooled", 1, monkeypatch)
    finally:
        victim.write_bytes(body)
    assert pooled == one
    damaged = victim.relative_to(store).as_posix()
    day = victim.parent.parent.relative_to(store).as_posix()
    assert not any(r["source_file_path"] == damaged for r in pooled)
    assert any(r["source_file_path"].startswith(day) for r in pooled)  # the day's other files loaded
