"""What the engine may ask of a processor's computation, and nothing more (no ``getattr`` probing).

A :class:`Computation` computes the planned units into rows; it also says what it reads (derived from
its SQL, so declarations cannot drift from it), which dates have inputs (processors fed by files),
what version of its logic produced a row, and whether a unit is already fresh. Side outputs that must
land with the rows (the raw file ledger, a model registry row) come back as :class:`TableWrite` data;
the runner writes them in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from nbaprops.orchestration.errors import NbapropsError
from nbaprops.storage.schema import Table

if TYPE_CHECKING:
    from nbaprops.orchestration.context import RunContext
    from nbaprops.orchestration.declarations import PlanItem, Processor


@dataclass
class TableWrite:
    """Rows for another table, replacing earlier rows with the same ``key`` values, in the run's transaction."""

    table: Table
    rows: list[dict[str, Any]]
    key: tuple[str, ...]


@dataclass
class ComputeResult:
    """What a compute step hands back: rows for the dates it could do, and per-date outcomes."""

    rows: pa.Table
    failures: dict[date, str] = field(default_factory=dict)
    warnings: dict[date, list[str]] = field(default_factory=dict)
    partial: dict[date, str] = field(default_factory=dict)
    records_processed: dict[date, int] = field(default_factory=dict)
    # other tables written in the same transaction as the rows (e.g. the raw file ledger)
    side_writes: list[TableWrite] = field(default_factory=list)
    # scope values to replace per date when they are not the plan item's own (e.g. one per source file)
    scopes: dict[date, list[Any]] = field(default_factory=dict)

    def warn(self, day: date, message: str) -> None:
        self.warnings.setdefault(day, []).append(message)


class Computation:
    """Base of every processor's compute step; subclasses override what applies to them."""

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        raise NotImplementedError

    def fingerprint(self) -> str:
        """Text whose hash versions the logic (the module's source by default)."""
        from nbaprops.orchestration.declarations import module_source

        return module_source(type(self))

    def tables_read(self) -> frozenset[str] | None:
        """Every ``dataset.table`` the computation reads, or None where it cannot be derived."""
        return None

    def source_prefixes(self) -> tuple[str, ...]:
        """Object-store feeds the computation reads (``nba-com/team-boxscore``); none beyond Phase 2."""
        return ()

    def candidate_dates(self, ctx: RunContext, start: date, end: date) -> list[date]:
        """Dates that have inputs, for processors whose dates come from files rather than the schedule."""
        raise NbapropsError(f"{type(self).__name__} expects files but cannot list them")

    def missing_inputs(self, ctx: RunContext, items: list[PlanItem]) -> dict[date, str]:
        """Units whose inputs are absent (a raw processor's source objects), for a dry run to report."""
        return {}

    def fresh(self, ctx: RunContext, processor: Processor, items: list[PlanItem],
              checks: dict[date, Any]) -> set[date]:
        """Units already done whose output is newer than every input: skipped unless forced."""
        from nbaprops.orchestration.freshness import default_fresh

        return default_fresh(ctx, processor, items, checks)


class FunctionCompute(Computation):
    """A plain function ``(ctx, items) -> ComputeResult`` as a computation (toy and test processors)."""

    def __init__(self, fn: Callable[[RunContext, list[PlanItem]], ComputeResult]) -> None:
        self.fn = fn

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        return self.fn(ctx, items)

    def fingerprint(self) -> str:
        from nbaprops.orchestration.declarations import module_source

        return module_source(self.fn)

    def __repr__(self) -> str:
        return f"FunctionCompute({getattr(self.fn, '__name__', self.fn)!r})"
