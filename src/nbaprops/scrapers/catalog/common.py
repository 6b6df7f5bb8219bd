"""Planning helpers shared by the source modules: one unit per date, per game day, per final game."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from nbaprops.ids import season_label
from nbaprops.scrapers.plan import PlanContext
from nbaprops.scrapers.spec import Unit
from nbaprops.seasons import season_year


def each_date(ctx: PlanContext) -> Iterable[Unit]:
    for d in ctx.dates:
        yield Unit({"date": d}, {"date": d.isoformat()}, d)


def each_game_day(ctx: PlanContext) -> Iterable[Unit]:
    """Dates with regular-season, play-in or playoff games (saves quota-billed requests)."""
    for d in ctx.game_days():
        yield Unit({"date": d}, {"date": d.isoformat()}, d)


def snapshot(ctx: PlanContext) -> Iterable[Unit]:
    """Endpoints without a date parameter: one request, labelled with the snapshot day."""
    d = ctx.snapshot_day
    yield Unit({"date": d, "season": season_label(season_year(d))}, {"date": d.isoformat()}, d)


def ymd(d: date) -> str:
    return f"{d:%Y%m%d}"
