"""A simulated warehouse through Phase 4 for the Phase 5 tests (Phases 2-3 built once per session by
``tests.precompute.world``), copied per test module with its own empty object store for models."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.precompute import PROCESSORS as PHASE4
from tests.precompute.world import END, START, load_phase3

QUIET = RunOptions(skip_downstream_trigger=True)


@pytest.fixture(scope="session")
def phase4_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("phase4")
    env = load_phase3(home)
    for proc in PHASE4:
        report = run_processor(env, proc, START, END, options=QUIET)
        assert report.ok, (proc.name, {d: o.errors[:1] for d, o in report.outcomes.items() if o.errors})
    env.warehouse.close()
    return home


@pytest.fixture(scope="session")
def phase4_copy(phase4_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Environment]:
    def _copy() -> Environment:
        home = tmp_path_factory.mktemp("p5")
        shutil.copy(phase4_home / "warehouse.duckdb", home / "warehouse.duckdb")
        return open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                                         object_store_url=str(home / "store")))

    return _copy
