"""The warehouse interface every layer above talks to, and the factory that picks an engine.

SQL passed to :meth:`Warehouse.query` uses ``:name`` placeholders and the portable subset that
sqlglot carries to BigQuery; each engine rewrites placeholders for itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

import pyarrow as pa

from nbaprops.storage.schema import Table


class WarehouseError(RuntimeError):
    """A statement the engine refused; carries the table or statement it was about."""


class Warehouse(Protocol):
    """What the framework needs from a warehouse; nothing engine-specific leaks past it."""

    dialect: str

    def ensure_dataset(self, dataset: str) -> None: ...

    def ensure_table(self, table: Table) -> None: ...

    def table_exists(self, full_name: str) -> bool: ...

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def query_arrow(self, sql: str, params: Mapping[str, Any] | None = None) -> pa.Table: ...

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def replace_scope(
        self, table: Table, scope_column: str, scope_values: Sequence[Any], rows: pa.Table
    ) -> int:
        """Atomically delete ``scope_column IN scope_values`` and insert ``rows`` (hash + time added)."""
        ...

    def insert_rows(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> int: ...

    def replace_keys(self, table: Table, key: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> int:
        """Delete rows whose ``key`` values match a new row's, then insert the new rows (bookkeeping upsert)."""
        ...

    def close(self) -> None: ...


def duckdb_path(url: str) -> str:
    """``duckdb:///abs/file.duckdb`` (or ``duckdb:////abs/...``) -> ``/abs/file.duckdb``."""
    path = url.removeprefix("duckdb://")
    return "/" + path.lstrip("/") if path.startswith("//") else path


def open_warehouse(url: str, *, read_only: bool = False) -> Warehouse:
    """``duckdb:///path/to/file.duckdb`` (or ``duckdb://:memory:``), or
    ``bigquery://project[?location=EU]`` (Application Default Credentials; the ``gcp`` extra)."""
    if url.startswith("duckdb://"):
        from nbaprops.storage.duckdb_warehouse import DuckDBWarehouse

        return DuckDBWarehouse(duckdb_path(url), read_only=read_only)
    if url.startswith("bigquery://"):
        from nbaprops.storage.bigquery_warehouse import BigQueryWarehouse

        return BigQueryWarehouse(url, read_only=read_only)
    raise ValueError(f"unknown warehouse URL {url!r}: expected duckdb:///path or bigquery://project")
