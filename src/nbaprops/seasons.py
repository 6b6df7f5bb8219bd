"""Seasons, dates and the schedule table: the bottom of the house, imported by every layer above it.

One season boundary serves everything (ids, planning, scraping, backfill chunks, lookback windows):
a season runs from July 1 to June 30, as the league year does and as every source files its data
(a schedule scraped in August belongs to the season that starts in October).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

SEASON_START_MONTH = 7  # July 1: the first day of a league year

SCHEDULE_TABLE = "nba_raw.nbac_schedule"
SCHEDULE_REF = "raw/nbac_schedule"


def season_year(day: date | datetime) -> int:
    """Start year of the season containing ``day``: July-December -> that year, January-June -> the previous."""
    return day.year if day.month >= SEASON_START_MONTH else day.year - 1


def season_window(year: int) -> tuple[date, date]:
    """A season's dates as every source files them: July 1 to June 30."""
    return date(year, SEASON_START_MONTH, 1), date(year + 1, SEASON_START_MONTH, 1) - timedelta(days=1)


def season_start(day: date) -> date:
    """First day of the season containing ``day``: the floor of every in-season lookback window."""
    return season_window(season_year(day))[0]


def season_label(start_year: int) -> str:
    """2024 -> '2024-25'."""
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def date_range(start: date, end: date) -> list[date]:
    """Every calendar date from ``start`` to ``end`` inclusive (empty when ``end`` is before ``start``)."""
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def season_chunks(start: date, end: date) -> list[tuple[int, date, date]]:
    """Split ``[start, end]`` at season boundaries: the seed's season-by-season order.

    Every chunk lies inside its season and inside the range; a reversed range is an error.
    """
    if end < start:
        raise ValueError(f"the range {start}..{end} ends before it starts")
    chunks = []
    for year in range(season_year(start), season_year(end) + 1):
        lo, hi = season_window(year)
        chunks.append((year, max(lo, start), min(hi, end)))
    return chunks


def iter_seasons(start: date, end: date) -> Iterator[int]:
    """Season start years touched by ``[start, end]``."""
    yield from range(season_year(start), season_year(end) + 1)
