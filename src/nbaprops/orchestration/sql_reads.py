"""The tables a SQL statement reads, found by parsing it (sqlglot), never by reading the declaration.

The assembly point compares this with each processor's declared upstreams and refuses a processor
whose declaration names a table its SQL does not read, or whose SQL reads a table it does not declare:
an undeclared input would be invisible to ordering, triggers, freshness and dependency checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sqlglot
from sqlglot import exp

_PLACEHOLDER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=256)
def tables_read(sql: str, dialect: str = "duckdb") -> frozenset[str]:
    """Qualified ``dataset.table`` names the statement reads (CTE names and unqualified names excluded)."""
    text = _PLACEHOLDER.sub(lambda m: f"'{m.group(1)}'", sql)  # :start_date -> a literal: parsers agree on it
    tree = sqlglot.parse_one(text, read=dialect)
    return frozenset(f"{t.db}.{t.name}" for t in tree.find_all(exp.Table) if t.db and t.name)
