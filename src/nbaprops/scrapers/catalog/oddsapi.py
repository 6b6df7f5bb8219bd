"""The Odds API v4 (``apiKey`` query parameter, added by the client): events of an ET game day, then
each event's player props and game lines; live and historical (snapshot) variants."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import orjson

from nbaprops.ids import UnknownTeamError, team_tricode
from nbaprops.scrapers.bodies import odds_bookmakers, odds_events
from nbaprops.scrapers.catalog.common import each_game_day
from nbaprops.scrapers.plan import ET, PlanContext
from nbaprops.scrapers.spec import Params, ScraperSpec, Unit

BASE = "https://api.the-odds-api.com/v4"
SPORT = "basketball_nba"
BOOKMAKERS = "draftkings,fanduel,betmgm,caesars"
PROP_MARKETS = "player_points,player_rebounds,player_assists,player_threes"
LINE_MARKETS = "spreads,totals"
# Historical snapshots: the event list as of noon ET on the game day; each event's odds one hour
# before its tip-off (late enough for props to be posted, early enough to be pre-game).
EVENTS_SNAPSHOT_ET = time(12, 0)
ODDS_LEAD = timedelta(hours=1)


def iso_z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def floor5(moment: datetime) -> datetime:
    """Snapshot times are floored to 5 minutes, the API's snapshot grid."""
    return moment.replace(minute=moment.minute - moment.minute % 5, second=0, microsecond=0)


def et_day_window(day: date) -> tuple[datetime, datetime]:
    """An ET calendar day as a UTC [from, to] window (to is one second before the next ET midnight)."""
    start = datetime.combine(day, time(0), ET)
    end = datetime.combine(day + timedelta(days=1), time(0), ET) - timedelta(seconds=1)
    return start.astimezone(UTC), end.astimezone(UTC)


def _window_query(day: date) -> str:
    start, end = et_day_window(day)
    return f"commenceTimeFrom={iso_z(start)}&commenceTimeTo={iso_z(end)}"


def _events_his_units(ctx: PlanContext) -> Iterable[Unit]:
    for d in ctx.game_days():
        snap = floor5(datetime.combine(d, EVENTS_SNAPSHOT_ET, ET).astimezone(UTC))
        yield Unit({"date": d, "snapshot_timestamp": iso_z(snap)}, {"date": d.isoformat()}, d)


def _events_of(body: bytes, day: date) -> list[dict[str, Any]]:
    data = orjson.loads(body)
    events = data.get("data", []) if isinstance(data, dict) else data
    start, end = et_day_window(day)
    out = []
    for e in events or []:
        commence = datetime.fromisoformat(str(e.get("commence_time", "")).replace("Z", "+00:00"))
        if start <= commence <= end:
            out.append({**e, "_commence": commence})
    return out


def _teams(event: dict[str, Any]) -> str | None:
    try:
        return team_tricode(event["away_team"]) + team_tricode(event["home_team"])
    except (KeyError, UnknownTeamError):
        return None


def _per_event(parent: str, historical: bool):
    def plan(ctx: PlanContext) -> Iterable[Unit]:
        for d in ctx.dates:
            body = ctx.latest_body(parent, date=d.isoformat())
            if body is None:
                continue
            for event in _events_of(body, d):
                teams = _teams(event)
                if teams is None:
                    continue
                fields = {"date": d.isoformat(), "event_id": str(event["id"]), "teams": teams}
                params: dict[str, Any] = {"date": d, "event_id": event["id"]}
                if historical:
                    snap = floor5(event["_commence"] - ODDS_LEAD)
                    params["snapshot_timestamp"] = iso_z(snap)
                    fields["snap"] = f"{snap:%H%M}"
                yield Unit(params, fields, d)

    return plan


def _odds_url(markets: str, historical: bool):
    def url(p: Params) -> str:
        prefix = f"{BASE}/historical/sports/{SPORT}" if historical else f"{BASE}/sports/{SPORT}"
        snap = f"date={p['snapshot_timestamp']}&" if historical else ""
        return (f"{prefix}/events/{p['event_id']}/odds?{snap}regions=us&markets={markets}"
                f"&oddsFormat=american&bookmakers={BOOKMAKERS}")

    return url


SPECS = (
    ScraperSpec("oddsa_events", "odds_api",
                url=lambda p: f"{BASE}/sports/{SPORT}/events?{_window_query(p['date'])}",
                plan=each_game_day, count=odds_events, description="events of an ET game day"),
    ScraperSpec("oddsa_player_props", "odds_api", url=_odds_url(PROP_MARKETS, False),
                plan=_per_event("oddsa_events", False), count=odds_bookmakers, volatile=frozenset({"snap"}),
                after=("oddsa_events",), description="player props per event; snap = request time"),
    ScraperSpec("oddsa_game_lines", "odds_api", url=_odds_url(LINE_MARKETS, False),
                plan=_per_event("oddsa_events", False), count=odds_bookmakers, volatile=frozenset({"snap"}),
                after=("oddsa_events",), description="spreads and totals per event; snap = request time"),
    ScraperSpec("oddsa_events_his", "odds_api",
                url=lambda p: (f"{BASE}/historical/sports/{SPORT}/events?date={p['snapshot_timestamp']}"
                               f"&{_window_query(p['date'])}"),
                plan=_events_his_units, count=odds_events,
                description="historical events of a game day at noon ET"),
    ScraperSpec("oddsa_player_props_his", "odds_api", url=_odds_url(PROP_MARKETS, True),
                plan=_per_event("oddsa_events_his", True), count=odds_bookmakers, after=("oddsa_events_his",),
                description="historical player props per event, snapshot 1 h before tip-off"),
    ScraperSpec("oddsa_game_lines_his", "odds_api", url=_odds_url(LINE_MARKETS, True),
                plan=_per_event("oddsa_events_his", True), count=odds_bookmakers, after=("oddsa_events_his",),
                description="historical spreads and totals per event, snapshot 1 h before tip-off"),
)
