"""The embedded engines: DuckDB datasets as schemas, portable placeholders, atomic object writes."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from nbaprops.config import Settings
from nbaprops.storage.object_store import ObjectNotFoundError, ObjectStore
from nbaprops.storage.schema import Table, col
from nbaprops.storage.warehouse import open_warehouse

T = Table("nba_raw", "t", (col("game_date", "DATE", True), col("k", "STRING", True), col("v", "INT64")),
          key=("game_date", "k"), partition="game_date")


def test_settings_come_from_env_then_toml_then_defaults(tmp_path):
    (tmp_path / "nbaprops.toml").write_text('[nbaprops]\nobject_store = "/data/objects"\n')
    s = Settings.load(env={"NBAPROPS_HOME": "h"}, cwd=tmp_path)
    assert s.home == tmp_path / "h"
    assert s.warehouse_url == f"duckdb:///{tmp_path / 'h' / 'warehouse.duckdb'}"
    assert s.object_store_url == "/data/objects"
    s2 = Settings.load(env={"NBAPROPS_OBJECT_STORE": "/x"}, cwd=tmp_path)
    assert s2.object_store_url == "/x" and s2.home == tmp_path / "nbaprops_data"


def test_replace_scope_adds_hash_and_time_and_keeps_other_dates(tmp_path):
    wh = open_warehouse(f"duckdb:///{tmp_path / 'w.duckdb'}")
    wh.ensure_table(T)
    d1, d2 = date(2024, 1, 1), date(2024, 1, 2)
    wh.replace_scope(T, "game_date", [d1, d2], pa.table({"game_date": [d1, d2], "k": ["a", "b"], "v": [1, 2]}))
    wh.replace_scope(T, "game_date", [d1], pa.table({"game_date": [d1], "k": ["a"], "v": [5]}))
    rows = wh.query("SELECT game_date, k, v, length(data_hash) AS h FROM nba_raw.t ORDER BY 1")
    assert rows == [{"game_date": d1, "k": "a", "v": 5, "h": 16}, {"game_date": d2, "k": "b", "v": 2, "h": 16}]
    assert wh.query("SELECT count(*) AS n FROM nba_raw.t WHERE game_date = :d", {"d": d2}) == [{"n": 1}]
    wh.close()


def test_undeclared_columns_are_refused(tmp_path):
    wh = open_warehouse(f"duckdb:///{tmp_path / 'w.duckdb'}")
    wh.ensure_table(T)
    with pytest.raises(Exception, match="undeclared columns"):
        wh.replace_scope(T, "game_date", [], pa.table({"game_date": [date(2024, 1, 1)], "k": ["a"], "zz": [1]}))


def test_object_store_writes_reads_lists_and_quarantines(tmp_path):
    store = ObjectStore(str(tmp_path / "raw"))
    store.write("a/b/2024-01-01/x.json", b"{}")
    store.write("a/b/2024-01-02/y.json", b"[]")
    assert store.list("a/b/") == ["a/b/2024-01-01/x.json", "a/b/2024-01-02/y.json"]
    assert store.read("a/b/2024-01-02/y.json") == b"[]"
    moved = store.quarantine("a/b/2024-01-01/x.json", "bad body")
    assert moved == "quarantine/a/b/2024-01-01/x.json"
    assert b"reason: bad body" in store.read(moved + ".reason.txt")
    with pytest.raises(ObjectNotFoundError):
        store.read("a/b/2024-01-01/x.json")
    with pytest.raises(ValueError):
        store.read("../etc/passwd")
