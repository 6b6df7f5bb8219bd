"""A simulated warehouse through Phase 4 for the Phase 5 tests (Phases 2-3 built once per session by
``tests.precompute.world``), copied per test module with its own empty object store for models."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.precompute import PROCESSORS as PHASE4
from tests.precompute.world import copy_of, load_phase3, run_all

QUIET = RunOptions(skip_downstream_trigger=True)


@pytest.fixture(scope="session")
def phase4_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("phase4")
    env = load_phase3(home)
    run_all(env, PHASE4, QUIET)
    env.warehouse.close()
    return home


@pytest.fixture(scope="session")
def phase4_copy(phase4_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Environment]:
    def _copy() -> Environment:
        home = tmp_path_factory.mktemp("p5")
        return copy_of(phase4_home, home, store=home / "store")

    return _copy
