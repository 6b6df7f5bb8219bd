"""Shared test fixtures: a real DuckDB file and a real object-store folder per test, and the real
captured API responses, found through one setting (``NBAPROPS_FIXTURES``).

Where the fixtures folder is absent, tests that need it skip with that reason, except under
``CI=true``, where its absence is a failure.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(os.environ.get("NBAPROPS_FIXTURES", REPO.parent / "shared" / "fixtures" / "real")).resolve()


def fixtures_root() -> Path:
    if FIXTURES.is_dir():
        return FIXTURES
    reason = f"real fixtures not found at {FIXTURES} (set NBAPROPS_FIXTURES)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def fixture_bytes(relative: str) -> bytes:
    """The untouched body of a real capture (``.gz`` files are decompressed, as the store holds them)."""
    path = fixtures_root() / relative
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


@pytest.fixture
def fixture() -> Callable[[str], bytes]:
    return fixture_bytes


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        home=tmp_path,
        warehouse_url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}",
        object_store_url=str(tmp_path / "raw"),
    )


@pytest.fixture
def env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Environment]:
    """A fresh warehouse file and object store, initialised; also what the CLI sees in this test."""
    monkeypatch.setenv("NBAPROPS_HOME", str(settings.home))
    monkeypatch.delenv("NBAPROPS_WAREHOUSE", raising=False)
    monkeypatch.delenv("NBAPROPS_OBJECT_STORE", raising=False)
    environment = open_environment(settings)
    yield environment
    environment.warehouse.close()


@pytest.fixture
def put(env: Environment) -> Callable[[str, str], str]:
    """Place a real fixture in the test's object store at a layout path: ``put(fixture, path)``."""

    def _put(relative: str, path: str) -> str:
        return env.store.write(path, fixture_bytes(relative))

    return _put


@pytest.fixture
def seed_schedule(env: Environment) -> Callable[..., None]:
    """Put schedule rows for games the real schedule fixture (2024-25) does not cover.

    ``seed_schedule([(date, away, home, nba_game_id), ...], status=3)``; the rows go through the
    schedule table's declaration like any load.
    """
    import pyarrow as pa

    from nbaprops.ids import game_id, season_label, season_year
    from nbaprops.raw.nbac_schedule import TABLE

    def _seed(games: list[tuple], status: int = 3) -> None:
        rows = []
        for day, away, home, nba_id in games:
            rows.append({
                "game_id": game_id(day, away, home), "nba_game_id": nba_id, "game_code": f"{day:%Y%m%d}/{away}{home}",
                "season": season_label(season_year(day)), "season_year": season_year(day),
                "game_type": "Regular Season", "game_date": day, "game_status": status,
                "home_team_id": 0, "home_team_tricode": home, "home_team_name": home,
                "away_team_id": 0, "away_team_tricode": away, "away_team_name": away,
                "is_regular_season": True, "is_play_in": False, "is_playoffs": False,
                "data_source": "test_seed", "source_file_path": "test/seed",
            })
        env.warehouse.replace_scope(TABLE, "game_id", [r["game_id"] for r in rows],
                                    pa.Table.from_pylist(rows, schema=TABLE.arrow_schema()))

    return _seed
