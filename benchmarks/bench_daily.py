"""Benchmark: one new date through every phase with ``nbaprops daily``, after its scrape (issue #16's target:
<= 3 s on this machine).

    python benchmarks/bench_daily.py [--history-days 21] [--profile]

Builds (once, then reuses under ``benchmarks/.data/daily/``) a simulated backfill of the first
``--history-days`` days of the 2024-25 season (phases 1-5), copies it, and runs the next date's three
workflows (morning, pregame, postgame) as ``daily`` does, timing each workflow's scrape and its
processors apart. The figure is the processors' time: Phases 2-5 in the morning and again before the
games, Phases 2-3 and the grading after them. ``--profile`` prints where that time goes (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.backfill import run_backfill
from nbaprops.orchestration.daily import WORKFLOWS
from nbaprops.orchestration.daily_run import run_workflow
from nbaprops.scrapers.backfill import make_scrape_fn
from nbaprops.scrapers.workflows import make_workflow_scrape

FIRST = date(2024, 10, 22)
DATA = Path(__file__).parent / ".data" / "daily"


def settings(home: Path) -> Settings:
    return Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                    object_store_url=str(home / "raw"))


def ensure_history(days: int) -> Path:
    """A backfilled home (phases 1-5) of the season's first ``days`` days, built once."""
    home = DATA / f"first-{days}-days"
    if (home / "done").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    env = open_environment(settings(home))
    began = time.perf_counter()
    try:
        result = run_backfill(env, FIRST, FIRST + timedelta(days=days - 1), [1, 2, 3, 4, 5],
                              scrape=make_scrape_fn(), log=lambda line: None)
        assert result.ok, result.stopped_at.problems() if result.stopped_at else "?"
    finally:
        env.warehouse.close()
    print(f"history: {days} days backfilled (phases 1-5) in {time.perf_counter() - began:.1f} s")
    (home / "done").write_text("ok\n")
    return home


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history-days", type=int, default=21)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    base = ensure_history(args.history_days)
    day = FIRST + timedelta(days=args.history_days)
    scrape = make_workflow_scrape()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        shutil.copytree(base, home)
        env = open_environment(settings(home))
        scraped: dict[str, float] = {}

        def timed_scrape(env_, workflow, d):
            began = time.perf_counter()
            try:
                return scrape(env_, workflow, d)
            finally:
                scraped[workflow.name] = time.perf_counter() - began

        profiler = cProfile.Profile() if args.profile else None
        rows = []
        try:
            for workflow in WORKFLOWS:
                began = time.perf_counter()
                if profiler is not None:
                    profiler.enable()
                run = run_workflow(env, workflow, day, timed_scrape, log=lambda line: None)
                if profiler is not None:
                    profiler.disable()
                total = time.perf_counter() - began
                assert run.ok, run.failures()
                rows.append((workflow.name, scraped[workflow.name], total - scraped[workflow.name],
                             len(run.changed())))
        finally:
            env.warehouse.close()
    print(f"daily {day} after {args.history_days} days of history (seed 7):")
    print(f"{'workflow':<10} {'scrape s':>9} {'phases s':>9} {'processors that wrote':>22}")
    for name, s, p, n in rows:
        print(f"{name:<10} {s:>9.2f} {p:>9.2f} {n:>22}")
    processing = sum(p for _, _, p, _ in rows)
    print(f"one new date through every phase, after its scrape: {processing:.2f} s "
          f"(target <= 3 s: {'met' if processing <= 3 else 'NOT met'}); morning alone (predictions ready): "
          f"{rows[0][2]:.2f} s")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
