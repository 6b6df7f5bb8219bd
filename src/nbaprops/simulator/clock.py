"""Eastern-time helpers without a tz database: US DST is 2nd Sunday of March to 1st Sunday of November."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def et_offset(day: date) -> int:
    """Hours to add to ET to get UTC on ``day`` (4 in summer time, 5 in winter)."""
    return 4 if _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1) else 5


def et_to_utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) + timedelta(hours=et_offset(day))


def utc_to_et(moment: datetime) -> datetime:
    """Naive ET wall-clock time for a UTC instant."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    guess = naive - timedelta(hours=5)
    return naive - timedelta(hours=et_offset(guess.date()))


def iso_z(moment: datetime) -> str:
    """``2024-10-22T23:30:00Z``; formatted by hand, the same text as strftime several times faster (every
    odds snapshot stamps each bookmaker and market)."""
    m = moment if moment.tzinfo is UTC else moment.astimezone(UTC)
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}Z"


def clock_12h(moment: datetime) -> str:
    """'7:30 pm ET' for a naive ET time."""
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'am' if moment.hour < 12 else 'pm'} ET"
