"""BettingPros v3 (``x-api-key``): events of a date, then the points offers of all its events, by page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from nbaprops.scrapers.bodies import json_len
from nbaprops.scrapers.catalog.common import each_game_day
from nbaprops.scrapers.plan import PlanContext
from nbaprops.scrapers.spec import Params, ScraperSpec, Unit

BASE = "https://api.bettingpros.com/v3"
MARKETS = {"points": 156, "rebounds": 157, "assists": 151, "threes": 162, "steals": 160, "blocks": 152}
PAGE_LIMIT = 50


def _offers_units(ctx: PlanContext) -> Iterable[Unit]:
    for d in ctx.dates:
        body = ctx.latest_body("bp_events", date=d.isoformat())
        if body is None:
            continue
        ids = [str(e["id"]) for e in orjson.loads(body).get("events", []) if "id" in e]
        if ids:
            yield Unit({"date": d, "market": "points", "event_ids": ":".join(ids), "page": 1},
                       {"date": d.isoformat(), "market": "points"}, d)


def next_page(params: Params, body: bytes) -> dict[str, Any] | None:
    data = orjson.loads(body)
    offers = data.get("offers") or []
    pages = data.get("_pagination") or {}
    page = int(params.get("page", 1))
    total = pages.get("total_pages")
    if not offers or (total is not None and page >= int(total)) or (total is None and len(offers) < PAGE_LIMIT):
        return None
    return {**params, "page": page + 1}


SPECS = (
    ScraperSpec("bp_events", "bettingpros", url=lambda p: f"{BASE}/events?sport=NBA&date={p['date']}",
                plan=each_game_day, count=json_len("events"), description="events of a game day"),
    ScraperSpec("bp_player_props", "bettingpros",
                url=lambda p: (f"{BASE}/offers?sport=NBA&market_id={MARKETS[p['market']]}"
                               f"&event_id={p['event_ids']}&location=ALL&limit={PAGE_LIMIT}&page={p['page']}"),
                plan=_offers_units, count=json_len("offers"), next_page=next_page, after=("bp_events",),
                description="points offers of a date's events, one object per page"),
)
