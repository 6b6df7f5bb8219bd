"""The project's SQL (DuckDB dialect, ``:name`` placeholders) as BigQuery runs it, through sqlglot.

Every statement is written once, in DuckDB's dialect, and translated here for BigQuery. Parameters are
inlined as typed literals rendered by sqlglot (quoted and escaped by it, never by string pasting):
BigQuery scripts, which the writes run as one transaction, take them the same way as single
queries, and a ``NULL`` needs no declared type.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import ErrorLevel

from nbaprops.storage.duckdb_warehouse import _duckdb_sql as duckdb_sql
from nbaprops.storage.warehouse import WarehouseError


@functools.lru_cache(maxsize=512)
def _parsed(sql: str) -> tuple[exp.Expression, ...]:
    try:
        # ``:name`` as DuckDB's ``$name`` first (the DuckDB warehouse's own rewrite): sqlglot reads a
        # leading ``:name`` in a select list as a JSON path, ``$name`` always as a placeholder
        return tuple(e for e in sqlglot.parse(duckdb_sql(sql), read="duckdb") if e is not None)
    except sqlglot.errors.SqlglotError as exc:
        raise WarehouseError(f"cannot translate to BigQuery: {exc}\n--- statement (start) ---\n{sql.strip()[:300]}")\
            from exc


def to_bigquery(sql: str, params: Mapping[str, Any] | None = None) -> str:
    """``sql`` in BigQuery's dialect with ``params`` inlined; several statements are joined by ``;``."""
    statements = []
    for parsed in _parsed(sql):
        expression = _inlined(parsed, params) if params else parsed
        expression = expression.transform(_bigquery_semantics)
        missing = [p.name for p in expression.find_all(exp.Placeholder) if p.name]
        if missing:
            raise WarehouseError(f"no value for the parameters {sorted(set(missing))} of: {sql.strip()[:300]}")
        try:
            statements.append(expression.sql(dialect="bigquery", unsupported_level=ErrorLevel.RAISE))
        except sqlglot.errors.SqlglotError as exc:
            raise WarehouseError(f"BigQuery has no translation for part of: {sql.strip()[:300]}\n{exc}") from exc
    return ";\n".join(statements)


def _bigquery_semantics(node: exp.Expression) -> exp.Expression:
    """Where sqlglot's output would mean something else on BigQuery, the construct that means the same.

    - DuckDB's ``concat_ws(sep, a, b, ...)`` skips NULL arguments. BigQuery has no ``CONCAT_WS`` (sqlglot
      writes one, with each argument wrapped in ``COALESCE(x, '')``, which would keep a separator per
      NULL); ``ARRAY_TO_STRING([a, b, ...], sep)`` omits NULL elements and their separators, as DuckDB.
      (An all-NULL list gives ``''`` in DuckDB; the emulator's ARRAY_TO_STRING gives NULL there, hence COALESCE.)
    - DuckDB's ``greatest``/``least`` skip NULL arguments; BigQuery's return NULL if any is NULL. Each
      argument becomes ``COALESCE(it, the others...)``: a NULL takes another argument's value, which
      cannot change the result, and all NULL stays NULL.
    """
    if isinstance(node, (exp.Greatest, exp.Least)) and node.args.get("ignore_nulls"):
        args = [a.transform(_bigquery_semantics) for a in (node.this, *node.expressions)]  # inner ones too
        if len(args) < 2:
            return node
        filled = [exp.Coalesce(this=a.copy(), expressions=[o.copy() for j, o in enumerate(args) if j != i])
                  for i, a in enumerate(args)]
        return type(node)(this=filled[0], expressions=filled[1:])
    if isinstance(node, exp.ConcatWs):
        sep, *args = (a.transform(_bigquery_semantics) for a in node.expressions)
        strings = [a if isinstance(a, exp.Literal) and a.is_string else exp.cast(a, "text") for a in args]
        joined = exp.ArrayToString(this=exp.Array(expressions=strings), expression=sep)
        return exp.Coalesce(this=joined, expressions=[exp.Literal.string("")])  # DuckDB: '' when all are NULL
    return node


def _inlined(expression: exp.Expression, params: Mapping[str, Any]) -> exp.Expression:
    """A copy with each named placeholder that has a value replaced by that value's literal (``None``: NULL)."""

    def replace(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Placeholder) and node.name in params:
            return exp.convert(params[node.name])
        return node

    return expression.transform(replace)


def literal(value: Any) -> str:
    """``value`` as a BigQuery literal, quoted and typed by sqlglot."""
    return exp.convert(value).sql(dialect="bigquery")


def literals(values: Sequence[Any]) -> str:
    """``(v1, v2, ...)`` as BigQuery literals, for ``IN`` lists."""
    return "(" + ", ".join(literal(v) for v in values) + ")"
