"""Table declarations: each table's columns, key and partition are written once, here in code.

Engines render their own DDL from these; processors validate their rows against them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import pyarrow as pa

ColumnType = Literal["STRING", "INT64", "FLOAT64", "BOOL", "DATE", "TIMESTAMP", "JSON"]

ARROW_TYPES: dict[str, pa.DataType] = {
    "STRING": pa.string(),
    "INT64": pa.int64(),
    "FLOAT64": pa.float64(),
    "BOOL": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us", tz="UTC"),
    "JSON": pa.string(),
}

# Columns the framework fills on every processor output row; processors never set them.
AUDIT_COLUMNS = ("data_hash", "processed_at")


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    required: bool = False
    description: str = ""


def col(name: str, type_: ColumnType = "STRING", required: bool = False, description: str = "") -> Column:
    """Short constructor so table declarations read as a list of columns."""
    return Column(name, type_, required, description)


@dataclass(frozen=True)
class Table:
    """A warehouse table: ``dataset.name``, columns, unique key, partition column.

    ``audit=True`` appends ``data_hash`` and ``processed_at`` (filled by the framework on write).
    """

    dataset: str
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    partition: str | None = None
    cluster: tuple[str, ...] = ()
    description: str = ""
    audit: bool = True
    all_columns: tuple[Column, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        cols = list(self.columns)
        if self.audit:
            cols += [Column("data_hash", "STRING", True), Column("processed_at", "TIMESTAMP", True)]
        names = [c.name for c in cols]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError(f"{self.full_name}: duplicate columns {sorted(dupes)}")
        for name in (*self.key, *([self.partition] if self.partition else []), *self.cluster):
            if name not in names:
                raise ValueError(f"{self.full_name}: key/partition column {name!r} is not declared")
        object.__setattr__(self, "all_columns", tuple(cols))

    @property
    def full_name(self) -> str:
        return f"{self.dataset}.{self.name}"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.all_columns)

    @cached_property
    def content_columns(self) -> tuple[Column, ...]:
        """Columns a processor fills: everything but the audit columns."""
        return tuple(c for c in self.all_columns if c.name not in AUDIT_COLUMNS or not self.audit)

    @property
    def hash_columns(self) -> tuple[str, ...]:
        """Columns that define a row's content for ``data_hash``: content minus load bookkeeping."""
        skip = {"source_file_path", "processed_at", "data_hash", "loaded_at"}
        return tuple(c.name for c in self.content_columns if c.name not in skip)

    def arrow_schema(self, *, content_only: bool = True) -> pa.Schema:
        return self._content_schema if content_only else self._full_schema

    # built once per table: parsers ask for the schema once per file
    @cached_property
    def _content_schema(self) -> pa.Schema:
        return _schema(self.content_columns)

    @cached_property
    def _full_schema(self) -> pa.Schema:
        return _schema(self.all_columns)


def _schema(columns: tuple[Column, ...]) -> pa.Schema:
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.type], nullable=not c.required) for c in columns])
