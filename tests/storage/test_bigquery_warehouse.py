"""The BigQuery warehouse against bqemulator (the official client on 127.0.0.1): datasets and partitioned,
clustered tables on init, a date scope replaced in one transaction, loads (never streaming), the same
``data_hash`` as DuckDB, and a real Phase 2 load through it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date

import pyarrow as pa
import pytest

from nbaprops.config import Settings
from nbaprops.definitions import DATASETS, open_environment
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.raw.nbac_team_boxscore import PROCESSOR as TEAM_BOXSCORE
from nbaprops.storage.bigquery_warehouse import BigQueryUrl, BigQueryWarehouse, parse_url
from nbaprops.storage.schema import Table, col
from nbaprops.storage.warehouse import WarehouseError, open_warehouse
from tests.conftest import fixture_bytes

pytestmark = pytest.mark.backends

T = Table("nba_raw", "t", (col("game_date", "DATE", True), col("k", "STRING", True), col("v", "INT64"),
                           col("x", "FLOAT64"), col("at", "TIMESTAMP")),
          key=("game_date", "k"), partition="game_date", cluster=("k",))
D1, D2 = date(2024, 1, 1), date(2024, 1, 2)
ROWS = "SELECT game_date, k, v FROM nba_raw.t ORDER BY game_date, k"


def _rows(*items: tuple[date, str, int]) -> pa.Table:
    return pa.table({"game_date": [i[0] for i in items], "k": [i[1] for i in items], "v": [i[2] for i in items]})


@pytest.fixture
def wh(bigquery_url):
    warehouse = open_warehouse(bigquery_url)
    assert isinstance(warehouse, BigQueryWarehouse)
    warehouse.ensure_table(T)
    yield warehouse
    warehouse.close()


def test_the_url_names_project_location_and_an_emulator():
    assert parse_url("bigquery://my-proj") == BigQueryUrl("my-proj")
    assert parse_url("bigquery://my-proj?location=EU&lease_wait=420") == BigQueryUrl("my-proj", "EU", None, 420.0)
    with pytest.raises(ValueError, match="unknown BigQuery URL options"):
        parse_url("bigquery://p?credentials=/tmp/key.json")


def test_init_creates_every_dataset_and_partitioned_clustered_tables(bigquery_url, tmp_path):
    env = open_environment(Settings(home=tmp_path, warehouse_url=bigquery_url, object_store_url=str(tmp_path / "raw")))
    client = env.warehouse.client
    assert {d.dataset_id for d in client.list_datasets()} >= set(DATASETS)
    box = client.get_table(f"{env.warehouse.project}.nba_raw.nbac_team_boxscore")
    assert box.time_partitioning.field == "game_date"
    assert box.clustering_fields == ["game_id", "team_abbr", "is_home"]
    assert {f.name: f.field_type for f in box.schema}["processed_at"] == "TIMESTAMP"
    env.warehouse.close()
    again = open_environment(Settings(home=tmp_path, warehouse_url=bigquery_url, object_store_url=str(tmp_path / "r")))
    again.warehouse.close()  # init is idempotent


def test_replace_scope_swaps_dates_and_keeps_the_others(wh):
    wh.replace_scope(T, "game_date", [D1, D2], _rows((D1, "a", 1), (D2, "b", 2)))
    wh.replace_scope(T, "game_date", [D1], _rows((D1, "a", 5), (D1, "c", 6)))
    assert wh.query(ROWS) == [{"game_date": D1, "k": "a", "v": 5}, {"game_date": D1, "k": "c", "v": 6},
                              {"game_date": D2, "k": "b", "v": 2}]
    wh.replace_scope(T, "game_date", [D2], _rows())  # an empty scope deletes the date
    assert wh.query("SELECT count(*) AS n FROM nba_raw.t WHERE game_date = :d", {"d": D2}) == [{"n": 0}]
    staging = [t.table_id for t in wh.client.list_tables(f"{wh.project}.nba_raw")]
    assert staging == ["t"]  # the load jobs' staging tables are gone


def test_the_row_hash_is_the_one_duckdb_computes(wh, tmp_path):
    rows = pa.table({"game_date": [D1, D1], "k": ["a", "b"], "v": [1, None], "x": [0.1, 2.0],
                     "at": pa.array([None, 1_700_000_000_000_000], pa.timestamp("us", tz="UTC"))})
    duck = open_warehouse(f"duckdb:///{tmp_path / 'w.duckdb'}")
    duck.ensure_table(T)
    for warehouse in (wh, duck):
        warehouse.replace_scope(T, "game_date", [D1], rows)
    sql = "SELECT k, data_hash FROM nba_raw.t ORDER BY k"
    assert wh.query(sql) == duck.query(sql)
    duck.close()


def test_a_failure_inside_the_transaction_leaves_every_table_as_it_was(wh):
    wh.replace_scope(T, "game_date", [D1], _rows((D1, "a", 1)))
    with pytest.raises(WarehouseError), wh.transaction():
        wh.replace_scope(T, "game_date", [D1], _rows((D1, "z", 9)))
        wh.execute("DELETE FROM nba_raw.no_such_table WHERE true")  # fails after the swap ran in the script
    assert wh.query(ROWS) == [{"game_date": D1, "k": "a", "v": 1}]
    with pytest.raises(RuntimeError), wh.transaction():
        wh.replace_scope(T, "game_date", [D1], _rows((D1, "z", 9)))
        raise RuntimeError("the caller failed before the end of the block")
    assert wh.query(ROWS) == [{"game_date": D1, "k": "a", "v": 1}]


def test_bookkeeping_appends_and_upserts_by_key(wh):
    table = Table("nba_orchestration", "book", (col("id", "STRING", True), col("n", "INT64")), key=("id",),
                  audit=False)
    wh.ensure_table(table)
    assert wh.insert_rows(table, [{"id": "a", "n": 1}, {"id": "b", "n": 2}]) == 2
    wh.replace_keys(table, ["id"], [{"id": "b", "n": 20}, {"id": "c", "n": 30}])
    assert wh.query("SELECT id, n FROM nba_orchestration.book ORDER BY id") == [
        {"id": "a", "n": 1}, {"id": "b", "n": 20}, {"id": "c", "n": 30}]


def test_one_writer_at_a_time_while_readers_read(bigquery_url, wh):
    wh.replace_scope(T, "game_date", [D1], _rows((D1, "a", 1)))  # the first write takes the lease
    other = open_warehouse(bigquery_url)  # opening (and init's DDL) needs no lease: status, history, sql
    assert other.query(ROWS) == [{"game_date": D1, "k": "a", "v": 1}]
    with pytest.raises(WarehouseError, match="another nbaprops process is writing") as refused:
        other.replace_scope(T, "game_date", [D1], _rows((D1, "b", 2)))
    assert f"pid {os.getpid()}" in str(refused.value)  # says who holds it
    assert wh.query(ROWS) == [{"game_date": D1, "k": "a", "v": 1}]
    wh.close()  # released on close
    other.replace_scope(T, "game_date", [D1], _rows((D1, "b", 2)))
    other.close()


def test_status_and_history_read_while_a_backfill_holds_the_lease(bigquery_url, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from nbaprops.cli.main import app

    settings = Settings(home=tmp_path, warehouse_url=bigquery_url, object_store_url=str(tmp_path / "raw"))
    writer = open_environment(settings)  # as a backfill's: initialised, then writing
    writer.warehouse.claim_writer()
    for name, value in (("NBAPROPS_HOME", tmp_path), ("NBAPROPS_WAREHOUSE", bigquery_url),
                        ("NBAPROPS_OBJECT_STORE", tmp_path / "raw")):
        monkeypatch.setenv(name, str(value))
    history = CliRunner().invoke(app, ["history", "--json"])
    assert history.exit_code == 0, history.output
    assert json.loads(history.stdout) == []
    status = CliRunner().invoke(app, ["status", "--start-date", "2024-10-22", "--end-date", "2024-10-23", "--json"])
    assert status.exit_code in (0, 1), status.output  # 1: nothing loaded yet; never the lease's refusal
    assert "another nbaprops process" not in status.output
    writer.warehouse.close()


def test_a_live_writer_renews_its_lease(bigquery_url):
    writer = BigQueryWarehouse(bigquery_url, lease_seconds=3)  # renewed every second
    writer.claim_writer()
    time.sleep(3.5)  # past the lease: only the heartbeat keeps it
    with pytest.raises(WarehouseError, match="another nbaprops process"):
        open_warehouse(bigquery_url).claim_writer()
    assert not writer.lease.lost
    writer.close()


def test_a_killed_writers_lease_expires(bigquery_url):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from nbaprops.storage.bigquery_warehouse import BigQueryWarehouse; "
         "BigQueryWarehouse(sys.argv[1], lease_seconds=3).claim_writer(); print('held', flush=True); time.sleep(60)",
         bigquery_url],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
    finally:
        holder.kill()  # SIGKILL: no release, no more renewals
        holder.wait()
    with pytest.raises(WarehouseError, match="another nbaprops process"):
        open_warehouse(bigquery_url).claim_writer()
    started = time.monotonic()
    waiting = open_warehouse(f"{bigquery_url}&lease_wait=20")
    waiting.claim_writer()  # waits the dead holder's lease out, no longer
    assert time.monotonic() - started < 10
    waiting.close()


def test_a_read_only_warehouse_refuses_writes(bigquery_url, wh):
    reader = open_warehouse(bigquery_url, read_only=True)
    with pytest.raises(WarehouseError, match="read-only"):
        reader.replace_scope(T, "game_date", [D1], _rows((D1, "a", 1)))
    assert reader.query(ROWS) == []
    reader.close()


def test_phase_2_loads_a_real_response_into_bigquery(bigquery_url, tmp_path, monkeypatch):
    monkeypatch.setenv("NBAPROPS_HOME", str(tmp_path))
    env = open_environment(Settings(home=tmp_path, warehouse_url=bigquery_url, object_store_url=str(tmp_path / "raw")))
    env.store.write("nba-com/schedule/2024-25/20250101_000000.json",
                    fixture_bytes("nbac_schedule_api/raw_80cb1fd6.json.gz"))
    env.store.write("nba-com/team-boxscore/2025-01-15/0022400561/20250116_080000.json",
                    fixture_bytes("nbac_team_boxscore/raw_12f99055.json"))
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    day = date(2025, 1, 15)
    report = run_processor(env, TEAM_BOXSCORE, day, day)
    assert report.ok and report.outcomes[day].records_created == 2
    rows = env.warehouse.query("SELECT team_abbr, points FROM nba_raw.nbac_team_boxscore ORDER BY team_abbr")
    assert rows == [{"team_abbr": "NYK", "points": 125}, {"team_abbr": "PHI", "points": 119}]
    again = run_processor(env, TEAM_BOXSCORE, day, day)
    assert again.outcomes[day].status == "skipped"  # the run history and freshness read back from BigQuery
    history = env.warehouse.query("SELECT status FROM nba_reference.processor_run_history "
                                  "WHERE processor_name = 'nbac_team_boxscore' ORDER BY started_at")
    assert [r["status"] for r in history] == ["success", "skipped"]
    env.warehouse.close()
