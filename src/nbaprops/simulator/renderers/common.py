"""Helpers shared by renderers: JSON bytes, dates, seasons, percentages, player lookups."""

from __future__ import annotations

from datetime import date, datetime

import orjson

from nbaprops.ids import TEAMS_BY_TRICODE, parse_season_label

from ..calendar import SEASONS
from ..game import Game
from ..router import JSON, NotFound, Response


def js(obj: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = orjson.dumps(obj)  # compact, UTF-8: what json.dumps(separators=(",", ":"), ensure_ascii=False) writes
    return Response(status, body, JSON, headers or {})


def parse_day(text: str | None, fmt: str = "%Y-%m-%d") -> date:
    try:
        return datetime.strptime(text or "", fmt).date()
    except ValueError:
        raise NotFound from None


def season_from_label(label: str | None) -> int:
    try:
        year = parse_season_label(label or "")
    except ValueError:
        raise NotFound from None
    if year not in SEASONS:
        raise NotFound
    return year


def season_of(day: date) -> int:
    year = day.year if day.month >= 7 else day.year - 1
    if year not in SEASONS:
        raise NotFound
    return year


def pct(made: int, att: int, digits: int = 3) -> float:
    return round(made / att, digits) if att else 0.0


def mmss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def team(tricode: str):
    return TEAMS_BY_TRICODE[tricode]


def game_or_404(ctx, game_id: str, with_actions: bool = False) -> Game:
    """A game final at the request's time (``ctx.as_of``), else 404."""
    league = ctx.league
    if len(game_id) != 10 or not game_id.isdigit():
        raise NotFound
    year = 2000 + int(game_id[3:5])
    if year not in SEASONS:
        raise NotFound
    season = league.season(year)
    sched = season.scheduled(game_id)
    if sched is None or not season.is_final(sched, ctx.as_of):
        raise NotFound
    return season.game(game_id) if with_actions else season.result(game_id)


def postponed(ctx, game_id: str) -> bool:
    return ctx.faults.hit("postponed", game_id)
