"""Benchmark: Phase 2 over one simulated season, every raw table, from the object store.

    python benchmarks/bench_phase2.py [--season 2024]

Needs the season's objects (scraped on first use by season_data.py, then reused). Runs all 22 raw
processors over the whole season with --force, and prints seconds, rows and rows per second per
table. Target: a full season of all 22 tables in under 60 s on this 2-core machine.
"""

from __future__ import annotations

import argparse
import time

from season_data import DEFAULT_DIR, ensure_objects, load_raw, settings_for

from nbaprops.definitions import open_environment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--season", type=int, default=2024)
    args = parser.parse_args()
    folder = DEFAULT_DIR / f"season-{args.season}"
    ensure_objects(folder, args.season)
    env = open_environment(settings_for(folder))
    began = time.perf_counter()
    timings = load_raw(env, args.season)
    total = time.perf_counter() - began
    print(f"Phase 2, season {args.season}: {len(timings)} raw tables")
    print(f"{'table':36} {'seconds':>9} {'rows':>10} {'rows/s':>10}")
    all_rows = 0
    for name, secs in sorted(timings.items(), key=lambda kv: -kv[1]):
        table = env.definitions.by_name[name].output_table
        rows = env.warehouse.query(f"SELECT count(*) AS n FROM {table}")[0]["n"]
        all_rows += rows
        print(f"{name:36} {secs:9.2f} {rows:10d} {rows / secs if secs else 0:10.0f}")
    print(f"{'all tables':36} {total:9.2f} {all_rows:10d} {all_rows / total:10.0f}")
    print(f"target: a full season of all 22 tables < 60 s -> {'met' if total < 60 else 'MISSED'}")
    env.warehouse.close()


if __name__ == "__main__":
    main()
