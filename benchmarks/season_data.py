"""A simulated season's object store and Phase 2 warehouse, built once and reused by benchmarks.

    python benchmarks/season_data.py [--season 2024] [--dir benchmarks/.data]

Scrapes every source of one simulated season (in process) and loads all 22 raw tables. Kept under
``benchmarks/.data/season-<year>/`` (git-ignored) so Phase 2 and Phase 3 benchmarks can rerun fast.
"""

from __future__ import annotations

import argparse
import shutil
import time
from datetime import date
from pathlib import Path

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.scrapers import SCRAPERS, ScrapeRunner, simulated_profile
from nbaprops.simulator.calendar import season_dates

DEFAULT_DIR = Path(__file__).resolve().parent / ".data"


def season_range(year: int) -> tuple[date, date]:
    cal = season_dates(year)
    return cal.regular_start, cal.finals_end


def settings_for(folder: Path) -> Settings:
    return Settings(home=folder, warehouse_url=f"duckdb:///{folder / 'warehouse.duckdb'}",
                    object_store_url=str(folder / "raw"))


def ensure_objects(folder: Path, year: int, workers: int = 8) -> None:
    """Scrape the season into ``folder/raw`` unless a finished marker says it is there."""
    marker = folder / "objects.done"
    if marker.exists():
        return
    start, end = season_range(year)
    env = open_environment(settings_for(folder))
    began = time.perf_counter()
    report = ScrapeRunner(env, simulated_profile(7), workers=workers).run(list(SCRAPERS), start, end)
    env.warehouse.close()
    print(f"scraped {report.files} files, {report.bytes / 1e6:.0f} MB in {time.perf_counter() - began:.0f} s")
    marker.write_text(f"{start}..{end}\n")


def load_raw(env: Environment, year: int) -> dict[str, float]:
    """Run every Phase 2 processor over the season (forced); seconds per processor."""
    start, end = season_range(year)
    options = RunOptions(backfill_mode=True, skip_downstream_trigger=True, force=True)
    timings = {}
    for group in env.definitions.levels(2):
        for proc in group:
            began = time.perf_counter()
            report = run_processor(env, proc, start, end, options=options)
            timings[proc.name] = time.perf_counter() - began
            bad = report.dates("failed", "partial")
            if bad:
                print(f"  {proc.name}: {len(bad)} dates failed, e.g. {report.outcomes[bad[0]].errors[:1]}")
    return timings


def ensure_season(folder: Path, year: int) -> Environment:
    """The season's objects and a warehouse with every raw table loaded (built once)."""
    folder.mkdir(parents=True, exist_ok=True)
    ensure_objects(folder, year)
    env = open_environment(settings_for(folder))
    marker = folder / "raw.done"
    if not marker.exists():
        load_raw(env, year)
        marker.write_text("ok\n")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--season", type=int, default=2024)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--fresh", action="store_true", help="Delete what is there first.")
    args = parser.parse_args()
    folder = args.dir / f"season-{args.season}"
    if args.fresh and folder.exists():
        shutil.rmtree(folder)
    ensure_season(folder, args.season).warehouse.close()


if __name__ == "__main__":
    main()
