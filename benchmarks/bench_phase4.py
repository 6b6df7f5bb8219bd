"""Benchmark: Phase 4 over one simulated season as one range run, against single-date runs.

    python benchmarks/bench_phase4.py [--season 2024] [--single 20]

Needs the season's Phase 2 warehouse (built on first use by season_data.py, then reused) and fills
Phase 3 once (a ``phase3.done`` marker). Reports, side by side in one run: the five Phase 4
processors over every game date of the season as one range run each, in their order (plan, checks,
compute, verify, atomic swap, history), and the same five run one date at a time for ``--single``
dates of mid-season, with seconds per date for both and their ratio (the single-date figure is
extrapolated to the season, as bench_phase3 does).
Targets: the season range run in under 10 s; the range run at least 10x faster per date.
"""

from __future__ import annotations

import argparse
import time

from season_data import DEFAULT_DIR, ensure_season, season_range

from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.orchestration.runner import run_processor

OPTIONS = RunOptions(backfill_mode=True, skip_downstream_trigger=True, force=True)


def ensure_phase3(env: Environment, season: int, marker) -> None:
    """Phase 3 over the season, once (Phase 4 reads it)."""
    if marker.exists():
        return
    start, end = season_range(season)
    began = time.perf_counter()
    for proc in env.definitions.order(3):
        report = run_processor(env, proc, start, end, options=OPTIONS)
        assert not report.dates("failed"), (proc.name, report.dates("failed")[:3])
    print(f"Phase 3 filled in {time.perf_counter() - began:.1f} s")
    marker.write_text("ok\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--season", type=int, default=2024)
    parser.add_argument("--single", type=int, default=20, help="Dates to run one at a time.")
    args = parser.parse_args()
    folder = DEFAULT_DIR / f"season-{args.season}"
    env = ensure_season(folder, args.season)
    ensure_phase3(env, args.season, folder / "phase3.done")
    start, end = season_range(args.season)
    procs = env.definitions.order(4)
    dates = schedule_dates(env.warehouse, start, end, final_only=False)

    range_secs: dict[str, float] = {}
    rows: dict[str, int] = {}
    for proc in procs:
        began = time.perf_counter()
        report = run_processor(env, proc, start, end, options=OPTIONS)
        range_secs[proc.name] = time.perf_counter() - began
        assert not report.dates("failed"), (proc.name, report.dates("failed")[:3])
        rows[proc.name] = env.warehouse.query(f"SELECT count(*) AS n FROM {proc.output_table}")[0]["n"]
    range_total = sum(range_secs.values())

    sample = dates[len(dates) // 3: len(dates) // 3 + args.single]
    single_secs = dict.fromkeys(range_secs, 0.0)
    for day in sample:  # a date's five processors in order, as a daily run does them
        for proc in procs:
            began = time.perf_counter()
            report = run_processor(env, proc, day, day, options=OPTIONS)
            single_secs[proc.name] += time.perf_counter() - began
            assert report.ok, (proc.name, day)
    single_total = sum(single_secs.values())

    per_date_range = range_total / len(dates)
    per_date_single = single_total / len(sample)
    print(f"Phase 4, season {args.season}: {len(dates)} game dates, {len(procs)} processors, "
          f"{args.single} single dates sampled")
    print(f"{'processor':30} {'rows':>7} {'range s':>8} {'s/date':>8} | {'single s':>8} {'s/date':>8} | "
          f"{'season 1-by-1':>13} | {'ratio':>6}")
    for proc in procs:
        r, s = range_secs[proc.name], single_secs[proc.name]
        print(f"{proc.name:30} {rows[proc.name]:7d} {r:8.2f} {r / len(dates):8.4f} | {s:8.2f} {s / len(sample):8.4f} | "
              f"{s / len(sample) * len(dates):11.1f} s | {(s / len(sample)) / (r / len(dates)):5.1f}x")
    print(f"{'all five':30} {sum(rows.values()):7d} {range_total:8.2f} {per_date_range:8.4f} | {single_total:8.2f} "
          f"{per_date_single:8.4f} | {per_date_single * len(dates):11.1f} s | {per_date_single / per_date_range:5.1f}x")
    print(f"target: season range run <= 10 s -> {'met' if range_total <= 10 else 'MISSED'}; "
          f"range >= 10x faster per date -> {'met' if per_date_single / per_date_range >= 10 else 'MISSED'}")
    env.warehouse.close()


if __name__ == "__main__":
    main()
