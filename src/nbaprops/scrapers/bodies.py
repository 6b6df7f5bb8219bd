"""Body checks and record counters shared by the scraper declarations.

A check raises :class:`BadBodyError` for a body that cannot be what the endpoint serves (so the
client retries: truncation is usually transient); a counter says how many records a good body holds,
which decides ``success`` (> 0) or ``no_data`` (0). Bodies are parsed with orjson: a season of
play-by-play is half a gigabyte of JSON, which the standard library parses several times slower.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import orjson

from nbaprops.scrapers.http import BadBodyError


def check_json(body: bytes) -> None:
    try:
        orjson.loads(body)
    except ValueError as exc:
        raise BadBodyError(f"not JSON ({len(body)} bytes): {exc}") from None


def check_pdf(body: bytes) -> None:
    if not body.startswith(b"%PDF"):
        raise BadBodyError(f"not a PDF ({len(body)} bytes)")
    if b"%%EOF" not in body[-2048:]:
        raise BadBodyError(f"PDF without %%EOF trailer ({len(body)} bytes): truncated")


def check_text(body: bytes) -> None:
    if not body.strip():
        raise BadBodyError("empty body")


CHECKS: dict[str, Callable[[bytes], None]] = {"json": check_json, "pdf": check_pdf, "html": check_text,
                                                "csv": check_text}


def dig(obj: Any, *path: str | int) -> Any:
    for step in path:
        if isinstance(obj, dict):
            obj = obj.get(step)  # type: ignore[call-overload]
        elif isinstance(obj, list) and isinstance(step, int) and -len(obj) <= step < len(obj):
            obj = obj[step]
        else:
            return None
    return obj


def json_len(*path: str | int) -> Callable[[bytes], int]:
    """Counter: length of the list at ``path`` in the JSON body (0 if absent)."""

    def count(body: bytes) -> int:
        value = dig(orjson.loads(body), *path)
        return len(value) if isinstance(value, list | dict) else 0

    return count


def result_set_rows(name: str | None = None) -> Callable[[bytes], int]:
    """Counter for stats.nba.com bodies: rows of result set ``name`` (or of the first one)."""

    def count(body: bytes) -> int:
        data = orjson.loads(body)
        sets = data.get("resultSets") or data.get("resultSet") or []
        if isinstance(sets, dict):
            sets = [sets]
        for rs in sets:
            if name is None or rs.get("name") == name:
                return len(rs.get("rowSet") or [])
        return 0

    return count


def schedule_games(body: bytes) -> int:
    dates = dig(orjson.loads(body), "leagueSchedule", "gameDates") or []
    return sum(len(d.get("games") or []) for d in dates)


def one_if_present(body: bytes) -> int:
    """Binary and HTML documents: one record (the document) when the body is non-empty."""
    return 1 if body.strip() else 0


def csv_rows(body: bytes) -> int:
    lines = [line for line in body.splitlines() if line.strip()]
    return max(0, len(lines) - 1)


_BR_PLAYER = re.compile(rb'<td[^>]*data-stat="player"')


def br_roster_players(body: bytes) -> int:
    """Players listed in a Basketball-Reference team page's roster table."""
    start = body.find(b'id="roster"')
    if start < 0:
        return 0
    end = body.find(b"</table>", start)
    return len(_BR_PLAYER.findall(body[start:end if end > 0 else None]))


def odds_bookmakers(body: bytes) -> int:
    """Bookmakers quoting an event (current or historical wrapper)."""
    data = orjson.loads(body)
    if isinstance(data, dict) and "data" in data and isinstance(data["data"], dict):
        data = data["data"]
    return len(data.get("bookmakers") or []) if isinstance(data, dict) else 0


def odds_events(body: bytes) -> int:
    data = orjson.loads(body)
    if isinstance(data, dict):
        data = data.get("data") or []
    return len(data) if isinstance(data, list) else 0
