"""Benchmark: one full simulated season of every scraper, in process, into a fresh store.

    python benchmarks/bench_scrape.py [--season 2024] [--workers 8] [--seed 7] [--keep DIR]

Prints files/s and bytes/s per scraper and in total. Target: a full season of every source in under
60 s on a 2-core machine. The simulator renders every body (box scores, play-by-play, odds, PDFs), so
the time includes its work; scraper overhead is what changes between runs of this script.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx

from nbaprops.config import Settings
from nbaprops.orchestration.environment import open_environment
from nbaprops.scrapers import SCRAPERS, ScrapeRunner, simulated_profile
from nbaprops.simulator.calendar import season_dates


class TimedTransport(httpx.BaseTransport):
    """Adds up the seconds spent inside the simulator, to separate its rendering from scraper overhead."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.seconds, self._lock = inner, 0.0, threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        began = time.perf_counter()
        response = self.inner.handle_request(request)
        with self._lock:
            self.seconds += time.perf_counter() - began
        return response


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--season", type=int, default=2024, help="season start year")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None, help="keep the store and warehouse in this folder")
    args = parser.parse_args()

    cal = season_dates(args.season)
    start, end = cal.regular_start, cal.finals_end
    home = args.keep or Path(tempfile.mkdtemp(prefix="nbaprops-bench-"))
    settings = Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                        object_store_url=str(home / "raw"))
    env = open_environment(settings)
    try:
        began = time.perf_counter()
        base = simulated_profile(args.seed)
        timed: list[TimedTransport] = []
        profile = replace(base, make_transport=lambda: timed.append(TimedTransport(base.make_transport()))
                          or timed[-1])
        report = ScrapeRunner(env, profile, workers=args.workers).run(list(SCRAPERS), start, end)
        seconds = time.perf_counter() - began
    finally:
        env.warehouse.close()
    print(f"season {args.season}-{(args.season + 1) % 100:02d}: {start}..{end}, {len(SCRAPERS)} scrapers, "
          f"{args.workers} workers")
    print(f"{'scraper':26} {'requests':>8} {'files':>7} {'MB':>9} {'no_data':>7} {'failed':>6} {'s':>6}")
    for name, r in report.scrapers.items():
        print(f"{name:26} {r.requests:8d} {r.files:7d} {r.bytes / 1e6:9.1f} {r.count('no_data'):7d} "
              f"{r.count('failed'):6d} {r.seconds:6.1f}")
    print(f"total: {report.files} files, {report.bytes / 1e6:.1f} MB in {seconds:.1f} s -> "
          f"{report.files / seconds:.0f} files/s, {report.bytes / seconds / 1e6:.1f} MB/s; "
          f"{len(report.failures())} failed")
    in_sim = sum(t.seconds for t in timed)
    print(f"time inside the simulator's renderers, summed over threads: {in_sim:.1f} s "
          f"(with --workers 1, run time minus this is the scrapers' own overhead: {seconds - in_sim:.1f} s)")
    if args.keep is None:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
