"""Rows as a raw table declares them: typed Arrow columns, required values present, each key once.

A parser's output passes through here before anything reaches the warehouse, so a body that does
not fit its table is refused with the reason, never half-loaded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from nbaprops.orchestration.errors import ParseError
from nbaprops.storage.schema import Table


def check_keys(table: pa.Table, key: Sequence[str]) -> None:
    dupes = duplicate_keys(table, key)
    if dupes:
        raise ParseError(f"{len(dupes)} key(s) appear more than once in one file, e.g. {dupes[0]}")


def duplicate_keys(table: pa.Table, key: Sequence[str]) -> list[dict[str, Any]]:
    """Key values that occur more than once (a file must not describe one row twice). A Counter over
    the key's values: a file has hundreds of rows, where an Arrow group-by's fixed cost dominates."""
    if not key or table.num_rows == 0:
        return []
    counts = Counter(zip(*(table.column(k).to_pylist() for k in key), strict=True))
    return [{**dict(zip(key, values, strict=True)), "count_all": n} for values, n in counts.items() if n > 1]


def rows_table(table: Table, rows: list[dict[str, Any]] | pa.Table, *, check_required: bool = True) -> pa.Table:
    """Rows (dicts, or a table a parser built itself) as the declared content schema, or ParseError.

    Undeclared columns, values of the wrong type and missing required values are refused here, so a
    body that does not fit never reaches the warehouse.
    """
    schema = table.arrow_schema()
    declared = set(schema.names)
    try:
        if isinstance(rows, pa.Table):
            extra = set(rows.column_names) - declared
            if extra:
                raise ParseError(f"parser produced undeclared columns {sorted(extra)}")
            present = set(rows.column_names)
            out = pa.Table.from_arrays([_typed(rows.column(f.name), f.type) if f.name in present
                                        else pa.nulls(rows.num_rows, f.type) for f in schema], schema=schema)
        else:
            for row in rows:
                extra = set(row) - declared
                if extra:
                    raise ParseError(f"parser produced undeclared columns {sorted(extra)}")
            out = pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, ValueError,
            OverflowError) as exc:
        raise ParseError(f"rows do not fit {table.full_name}: {exc}") from None
    for c in table.content_columns:
        if check_required and c.required and out.column(c.name).null_count:
            raise ParseError(f"{out.column(c.name).null_count} rows have no {c.name} (required)")
    return out


def _typed(values: pa.ChunkedArray, type_: pa.DataType) -> pa.ChunkedArray:
    """A column as the declared type (parsers that build typed columns skip the cast's cost)."""
    return values if values.type == type_ else values.cast(type_)


def columns_table(table: Table, columns: dict[str, list[Any]]) -> pa.Table:
    """A parser's columns (name -> values) as Arrow, typed by the table's declaration: parsers of
    large bodies build columns, not a dict per row."""
    return pa.table({f.name: pa.array(columns[f.name], f.type) for f in table.arrow_schema() if f.name in columns})
