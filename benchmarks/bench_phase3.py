"""Benchmark: Phase 3 over one simulated season as one range run, against single-date runs.

    python benchmarks/bench_phase3.py [--season 2024] [--single 30]

Needs the season's Phase 2 warehouse (built on first use by season_data.py, then reused). Reports,
side by side in one run: all five processors over every game date of the season as one range run
each (plan, checks, compute, verify, atomic swap, history), and the same processors run one date at a
time for ``--single`` dates, with seconds per date for both and their ratio.
Targets: the season range run in under 10 s; the range run at least 10x faster per date.
"""

from __future__ import annotations

import argparse
import time

from season_data import DEFAULT_DIR, ensure_season, season_range

from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.orchestration.runner import run_processor

OPTIONS = RunOptions(backfill_mode=True, skip_downstream_trigger=True, force=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--season", type=int, default=2024)
    parser.add_argument("--single", type=int, default=30, help="Dates to run one at a time.")
    args = parser.parse_args()
    env = ensure_season(DEFAULT_DIR / f"season-{args.season}", args.season)
    start, end = season_range(args.season)
    procs = env.definitions.order(3)
    dates = schedule_dates(env.warehouse, start, end, final_only=False)

    range_secs: dict[str, float] = {}
    for proc in procs:
        began = time.perf_counter()
        report = run_processor(env, proc, start, end, options=OPTIONS)
        range_secs[proc.name] = time.perf_counter() - began
        assert not report.dates("failed"), (proc.name, report.dates("failed")[:3])
    range_total = sum(range_secs.values())

    sample = dates[len(dates) // 3: len(dates) // 3 + args.single]
    single_secs: dict[str, float] = {}
    for proc in procs:
        began = time.perf_counter()
        for day in sample:
            run_processor(env, proc, day, day, options=OPTIONS)
        single_secs[proc.name] = time.perf_counter() - began
    single_total = sum(single_secs.values())

    per_date_range = range_total / len(dates)
    per_date_single = single_total / len(sample)
    print(f"Phase 3, season {args.season}: {len(dates)} game dates, {len(procs)} processors")
    print(f"{'processor':34} {'range s':>9} {'s/date':>9} | {'single s':>9} {'s/date':>9} | {'ratio':>6}")
    for proc in procs:
        r, s = range_secs[proc.name], single_secs[proc.name]
        print(f"{proc.name:34} {r:9.2f} {r / len(dates):9.4f} | {s:9.2f} {s / len(sample):9.4f} | "
              f"{(s / len(sample)) / (r / len(dates)):6.1f}x")
    print(f"{'all five':34} {range_total:9.2f} {per_date_range:9.4f} | {single_total:9.2f} "
          f"{per_date_single:9.4f} | {per_date_single / per_date_range:6.1f}x")
    print(f"target: season range run < 10 s -> {'met' if range_total < 10 else 'MISSED'}; "
          f"range >= 10x faster per date -> {'met' if per_date_single / per_date_range >= 10 else 'MISSED'}")
    env.warehouse.close()


if __name__ == "__main__":
    main()
