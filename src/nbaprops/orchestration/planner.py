"""Which dates a run covers: the schedule says which dates expect data, never the calendar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from nbaprops.orchestration.commands import run_command
from nbaprops.orchestration.declarations import PlanItem, Processor
from nbaprops.orchestration.errors import DependencyError
from nbaprops.seasons import SCHEDULE_REF, SCHEDULE_TABLE, season_window, season_year
from nbaprops.storage.warehouse import Warehouse


def schedule_dates(warehouse: Warehouse, start: date, end: date, *, final_only: bool) -> list[date]:
    """Distinct game dates in ``[start, end]``; ``final_only`` keeps dates with a final game."""
    if not warehouse.table_exists(SCHEDULE_TABLE):
        return []
    status = "AND game_status = 3" if final_only else ""
    rows = warehouse.query(
        f"SELECT DISTINCT game_date FROM {SCHEDULE_TABLE} WHERE game_date BETWEEN :s AND :e {status} "
        "ORDER BY game_date",
        {"s": start, "e": end},
    )
    return [r["game_date"] for r in rows]


def expected_dates(warehouse: Warehouse, processor: Processor, start: date, end: date) -> list[date]:
    if processor.expects in ("final_games", "scheduled_games"):
        return schedule_dates(warehouse, start, end, final_only=processor.expects == "final_games")
    raise ValueError(f"{processor.name} expects {processor.expects!r}: not a schedule-driven processor")


def plan(
    warehouse: Warehouse,
    processor: Processor,
    start: date,
    end: date,
    *,
    dates: Sequence[date] | None = None,
    candidate_dates: Sequence[date] | None = None,
) -> list[PlanItem]:
    """The units of work for a run over ``[start, end]`` (or exactly ``dates`` when given).

    Raises :class:`DependencyError` when a schedule-driven processor finds no schedule to plan from.
    """
    if processor.expects == "season":
        chosen = sorted(set(dates)) if dates else [start, end]
        years = sorted({season_year(d) for d in chosen})
        if not dates:
            years = list(range(season_year(start), season_year(end) + 1))
        items = []
        for year in years:
            lo, hi = season_window(year)
            first = max(lo, min(chosen)) if dates else max(lo, start)
            span = tuple(d for d in chosen if lo <= d <= hi) if dates else ()
            items.append(PlanItem(data_date=min(first, hi), scope_value=year, dates=span))
        return items
    if dates:
        return [PlanItem(d, d, (d,)) for d in sorted(set(dates))]
    if processor.expects == "files":
        return [PlanItem(d, d, (d,)) for d in sorted(set(candidate_dates or [])) if start <= d <= end]
    days = expected_dates(warehouse, processor, start, end)
    if not days and not _schedule_covers(warehouse, start, end):
        raise DependencyError(
            f"{processor.name} for {start}..{end} needs {SCHEDULE_TABLE} to know which dates have games, "
            f"and it has no rows for those dates. Run: {run_command(SCHEDULE_REF, start, end)}"
        )
    return [PlanItem(d, d, (d,)) for d in days]


def _schedule_covers(warehouse: Warehouse, start: date, end: date) -> bool:
    """True when the schedule is loaded for the seasons of the range (so no game dates is a real answer)."""
    if not warehouse.table_exists(SCHEDULE_TABLE):
        return False
    lo, _ = season_window(season_year(start))
    _, hi = season_window(season_year(end))
    rows = warehouse.query(
        f"SELECT count(*) AS n FROM {SCHEDULE_TABLE} WHERE game_date BETWEEN :lo AND :hi",
        {"lo": lo, "hi": hi},
    )
    return bool(rows[0]["n"])
