"""Every SQL processor's statement (includes expanded) is written once, in DuckDB's dialect, and
translated by sqlglot for BigQuery: it must translate with nothing unsupported, read exactly the tables
it reads on DuckDB, and run on the BigQuery emulator (Phase 3's in the end-to-end test, on data)."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.config import Settings
from nbaprops.definitions import DEFINITIONS, open_environment
from nbaprops.orchestration.sql_processor import SqlCompute
from nbaprops.orchestration.sql_reads import tables_read
from nbaprops.storage.bigquery_sql import to_bigquery
from nbaprops.storage.warehouse import WarehouseError, open_warehouse

SQL_PROCESSORS = [p for p in DEFINITIONS.processors if isinstance(p.compute, SqlCompute)]
PARAMS = {"start_date": date(2024, 11, 1), "end_date": date(2024, 11, 3)}


def test_there_are_sql_processors_in_every_later_phase():
    assert {p.phase for p in SQL_PROCESSORS} >= {3, 4, 5}


@pytest.mark.parametrize("processor", SQL_PROCESSORS, ids=lambda p: p.name)
def test_the_statement_translates_and_reads_the_same_tables(processor):
    sql = to_bigquery(processor.compute.sql, PARAMS)
    assert "CAST('2024-11-01' AS DATE)" in sql  # to_bigquery refuses a placeholder left without a value
    assert tables_read(sql, dialect="bigquery") == processor.compute.tables_read()


def test_placeholders_become_escaped_literals_and_a_missing_one_is_refused():
    sql = to_bigquery("SELECT :a AS a, :b AS b, :c AS c", {"a": "it's", "b": None, "c": date(2024, 1, 2)})
    assert sql == "SELECT 'it\\'s' AS a, NULL AS b, CAST('2024-01-02' AS DATE) AS c"
    with pytest.raises(WarehouseError, match="no value for the parameters"):
        to_bigquery("SELECT :a AS a", {})


@pytest.fixture(scope="module")
def bq_env(bq_emulator, tmp_path_factory):
    home = tmp_path_factory.mktemp("bq_sql")
    env = open_environment(Settings(home=home, warehouse_url=f"bigquery://sql-processors?endpoint={bq_emulator}",
                                    object_store_url=str(home / "raw")))
    yield env
    env.warehouse.close()


# Phase 3's statements run on the emulator, on data, in test_bigquery_end_to_end (with DuckDB's results)
@pytest.mark.backends
@pytest.mark.parametrize("processor", [p for p in SQL_PROCESSORS if p.phase > 3], ids=lambda p: p.name)
def test_the_statement_runs_on_the_bigquery_emulator(bq_env, processor):
    rows = bq_env.warehouse.query_arrow(processor.compute.sql, PARAMS)
    assert set(rows.column_names) == {c.name for c in processor.table.content_columns}


@pytest.mark.backends
def test_translated_constructs_mean_what_they_mean_on_duckdb(bq_env, tmp_path):
    sql = ("SELECT '[' || concat_ws(',', CASE WHEN 1 = 2 THEN '\"a\"' END, '\"b\"', NULL, '\"c\"') || ']' AS listed, "
           "concat_ws(',', CASE WHEN 1 = 2 THEN 'a' END) AS nothing, :day AS day, :none AS none, "
           "greatest(-2, least(2, CAST(NULL AS BIGINT) - 1)) AS clamped, "
           "least(CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)) AS no_least, greatest(3, 7, CAST(NULL AS BIGINT)) AS top")
    params = {"day": date(2024, 11, 1), "none": None}
    duck = open_warehouse(f"duckdb:///{tmp_path / 'd.duckdb'}")
    expected = [{"listed": '["b","c"]', "nothing": "", "day": date(2024, 11, 1), "none": None, "clamped": 2,
                 "no_least": None, "top": 7}]
    assert duck.query(sql, params) == expected
    assert bq_env.warehouse.query(sql, params) == expected
    duck.close()
