"""DuckDB implementation of :class:`~nbaprops.storage.warehouse.Warehouse`: datasets are schemas."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from nbaprops.storage.schema import Table
from nbaprops.storage.warehouse import WarehouseError

DUCKDB_TYPES = {
    "STRING": "VARCHAR",
    "INT64": "BIGINT",
    "FLOAT64": "DOUBLE",
    "BOOL": "BOOLEAN",
    "DATE": "DATE",
    "TIMESTAMP": "TIMESTAMPTZ",
    "JSON": "VARCHAR",
}

_PLACEHOLDER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def _duckdb_sql(sql: str) -> str:
    """``:name`` placeholders -> DuckDB's ``$name`` (``::`` casts are left alone)."""
    return _PLACEHOLDER.sub(r"$\1", sql)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class DuckDBWarehouse:
    dialect = "duckdb"

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = path
        if path not in ("", ":memory:"):
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WarehouseError(f"cannot create the folder of the warehouse {path}: {exc.strerror}. "
                                     "Set NBAPROPS_HOME to a writable folder.") from None
        try:
            self._con = duckdb.connect(path or ":memory:", read_only=read_only)
        except duckdb.IOException as exc:
            raise WarehouseError(_open_error(path, exc)) from exc
        self._con.execute("SET TimeZone = 'UTC'")
        self._lock = threading.RLock()
        self._in_transaction = False
        # tables seen to exist outside a transaction: nothing here drops a table, so each name is asked
        # of the catalog once (a day's run asked ~300 times, a few milliseconds each)
        self._existing: set[str] = set()

    # --- schema -------------------------------------------------------------------------------
    def ensure_dataset(self, dataset: str) -> None:
        with self._lock:
            self._con.execute(f"CREATE SCHEMA IF NOT EXISTS {_quote(dataset)}")

    def ensure_table(self, table: Table) -> None:
        """Create the table if absent; add any declared column the existing table lacks."""
        self.ensure_dataset(table.dataset)
        cols = ",\n  ".join(
            f"{_quote(c.name)} {DUCKDB_TYPES[c.type]}{' NOT NULL' if c.required else ''}"
            for c in table.all_columns
        )
        with self._lock:
            self._con.execute(f"CREATE TABLE IF NOT EXISTS {self._name(table.full_name)} (\n  {cols}\n)")
            existing = {
                r[0]
                for r in self._con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?",
                    [table.dataset, table.name],
                ).fetchall()
            }
            for c in table.all_columns:
                if c.name not in existing:
                    self._con.execute(
                        f"ALTER TABLE {self._name(table.full_name)} ADD COLUMN {_quote(c.name)} {DUCKDB_TYPES[c.type]}"
                    )

    def table_exists(self, full_name: str) -> bool:
        if full_name in self._existing:
            return True
        dataset, name = full_name.split(".", 1)
        with self._lock:
            row = self._con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                [dataset, name],
            ).fetchone()
            found = bool(row and row[0])
            if found and not self._in_transaction:  # a table created in a transaction may yet be rolled back
                self._existing.add(full_name)
        return found

    # --- statements ---------------------------------------------------------------------------
    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        with self._lock:
            cur = self._run(sql, params)
            names = [d[0] for d in cur.description] if cur.description else []
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def query_arrow(self, sql: str, params: Mapping[str, Any] | None = None) -> pa.Table:
        with self._lock:
            try:
                relation = self._con.sql(_duckdb_sql(sql), params=dict(params) if params else None)
            except duckdb.InterruptException:
                raise KeyboardInterrupt from None
            except duckdb.Error as exc:
                raise WarehouseError(f"{exc}\n--- statement (start) ---\n{sql.strip()[:300]}") from exc
            if relation is None:
                return pa.table({})
            for method in ("to_arrow_table", "fetch_arrow_table", "arrow"):  # names differ across versions
                if hasattr(relation, method):
                    return getattr(relation, method)()
            raise WarehouseError("this DuckDB version returns no Arrow tables")

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        with self._lock:
            self._run(sql, params)

    def _run(self, sql: str, params: Mapping[str, Any] | None) -> duckdb.DuckDBPyConnection:
        try:
            return self._con.execute(_duckdb_sql(sql), dict(params) if params else None)
        except duckdb.InterruptException:  # DuckDB's answer to a Ctrl-C during the query: a stop, not a failure
            raise KeyboardInterrupt from None
        except duckdb.Error as exc:
            raise WarehouseError(f"{exc}\n--- statement (start) ---\n{sql.strip()[:300]}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one. Any exception rolls everything back."""
        with self._lock:
            if self._in_transaction:
                yield
                return
            self._con.execute("BEGIN TRANSACTION")
            self._in_transaction = True
            try:
                yield
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            else:
                self._con.execute("COMMIT")
            finally:
                self._in_transaction = False

    # --- writes -------------------------------------------------------------------------------
    def replace_scope(
        self, table: Table, scope_column: str, scope_values: Sequence[Any], rows: pa.Table
    ) -> int:
        """Delete the scope and insert the rows in one transaction; ``data_hash``/``processed_at`` added.

        A failure anywhere (a constraint, a type, the disk) rolls back: the table stays as it was.
        """
        content = [c.name for c in table.content_columns]
        staged = _conform(rows, table)
        hash_expr = self._hash_expr(table.hash_columns)
        target = self._name(table.full_name)
        select_cols = ", ".join(_quote(c) for c in content)
        audit = f", {hash_expr}, now()" if table.audit else ""
        insert_cols = ", ".join(_quote(c) for c in table.column_names)
        view = f"_nbaprops_stage_{threading.get_ident()}"
        with self._lock:
            self._con.register(view, staged)
            try:
                with self.transaction():
                    if scope_values:
                        self._run(
                            f"DELETE FROM {target} WHERE {_quote(scope_column)} IN (SELECT unnest(:values))",
                            {"values": list(scope_values)},
                        )
                    if staged.num_rows:
                        # rows have no order in a table: letting DuckDB append them in any order lets both
                        # cores hash and write (a season of play-by-play: ~20% faster)
                        self._run("SET preserve_insertion_order = false", None)
                        try:
                            self._run(f"INSERT INTO {target} ({insert_cols}) SELECT {select_cols}{audit} "
                                      f"FROM {view}", None)
                        finally:
                            self._run("RESET preserve_insertion_order", None)
            except WarehouseError as exc:
                raise WarehouseError(f"write to {table.full_name} failed and was rolled back: {exc}") from exc
            finally:
                self._con.unregister(view)
        return staged.num_rows

    def insert_rows(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
        """Plain append of dict rows (used for bookkeeping tables such as run history)."""
        data = pa.Table.from_pylist([dict(r) for r in rows], schema=table.arrow_schema(content_only=False))
        if not data.num_rows:
            return 0
        view = f"_nbaprops_rows_{threading.get_ident()}"
        cols = ", ".join(_quote(c) for c in table.column_names)
        with self._lock:
            self._con.register(view, data)
            try:
                self._run(f"INSERT INTO {self._name(table.full_name)} ({cols}) SELECT {cols} FROM {view}", None)
            finally:
                self._con.unregister(view)
        return data.num_rows

    def replace_keys(self, table: Table, key: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> int:
        """Delete rows whose ``key`` values match a new row's, then insert the new rows (bookkeeping upsert)."""
        if not rows:
            return 0
        data = pa.Table.from_pylist([dict(r) for r in rows], schema=table.arrow_schema(content_only=False))
        view = f"_nbaprops_keys_{threading.get_ident()}"
        match = " AND ".join(f"k.{_quote(c)} = t.{_quote(c)}" for c in key)
        cols = ", ".join(_quote(c) for c in table.column_names)
        target = self._name(table.full_name)
        with self._lock:
            self._con.register(view, data)
            try:
                with self.transaction():
                    self._run(f"DELETE FROM {target} t WHERE EXISTS (SELECT 1 FROM {view} k WHERE {match})", None)
                    self._run(f"INSERT INTO {target} ({cols}) SELECT {cols} FROM {view}", None)
            finally:
                self._con.unregister(view)
        return data.num_rows

    def close(self) -> None:
        with self._lock:
            self._con.close()

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _name(full_name: str) -> str:
        return ".".join(_quote(p) for p in full_name.split("."))

    @staticmethod
    def _hash_expr(columns: Sequence[str]) -> str:
        """First 16 hex chars of SHA-256 over the row's content columns in a fixed order, as text joined
        by the unit separator, NULL written as ``\\N``. A third of the cost of hashing the row as JSON
        (which was half of writing a play-by-play season), and as stable: same row, same hash."""
        values = ", ".join(f"coalesce(CAST({_quote(c)} AS VARCHAR), '\\N')" for c in columns)
        return f"substr(sha256(concat_ws(chr(31), {values})), 1, 16)"


def _conform(rows: pa.Table, table: Table) -> pa.Table:
    """Cast to the declared content schema: missing columns become NULL, extra ones are refused."""
    schema = table.arrow_schema()
    extra = set(rows.column_names) - set(schema.names)
    if extra:
        raise WarehouseError(f"{table.full_name}: rows carry undeclared columns {sorted(extra)}")
    arrays = []
    for f in schema:
        if f.name in rows.column_names:
            arr = rows.column(f.name)
            arrays.append(arr if arr.type == f.type else arr.cast(f.type))
        else:
            arrays.append(pa.nulls(rows.num_rows, f.type))
    staged = pa.Table.from_arrays(arrays, schema=pa.schema([pa.field(f.name, f.type) for f in schema]))
    return _in_large_batches(staged)


# DuckDB scans an Arrow table batch by batch and pays for each: rows built one small table per file or
# date (a few hundred rows each) insert 40% slower than the same rows in batches of this size or more.
# Phase 2's pooled parses already arrive in large batches (raw.parsing.ParsedObjects); this covers the rest.
LARGE_BATCH_ROWS = 2048


def _in_large_batches(rows: pa.Table) -> pa.Table:
    """The rows in one batch when they came in many small ones (one copy, ~0.2 s for 500 MB)."""
    batches = rows.to_batches()
    if len(batches) < 2 or rows.num_rows / len(batches) >= LARGE_BATCH_ROWS:
        return rows
    return pa.Table.from_batches([pa.concat_batches(batches)], schema=rows.schema)


def _open_error(path: str, exc: Exception) -> str:
    """Why the file would not open, in words an operator can act on (a lock is not a read-only folder)."""
    text = str(exc)
    if "lock" in text.lower() and "conflicting" in text.lower():
        return (f"cannot open the warehouse {path}: another nbaprops process is writing to it (DuckDB allows "
                f"one writer). Wait for it to finish, or follow it with its own output.")
    if "Permission denied" in text or "Read-only file system" in text:
        return (f"cannot open the warehouse {path}: the file or its folder is not writable. Set NBAPROPS_HOME "
                f"to a writable folder, or use a read-only command (nbaprops sql).")
    return f"cannot open the warehouse {path}: {text}"
