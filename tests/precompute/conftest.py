"""One simulated Phase 3 warehouse per test session (built once, ~30 s), copied per test module."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nbaprops.orchestration.context import Environment
from tests.precompute.world import copy_of, load_phase3


@pytest.fixture(scope="session")
def phase3_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("phase3")
    load_phase3(home).warehouse.close()
    return home


@pytest.fixture(scope="session")
def phase3_copy(phase3_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Environment]:
    """A fresh copy of the simulated warehouse (the object store is shared, read only)."""

    def _copy() -> Environment:
        return copy_of(phase3_home, tmp_path_factory.mktemp("copy"))

    return _copy
