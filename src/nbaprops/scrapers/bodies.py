"""Body checks and record counters shared by the scraper declarations.

A check raises :class:`BadBodyError` for a body that cannot be what the endpoint serves (so the
client retries: truncation is usually transient); a counter says how many records a good body holds,
which decides ``success`` (> 0) or ``no_data`` (0). A season is about a gigabyte of JSON (half of it
play-by-play), so counters read a body into the one list they count (msgspec, with a declared shape:
the rest is checked as JSON but not built into objects, ~4x faster than a full parse); a body of any
other shape is read whole with orjson and looked at as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import msgspec
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


@functools.cache
def _list_at(path: tuple[str, ...]) -> msgspec.json.Decoder:
    """A decoder of ``{path[0]: {path[1]: ... [items]}}`` that keeps the items as raw bytes; a missing key
    reads as an empty list, anything else at those keys (null, a dict, a string) fails validation."""
    shape: Any = list[msgspec.Raw]
    default: Any = msgspec.field(default_factory=list)
    for depth, key in enumerate(reversed(path)):
        shape = msgspec.defstruct(f"Level{depth}", [("value", shape, default)], rename={"value": key})
        default = msgspec.field(default_factory=shape)
    return msgspec.json.Decoder(shape)


def _count_list(path: tuple[str, ...], body: bytes) -> int | None:
    """Length of the list at ``path`` read with :func:`_list_at`, or None when the body has another shape
    there. Malformed JSON raises ``ValueError`` like ``orjson.loads``."""
    try:
        level = _list_at(path).decode(body)
    except msgspec.ValidationError:
        return None
    body.decode()  # skipped strings are not checked as UTF-8 by msgspec; orjson would refuse them
    for _ in path:
        level = level.value
    return len(level)


def json_len(*path: str | int) -> Callable[[bytes], int]:
    """Counter: length of the list (or object) at ``path`` in the JSON body (0 if absent)."""
    keys = tuple(step for step in path if isinstance(step, str))

    def count(body: bytes) -> int:
        if len(keys) == len(path):
            counted = _count_list(keys, body)
            if counted is not None:
                return counted
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


class _EventOdds(msgspec.Struct):
    """An Odds API event-odds body: the event itself, or (historical) ``{"data": event, ...}``."""

    bookmakers: list[msgspec.Raw] = msgspec.field(default_factory=list)
    data: msgspec.Raw = msgspec.field(default_factory=msgspec.Raw)


_EVENT_ODDS = msgspec.json.Decoder(_EventOdds)


def _count_odds(body: bytes) -> int | None:
    """:func:`odds_bookmakers` for the usual shapes, without building the quotes (None: another shape)."""
    try:
        top = _EVENT_ODDS.decode(body)
    except msgspec.ValidationError:
        return None
    body.decode()  # as in _count_list: orjson would refuse invalid UTF-8 anywhere, the wrapper included
    data = bytes(top.data)
    if data.lstrip()[:1] == b"{":
        return _count_list(("bookmakers",), data)
    return len(top.bookmakers)


def odds_bookmakers(body: bytes) -> int:
    """Bookmakers quoting an event (current or historical wrapper)."""
    counted = _count_odds(body)
    if counted is not None:
        return counted
    data = orjson.loads(body)
    if isinstance(data, dict) and "data" in data and isinstance(data["data"], dict):
        data = data["data"]
    return len(data.get("bookmakers") or []) if isinstance(data, dict) else 0


def odds_events(body: bytes) -> int:
    data = orjson.loads(body)
    if isinstance(data, dict):
        data = data.get("data") or []
    return len(data) if isinstance(data, list) else 0
