"""The object store on Cloud Storage (fake-gcs-server on 127.0.0.1): the same calls as the local folder,
and Phase 2 loading real captured responses from a bucket."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.raw.nbac_team_boxscore import PROCESSOR as TEAM_BOXSCORE
from nbaprops.storage.gcs_object_store import GcsObjectStore
from nbaprops.storage.object_store import ObjectNotFoundError, open_object_store
from tests.conftest import fixture_bytes

pytestmark = pytest.mark.backends
SCHEDULE_PATH = "nba-com/schedule/2024-25/20250101_000000.json"
SCHEDULE_FIXTURE = "nbac_schedule_api/raw_80cb1fd6.json.gz"


def test_writes_reads_lists_by_prefix_and_quarantines(bucket_url):
    store = open_object_store(bucket_url)
    assert isinstance(store, GcsObjectStore)
    store.write("a/b/2024-01-01/x.json", b"{}")
    store.write("a/b/2024-01-02/y.json", b"[]")
    store.write("a/bc/2024-01-01/z.json", b"1")
    store.write(".nbaprops-origin", b"simulated")
    assert store.list("a/b") == store.list("a/b/") == ["a/b/2024-01-01/x.json", "a/b/2024-01-02/y.json"]
    assert store.list() == ["a/b/2024-01-01/x.json", "a/b/2024-01-02/y.json", "a/bc/2024-01-01/z.json"]
    assert store.list("a/b/2024-01-02/y.json") == ["a/b/2024-01-02/y.json"]
    assert store.list("nothing/here") == []
    assert store.exists("a/b/2024-01-01/x.json") and store.exists("a/b") and not store.exists("a/x")
    assert store.read("a/b/2024-01-02/y.json") == b"[]"
    assert store.uri("a/b/2024-01-02/y.json") == f"{bucket_url}/a/b/2024-01-02/y.json"

    moved = store.quarantine("a/b/2024-01-01/x.json", "bad body")
    assert moved == "quarantine/a/b/2024-01-01/x.json"
    assert store.read(moved) == b"{}"
    assert b"reason: bad body" in store.read(moved + ".reason.txt")
    with pytest.raises(ObjectNotFoundError, match="gs://"):
        store.read("a/b/2024-01-01/x.json")
    store.write("a/b/2024-01-01/x.json", b"{again}")
    assert store.quarantine("a/b/2024-01-01/x.json", "twice").startswith(moved + ".")  # never overwritten
    with pytest.raises(ValueError):
        store.read("../etc/passwd")


def test_the_prefix_keeps_stores_in_one_bucket_apart(bucket_url):
    one, other = open_object_store(bucket_url), open_object_store(bucket_url.removesuffix("/raw") + "/other")
    one.write("x.json", b"1")
    assert other.list() == [] and not other.exists("x.json")
    assert open_object_store(bucket_url.removesuffix("/raw")).list() == ["raw/x.json"]


@pytest.fixture
def gcs_env(bucket_url, tmp_path, monkeypatch):
    """A DuckDB warehouse with its raw objects in the emulator's bucket (what ``NBAPROPS_OBJECT_STORE`` gives)."""
    monkeypatch.setenv("NBAPROPS_HOME", str(tmp_path))
    settings = Settings(home=tmp_path, warehouse_url=f"duckdb:///{tmp_path / 'w.duckdb'}",
                        object_store_url=bucket_url)
    env = open_environment(settings)
    yield env
    env.warehouse.close()


def test_phase_2_loads_real_responses_from_the_bucket(gcs_env):
    store = gcs_env.store
    store.write(SCHEDULE_PATH, fixture_bytes(SCHEDULE_FIXTURE))
    day = date(2025, 1, 15)
    store.write("nba-com/team-boxscore/2025-01-15/0022400561/20250116_080000.json",
                fixture_bytes("nbac_team_boxscore/raw_12f99055.json"))
    assert run_processor(gcs_env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    report = run_processor(gcs_env, TEAM_BOXSCORE, day, day)
    assert report.ok and report.outcomes[day].records_created == 2
    rows = gcs_env.warehouse.query("SELECT team_abbr, points, source_file_path FROM nba_raw.nbac_team_boxscore "
                                   "ORDER BY team_abbr")
    assert [(r["team_abbr"], r["points"]) for r in rows] == [("NYK", 125), ("PHI", 119)]
    assert rows[0]["source_file_path"] == "nba-com/team-boxscore/2025-01-15/0022400561/20250116_080000.json"


def test_phase_2_quarantines_a_bad_body_in_the_bucket(gcs_env):
    store = gcs_env.store
    store.write(SCHEDULE_PATH, fixture_bytes(SCHEDULE_FIXTURE))
    assert run_processor(gcs_env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    path = "nba-com/team-boxscore/2025-01-15/0022400561/20250116_080000.json"
    store.write(path, fixture_bytes("nbac_team_boxscore/raw_12f99055.json")[:3000])
    day = date(2025, 1, 15)
    assert not run_processor(gcs_env, TEAM_BOXSCORE, day, day).ok
    assert not store.exists(path)
    assert store.exists(f"quarantine/{path}") and store.exists(f"quarantine/{path}.reason.txt")
