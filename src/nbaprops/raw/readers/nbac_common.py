"""Helpers shared by the NBA.com raw parsers: JSON bodies, stats.nba.com result sets, ids, clocks.

Every helper raises :class:`ParseError` with a reason that names the body, so a bad file is
quarantined with a message a person can act on.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

import orjson

from nbaprops.ids import TEAMS_BY_NBA_ID, UnknownTeamError, team_tricode
from nbaprops.orchestration.errors import ParseError


def load_json(body: bytes, what: str) -> Any:
    """The decoded body, or a ParseError naming the endpoint (truncated or non-JSON bodies)."""
    try:
        return orjson.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"not a {what} body: invalid JSON ({exc})") from None


def result_set(data: Any, name: str, required: Sequence[str], what: str) -> list[dict[str, Any]]:
    """Rows of the stats.nba.com result set ``name`` as dicts, after checking its headers.

    stats.nba.com sends ``resultSets`` (a list) or ``resultSet`` (one object) depending on the endpoint.
    """
    try:
        sets = data.get("resultSets", data.get("resultSet"))
        if isinstance(sets, dict):
            sets = [sets]
        rs = next(r for r in sets if r.get("name") == name)
        headers, row_set = rs["headers"], rs["rowSet"]
    except (AttributeError, KeyError, TypeError, StopIteration):
        raise ParseError(f"not a {what} body: no result set {name!r}") from None
    missing = [h for h in required if h not in headers]
    if missing:
        raise ParseError(f"{what} result set {name} lacks headers {missing}")
    rows = []
    for raw in row_set:
        if not isinstance(raw, list) or len(raw) != len(headers):
            raise ParseError(f"{what} {name}: a row does not have {len(headers)} values")
        rows.append(dict(zip(headers, raw, strict=True)))
    return rows


def tricode_for_id(team_id: Any, what: str) -> str:
    """NBA.com tricode of a franchise id (ids arrive as int, float or string)."""
    try:
        return TEAMS_BY_NBA_ID[int(float(team_id))].tricode
    except (KeyError, TypeError, ValueError):
        raise ParseError(f"{what}: unknown NBA team id {team_id!r}") from None


def tricode(code: str, what: str) -> str:
    """``ids.team_tricode`` with a ParseError instead of UnknownTeamError."""
    try:
        return team_tricode(code)
    except UnknownTeamError as exc:
        raise ParseError(f"{what}: {exc}") from None


def opt_int(value: Any) -> int | None:
    """Integers as stats.nba.com sends them: int, float (``1610612749.0``), numeric string or blank."""
    if type(value) is int:  # the common case first: this runs for every cell of a season of play-by-play
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def opt_float(value: Any) -> float | None:
    if type(value) is float:
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = (value if type(value) is str else str(value)).strip()
    return text or None


def minutes_decimal(text: str | None) -> float | None:
    """``"35:42"`` -> 35.7; ``"265:00"`` -> 265.0; ``"36"`` -> 36.0; blank -> None."""
    if not text or not str(text).strip():
        return None
    value = str(text).strip()
    match = re.fullmatch(r"(\d+):(\d{1,2})(?:\.\d+)?", value)
    if match:
        return round(int(match.group(1)) + int(match.group(2)) / 60, 4)
    try:
        return float(value)
    except ValueError:
        raise ParseError(f"unreadable minutes {value!r}") from None


_ISO_CLOCK = re.compile(r"PT(\d+)M(\d+(?:\.\d+)?)S")


@functools.lru_cache(maxsize=16384)  # a period has at most 7,200 clock readings, repeated across games
def iso_clock_seconds(clock: str | None) -> float | None:
    """CDN clocks ``"PT11M42.00S"`` -> 702.0 seconds left in the period."""
    if not clock:
        return None
    match = _ISO_CLOCK.fullmatch(clock)
    if not match:
        raise ParseError(f"unreadable clock {clock!r}")
    return int(match.group(1)) * 60 + float(match.group(2))


def iso_date(value: Any, what: str) -> date:
    """``"2024-01-15T00:00:00"`` or ``"2024-01-15"`` -> date."""
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ParseError(f"{what}: unreadable date {value!r}") from None
