"""Benchmark: one full simulated season of every scraper, in process, into a fresh store.

    python benchmarks/bench_scrape.py [--season 2024] [--workers 8] [--seed 7] [--processes N] [--compare]
                                      [--keep DIR]

Prints files/s and bytes/s per scraper and in total. Target: a full season of every source in under
60 s on a 2-core machine. The simulator renders every body (box scores, play-by-play, odds, PDFs), so
the time includes its work; on more than one core it renders in helper processes (``--processes``,
``--compare`` also times one process, side by side) while this process runs the scrapers.

The store is a fresh temporary folder, deleted afterwards. On an ext4 file system without a journal
(this project's machine), a run started within ~30 s of the previous one's deletion is several
seconds slower: new inodes are allocated around the 31,000 just freed. Space runs apart to compare code.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.scrapers import SCRAPERS, ScrapeRunner, simulated_profile
from nbaprops.simulator.calendar import season_dates
from nbaprops.simulator.parallel import workers


def scrape_season(season: int, seed: int, workers_: int, processes: int | None, keep: Path | None):
    """One full-season scrape into a fresh store; (report, seconds)."""
    cal = season_dates(season)
    home = keep or Path(tempfile.mkdtemp(prefix="nbaprops-bench-"))
    settings = Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                        object_store_url=str(home / "raw"))
    env = open_environment(settings)
    try:
        began = time.perf_counter()
        profile = simulated_profile(seed, processes=processes)
        report = ScrapeRunner(env, profile, workers=workers_).run(list(SCRAPERS), cal.regular_start, cal.finals_end)
        return report, time.perf_counter() - began
    finally:
        env.warehouse.close()
        if keep is None:
            shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--season", type=int, default=2024, help="season start year")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--processes", type=int, default=None,
                        help="simulator render processes (default: NBAPROPS_SIM_WORKERS, else up to 2 cores)")
    parser.add_argument("--compare", action="store_true",
                        help="also scrape the season with the simulator in one process, and print the ratio")
    parser.add_argument("--keep", type=Path, default=None, help="keep the store and warehouse in this folder")
    args = parser.parse_args()

    processes = args.processes if args.processes is not None else workers()
    report, seconds = scrape_season(args.season, args.seed, args.workers, processes, args.keep)
    cal = season_dates(args.season)
    print(f"season {args.season}-{(args.season + 1) % 100:02d}: {cal.regular_start}..{cal.finals_end}, "
          f"{len(SCRAPERS)} scrapers, {args.workers} workers, simulator rendering in {processes} process(es)")
    print(f"{'scraper':26} {'requests':>8} {'files':>7} {'MB':>9} {'no_data':>7} {'failed':>6} {'s':>6}")
    for name, r in report.scrapers.items():
        print(f"{name:26} {r.requests:8d} {r.files:7d} {r.bytes / 1e6:9.1f} {r.count('no_data'):7d} "
              f"{r.count('failed'):6d} {r.seconds:6.1f}")
    print(f"total: {report.files} files, {report.bytes / 1e6:.1f} MB in {seconds:.1f} s -> "
          f"{report.files / seconds:.0f} files/s, {report.bytes / seconds / 1e6:.1f} MB/s; "
          f"{len(report.failures())} failed")
    if args.compare:
        _, one = scrape_season(args.season, args.seed, args.workers, 1, None)
        print(f"simulator in one process: {one:.1f} s; in {processes}: {seconds:.1f} s -> {one / seconds:.2f}x")
    print(f"target: a full season of every source < 60 s -> {'met' if seconds < 60 else 'MISSED'}")


if __name__ == "__main__":
    main()
