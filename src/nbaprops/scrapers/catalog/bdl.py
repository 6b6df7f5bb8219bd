"""Ball Don't Lie v1 (``Authorization: <BDL_API_KEY>``); lists paginate through ``meta.next_cursor``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from nbaprops.ids import season_label
from nbaprops.scrapers.bodies import json_len
from nbaprops.scrapers.catalog.common import each_date, snapshot
from nbaprops.scrapers.plan import PlanContext
from nbaprops.scrapers.spec import Params, ScraperSpec, Unit

BASE = "https://api.balldontlie.io/v1"


def next_cursor(params: Params, body: bytes) -> dict[str, Any] | None:
    cursor = (orjson.loads(body).get("meta") or {}).get("next_cursor")
    return {**params, "cursor": cursor} if cursor else None


def _paged(path: str):
    def url(p: Params) -> str:
        cursor = f"&cursor={p['cursor']}" if p.get("cursor") else ""
        return f"{BASE}/{path}?per_page=100{cursor}"

    return url


def _standings(ctx: PlanContext) -> Iterable[Unit]:
    for year in ctx.season_years():
        yield Unit({"season": year}, {"season": season_label(year), "date": ctx.snapshot_day.isoformat()},
                   ctx.snapshot_day)


SPECS = (
    ScraperSpec("bdl_box_scores", "bdl", url=lambda p: f"{BASE}/box_scores?date={p['date']}",
                plan=each_date, count=json_len("data"), description="final box scores of a date"),
    ScraperSpec("bdl_active_players", "bdl", url=_paged("players/active"), plan=snapshot, count=json_len("data"),
                next_page=next_cursor, description="active players, one object per page, daily snapshot"),
    ScraperSpec("bdl_injuries", "bdl", url=_paged("player_injuries"), plan=snapshot, count=json_len("data"),
                next_page=next_cursor, description="current injuries, one object per page, daily snapshot"),
    ScraperSpec("bdl_standings", "bdl", url=lambda p: f"{BASE}/standings?season={p['season']}",
                plan=_standings, count=json_len("data"), description="standings per season (start year)"),
)
