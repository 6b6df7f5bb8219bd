"""A few simulated weeks through Phases 2 and 3, the way production loads them, for Phase 4 tests.

Built once per test module (scrapers against the in-process simulator, the real raw and analytics
processors into a real DuckDB file); Phase 4 tests then run the real runner on top of it.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from nbaprops.analytics import PROCESSORS as PHASE3
from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.declarations import Processor
from nbaprops.orchestration.runner import run_processor
from tests.analytics.simulated import load_simulated

START, END = date(2024, 10, 22), date(2024, 11, 12)
QUIET = RunOptions(backfill_mode=True, skip_downstream_trigger=True)


def load_phase3(home: Path, start: date = START, end: date = END) -> Environment:
    """Phases 2 and 3 of the simulated league over ``start..end`` in a warehouse under ``home``."""
    env = load_simulated(home, start, end)
    for proc in PHASE3:
        report = run_processor(env, proc, start, end, options=QUIET)
        assert report.ok, (proc.name, {d: o.errors[:1] for d, o in report.outcomes.items() if o.errors})
    return env


def run_all(env: Environment, processors: Sequence[Processor], options: RunOptions,
            start: date = START, end: date = END) -> None:
    """Run each processor over the simulated weeks; every date must succeed or be skipped by rule."""
    for proc in processors:
        report = run_processor(env, proc, start, end, options=options)
        assert report.ok, (proc.name, {d: o.errors[:1] for d, o in report.outcomes.items() if o.errors})


def copy_of(home: Path, into: Path, store: Path | None = None) -> Environment:
    """A fresh copy of a built warehouse (the object store shared unless another is given)."""
    shutil.copy(home / "warehouse.duckdb", into / "warehouse.duckdb")
    return open_environment(Settings(home=into, warehouse_url=f"duckdb:///{into / 'warehouse.duckdb'}",
                                     object_store_url=str(store or home / "raw")))
