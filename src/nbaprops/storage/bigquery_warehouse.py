"""BigQuery implementation of :class:`~nbaprops.storage.warehouse.Warehouse` (``bigquery://project``).

- Datasets are BigQuery datasets (created on ``init``, in ``?location=``); tables are created from the
  same declarations as DuckDB's, partitioned by their date column and clustered by their declared
  cluster columns (else their key's, up to BigQuery's four).
- Rows arrive by **load jobs** from Parquet written from the Arrow rows, into a staging table that
  expires by itself; never by streaming inserts, whose buffer blocks ``DELETE`` for about 90 minutes.
- A write is one **multi-statement transaction** run as one job: ``DELETE`` the scope, ``INSERT`` the
  staged rows, plus every other write of the same :meth:`transaction` block, so a date is replaced
  whole or not at all. Writes inside a ``transaction()`` are queued and sent together when it ends
  (the framework never reads inside one).
- SQL is written once in DuckDB's dialect and translated by sqlglot (:mod:`bigquery_sql`).
- ``data_hash`` is computed exactly as the DuckDB warehouse computes it (the same expression, by an
  in-process DuckDB over the staged Arrow rows), so both engines give a row the same hash.

A writing process holds the warehouse's writer lease (:mod:`bigquery_lease`): one writer at a time,
on any machine; readers need none. Credentials come from Application Default Credentials only, and
are never logged. ``?endpoint=URL`` points the client at an emulator (anonymous credentials), as the
tests do with bqemulator.
"""

from __future__ import annotations

import io
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from nbaprops.storage.bigquery_lease import DEFAULT_LEASE_SECONDS, LEASE_TABLE, WriterLease
from nbaprops.storage.bigquery_sql import literals, to_bigquery
from nbaprops.storage.duckdb_warehouse import DuckDBWarehouse, _conform
from nbaprops.storage.schema import Table
from nbaprops.storage.warehouse import WarehouseError

# BigQuery types of the declared column types (JSON stays text, as in DuckDB, so the SQL reads it alike)
BIGQUERY_TYPES = {"STRING": "STRING", "INT64": "INT64", "FLOAT64": "FLOAT64", "BOOL": "BOOL", "DATE": "DATE",
                  "TIMESTAMP": "TIMESTAMP", "JSON": "STRING"}
CLUSTERABLE = {"STRING", "INT64", "DATE", "BOOL", "TIMESTAMP"}
STAGE_PREFIX = "_nbaprops_stage_"
STAGE_LIFETIME = timedelta(hours=6)  # a crashed writer's staging tables expire by themselves


def _bigquery() -> Any:
    try:
        from google.cloud import bigquery
    except ImportError:  # pragma: no cover - depends on the install
        raise WarehouseError("bigquery:// warehouses need the gcp extra: pip install 'nbaprops[gcp]'") from None
    return bigquery


@dataclass(frozen=True)
class BigQueryUrl:
    """``bigquery://project[?location=EU][&lease_wait=SECONDS][&endpoint=http://127.0.0.1:9050]``."""

    project: str
    location: str | None = None
    endpoint: str | None = None  # an emulator's address (anonymous credentials); never set for Google Cloud
    lease_wait: float = 0.0  # how long a writer waits for another writer's lease before failing


def parse_url(url: str) -> BigQueryUrl:
    parts = urlsplit(url)
    if parts.scheme != "bigquery" or not parts.netloc:
        raise ValueError(f"not a BigQuery URL: {url!r} (expected bigquery://project[?location=...])")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    unknown = set(query) - {"location", "endpoint", "lease_wait"}
    if unknown:
        raise ValueError(f"unknown BigQuery URL options {sorted(unknown)} in {url!r} "
                         "(known: location, lease_wait, endpoint)")
    return BigQueryUrl(parts.netloc, query.get("location"), query.get("endpoint"),
                       float(query.get("lease_wait", 0)))


def _q(name: str) -> str:
    return "`" + name.replace("`", "\\`") + "`"


class BigQueryWarehouse:
    dialect = "bigquery"

    def __init__(self, url: str, *, read_only: bool = False, lease_seconds: int = DEFAULT_LEASE_SECONDS) -> None:
        parsed = parse_url(url)
        self.project, self.location, endpoint = parsed.project, parsed.location, parsed.endpoint
        self.read_only = read_only
        bq = _bigquery()
        if endpoint:
            from google.api_core.client_options import ClientOptions
            from google.auth.credentials import AnonymousCredentials

            self.client = bq.Client(project=self.project, location=self.location,
                                    credentials=AnonymousCredentials(),
                                    client_options=ClientOptions(api_endpoint=endpoint))
        else:
            from google.auth.exceptions import DefaultCredentialsError

            try:
                self.client = bq.Client(project=self.project, location=self.location)  # ADC
            except DefaultCredentialsError:
                raise WarehouseError(
                    f"no Google credentials for {url}: nbaprops uses Application Default Credentials (run "
                    "`gcloud auth application-default login`, or run as a service account)") from None
        self._datasets: set[str] = set()
        self._lock = threading.RLock()
        self._dml = threading.Lock()  # one write job at a time (see _script)
        self._pending: list[str] | None = None
        self._stages: list[str] = []
        self.lease: WriterLease | None = None
        self._lease_seconds, self._lease_wait = lease_seconds, parsed.lease_wait

    def claim_writer(self) -> None:
        """Take the writer lease: one writing process at a time, on any machine. The first write of a
        process calls it, so commands that only read (status, history, sql), even after the implicit
        ``init`` (idempotent DDL), never wait for a backfill."""
        with self._lock:
            if self.lease is not None:
                return
            if self.read_only:
                raise WarehouseError("this warehouse was opened read-only")
            self.ensure_table(LEASE_TABLE)
            lease = WriterLease(lambda sql: [dict(r.items()) for r in self._job(sql, sql)],
                                self._name(LEASE_TABLE.full_name), self._lease_seconds)
            lease.acquire(wait=self._lease_wait)
            self.lease = lease

    # --- schema -------------------------------------------------------------------------------
    def ensure_dataset(self, dataset: str) -> None:
        if dataset in self._datasets:
            return
        bq = _bigquery()
        ds = bq.Dataset(f"{self.project}.{dataset}")
        if self.location:
            ds.location = self.location
        self._call(lambda: self.client.create_dataset(ds, exists_ok=True), f"create dataset {dataset}")
        self._datasets.add(dataset)

    def ensure_table(self, table: Table) -> None:
        """Create the table (partitioned, clustered) if absent; add any declared column it lacks."""
        from google.api_core.exceptions import NotFound

        self.ensure_dataset(table.dataset)
        ref = self._ref(table.full_name)
        try:
            existing = self.client.get_table(ref)
        except NotFound:
            self._call(lambda: self.client.create_table(self._table_resource(table), exists_ok=True),
                       f"create table {table.full_name}")
            return
        have = {f.name for f in existing.schema}
        missing = [c for c in table.all_columns if c.name not in have]
        if missing:
            bq = _bigquery()
            existing.schema = [*existing.schema, *(bq.SchemaField(c.name, BIGQUERY_TYPES[c.type]) for c in missing)]
            self._call(lambda: self.client.update_table(existing, ["schema"]), f"add columns to {table.full_name}")

    def _table_resource(self, table: Table, name: str | None = None) -> Any:
        bq = _bigquery()
        resource = bq.Table(self._ref(name or table.full_name), schema=self._schema(table))
        types = {c.name: c.type for c in table.all_columns}
        if name is None:
            if table.partition and types[table.partition] in ("DATE", "TIMESTAMP"):
                resource.time_partitioning = bq.TimePartitioning(field=table.partition)
            elif table.partition and types[table.partition] == "INT64":  # a season year
                resource.range_partitioning = bq.RangePartitioning(
                    field=table.partition, range_=bq.PartitionRange(start=1946, end=2200, interval=1))
            cluster = [c for c in (table.cluster or table.key) if c != table.partition and types[c] in CLUSTERABLE]
            resource.clustering_fields = cluster[:4] or None
            resource.description = table.description or None
        else:
            resource.expires = datetime.now(UTC) + STAGE_LIFETIME
        return resource

    @staticmethod
    def _schema(table: Table) -> list[Any]:
        bq = _bigquery()
        return [bq.SchemaField(c.name, BIGQUERY_TYPES[c.type], mode="REQUIRED" if c.required else "NULLABLE",
                               description=c.description or None) for c in table.all_columns]

    def table_exists(self, full_name: str) -> bool:
        from google.api_core.exceptions import NotFound

        try:
            self.client.get_table(self._ref(full_name))
        except NotFound:
            return False
        return True

    # --- statements ---------------------------------------------------------------------------
    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self._job(to_bigquery(sql, params), sql)
        return [dict(row.items()) for row in result]

    def query_arrow(self, sql: str, params: Mapping[str, Any] | None = None) -> pa.Table:
        result = self._job(to_bigquery(sql, params), sql)
        try:
            return result.to_arrow(create_bqstorage_client=False)
        except Exception as exc:
            raise WarehouseError(f"reading the result failed: {exc}") from exc

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        self._write([to_bigquery(sql, params)])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside are queued and run as one multi-statement transaction when the block ends;
        an exception in the block sends nothing. Nested blocks join the outer one."""
        with self._lock:
            if self._pending is not None:
                yield
                return
            self._pending = []
            try:
                yield
                statements, self._pending = self._pending, None
                if statements:
                    self._script(statements)
            finally:
                self._pending = None
                self._drop_stages()

    # --- writes -------------------------------------------------------------------------------
    def replace_scope(
        self, table: Table, scope_column: str, scope_values: Sequence[Any], rows: pa.Table
    ) -> int:
        """Delete ``scope_column IN scope_values`` and insert ``rows`` in one transaction (hash + time added)."""
        staged = _conform(rows, table)
        statements = []
        if scope_values:
            statements.append(f"DELETE FROM {self._name(table.full_name)} WHERE {_q(scope_column)} IN "
                              f"{literals(list(dict.fromkeys(scope_values)))}")
        stages = [self._stage(table, _with_audit(staged, table))] if staged.num_rows else []
        statements += [self._insert_from(table, stage) for stage in stages]
        try:
            self._write(statements, stages)
        except WarehouseError as exc:
            raise WarehouseError(f"write to {table.full_name} failed and was rolled back: {exc}") from exc
        return staged.num_rows

    def insert_rows(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
        """Append dict rows (bookkeeping tables such as the run history), through a load job."""
        data = pa.Table.from_pylist([dict(r) for r in rows], schema=table.arrow_schema(content_only=False))
        if not data.num_rows:
            return 0
        stage = self._stage(table, data)
        self._write([self._insert_from(table, stage)], [stage])
        return data.num_rows

    def replace_keys(self, table: Table, key: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> int:
        """Delete rows whose ``key`` values match a new row's, then insert the new rows (bookkeeping upsert)."""
        if not rows:
            return 0
        data = pa.Table.from_pylist([dict(r) for r in rows], schema=table.arrow_schema(content_only=False))
        stage = self._stage(table, data)
        match = " AND ".join(f"k.{_q(c)} = t.{_q(c)}" for c in key)
        self._write([
            f"DELETE FROM {self._name(table.full_name)} t WHERE EXISTS "
            f"(SELECT 1 FROM {self._name(stage)} k WHERE {match})",
            self._insert_from(table, stage),
        ], [stage])
        return data.num_rows

    def close(self) -> None:
        with self._lock:
            self._drop_stages()
            if self.lease is not None:
                self.lease.release()
                self.lease = None
            self.client.close()

    # --- helpers ------------------------------------------------------------------------------
    def _ref(self, full_name: str) -> str:
        return f"{self.project}.{full_name}"

    def _name(self, full_name: str) -> str:
        return ".".join(_q(p) for p in full_name.split("."))

    def _insert_from(self, table: Table, stage: str) -> str:
        cols = ", ".join(_q(c) for c in table.column_names)
        return f"INSERT INTO {self._name(table.full_name)} ({cols}) SELECT {cols} FROM {self._name(stage)}"

    def _stage(self, table: Table, data: pa.Table) -> str:
        """Load ``data`` (every column of ``table``) into a new staging table by a Parquet load job; its name.

        The caller drops it after the statement that reads it ran (:meth:`_write`)."""
        self.claim_writer()
        name = f"{table.dataset}.{STAGE_PREFIX}{table.name}_{uuid.uuid4().hex[:12]}"
        bq = _bigquery()
        self._call(lambda: self.client.create_table(self._table_resource(table, name)), f"create {name}")
        buf = io.BytesIO()
        pq.write_table(data, buf)
        buf.seek(0)
        config = bq.LoadJobConfig(source_format=bq.SourceFormat.PARQUET,
                                  write_disposition=bq.WriteDisposition.WRITE_APPEND)
        try:
            self._call(lambda: self.client.load_table_from_file(buf, self._ref(name), job_config=config).result(),
                       f"load into {table.full_name}")
        except WarehouseError:
            self._drop([name])
            raise
        return name

    def _write(self, statements: list[str], stages: Sequence[str] = ()) -> None:
        """Run the statements as one transaction now, or queue them (and their staging tables) in the
        transaction this thread holds open. Each write drops only its own staging tables: threads share
        a warehouse (Phase 1's scrapers log through it)."""
        self.claim_writer()
        if self.lease is not None and self.lease.lost:
            raise WarehouseError(f"this process lost its writer lease (it was not renewed for {self.lease.seconds} s "
                                 "and another process took it): nothing more is written")
        with self._lock:
            if self._pending is not None:
                self._pending.extend(statements)
                self._stages.extend(stages)
                return
        try:
            if statements:
                self._script(statements)
        finally:
            self._drop(stages)

    def _script(self, statements: list[str]) -> None:
        """Run the writes as one transaction. This process's writes go one at a time: BigQuery aborts a
        transaction that mutates a table another transaction is mutating (threads share this warehouse:
        Phase 1's scrapers, parallel processors), and other processes never write (the lease)."""
        body = ";\n".join(statements)
        sql = body if len(statements) == 1 else f"BEGIN TRANSACTION;\n{body};\nCOMMIT TRANSACTION"
        with self._dml:
            self._job(sql, body)

    def _job(self, sql: str, original: str) -> Any:
        try:
            return self.client.query(sql).result()
        except Exception as exc:
            message = getattr(exc, "message", None) or str(exc)
            raise WarehouseError(f"{message}\n--- statement (start) ---\n{original.strip()[:300]}") from exc

    def _drop_stages(self) -> None:
        with self._lock:
            stages, self._stages = self._stages, []
        self._drop(stages)

    def _drop(self, stages: Sequence[str]) -> None:
        for name in stages:
            self.client.delete_table(self._ref(name), not_found_ok=True)

    @staticmethod
    def _call(fn: Any, what: str) -> Any:
        try:
            return fn()
        except Exception as exc:
            message = getattr(exc, "message", None) or str(exc)
            raise WarehouseError(f"{what} failed: {message}") from exc


def _with_audit(staged: pa.Table, table: Table) -> pa.Table:
    """The rows with ``data_hash`` and ``processed_at`` filled as the DuckDB warehouse fills them."""
    if not table.audit:
        return staged
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.register("staged", staged)
        cols = ", ".join(f'"{c}"' for c in staged.column_names)
        relation = con.sql(f"SELECT {cols}, {DuckDBWarehouse._hash_expr(table.hash_columns)} AS data_hash, "
                           f"now() AS processed_at FROM staged")
        out = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
    finally:
        con.close()
    return out.cast(table.arrow_schema(content_only=False))
