"""Phases 3-5 processors as declarations plus one SQL statement over the whole date range.

The SQL (a ``.sql`` file next to the processor's module) takes ``:start_date`` and ``:end_date`` and
returns the table's content columns for every date in the range in one pass; the runner then verifies
and swaps. Date D's values may only use data known before D: rolling windows end one row before the
current game, and pre-game facts (lines, injury reports) join on their timestamp being before tip-off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from nbaprops.orchestration.compute import Computation, ComputeResult
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import Expects, PhaseNumber, PlanItem, Processor, Upstream
from nbaprops.orchestration.sql_reads import tables_read
from nbaprops.storage.schema import Table


@dataclass(frozen=True)
class SqlCompute(Computation):
    """Run one SQL file for the planned range and keep the planned dates (callable by the runner)."""

    sql_path: Path
    table: Table

    @property
    def sql(self) -> str:
        return expand_includes(self.sql_path.read_text(), self.sql_path.parent / "fragments")

    def fingerprint(self) -> str:
        return self.sql

    def tables_read(self) -> frozenset[str]:
        """Read from the SQL itself, so a declaration cannot drift from what the statement reads."""
        return tables_read(self.sql)

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        days = sorted(i.data_date for i in items)
        rows = ctx.warehouse.query_arrow(self.sql, {"start_date": days[0], "end_date": days[-1]})
        rows = _conform(rows, self.table)
        partition = self.table.partition
        if partition and len(days) < (days[-1] - days[0]).days + 1:
            wanted = pa.array(days, type=rows.schema.field(partition).type)
            rows = rows.filter(pc.is_in(rows.column(partition), value_set=wanted))
        return ComputeResult(rows=rows)


_INCLUDE = re.compile(r"^[ \t]*--[ \t]*@include[ \t]+(\w+)[ \t]*$", re.MULTILINE)


def expand_includes(sql: str, fragments: Path, seen: tuple[str, ...] = ()) -> str:
    """Replace ``-- @include name`` lines with ``<fragments>/name.sql`` (CTE definitions shared by processors).

    One definition serves every processor that needs it (the best player stat line per game, shot
    zones, pre-game lines), so the five Phase 3 tables stay independent without copying SQL.
    """

    def load(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in seen:
            raise ValueError(f"SQL fragment {name} includes itself")
        return expand_includes((fragments / f"{name}.sql").read_text().strip(), fragments, (*seen, name))

    return _INCLUDE.sub(load, sql)


def _conform(rows: pa.Table, table: Table) -> pa.Table:
    """Cast the query's columns to the declared types; a missing declared column is an error."""
    schema = table.arrow_schema()
    missing = [f.name for f in schema if f.name not in rows.column_names]
    if missing:
        raise ValueError(f"{table.full_name}: the SQL returns no {missing}")
    extra = [n for n in rows.column_names if n not in schema.names]
    if extra:
        raise ValueError(f"{table.full_name}: the SQL returns undeclared columns {extra}")
    return pa.Table.from_arrays([rows.column(f.name).cast(f.type) for f in schema], schema=schema)


def sql_processor(
    *,
    name: str,
    phase: PhaseNumber,
    table: Table,
    module_file: str,
    reads: Sequence[Upstream],
    expects: Expects = "final_games",
    description: str = "",
) -> Processor:
    """Declare a SQL processor whose statement lives in ``<module>.sql`` beside ``module_file``."""
    sql_path = Path(module_file).with_suffix(".sql")
    if not sql_path.is_file():
        raise FileNotFoundError(f"{name}: no SQL file at {sql_path}")
    return Processor(
        name=name, phase=phase, table=table, compute=SqlCompute(sql_path, table), reads=tuple(reads),
        expects=expects, description=description or table.description,
    )
