"""The Odds API v4: events, event odds (current and historical). Needs ``apiKey``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nbaprops.ids import TEAMS_BY_TRICODE

from ..books import BOOKS, BOOKS_BY_KEY, GAME_MARKETS, PROP_MARKETS, decimal_price, event_id, game_of_event, phase_at
from ..calendar import SEASONS
from ..clock import iso_z, utc_to_et
from ..game import Scheduled
from ..router import HttpError, NotFound, route
from .common import js

HOST = "api.the-odds-api.com"
SPORT = "/v4/sports/basketball_nba"
HIST = "/v4/historical/sports/basketball_nba"


def _team_name(tri: str) -> str:
    return "Los Angeles Clippers" if tri == "LAC" else TEAMS_BY_TRICODE[tri].full_name


def _auth(ctx) -> None:
    if not ctx.q("apiKey"):
        raise HttpError(401, b'{"message":"API key is missing.","error_code":"MISSING_KEY"}')


def _headers(cost: int) -> dict[str, str]:
    return {"x-requests-used": str(cost), "x-requests-remaining": str(20_000 - cost), "x-requests-last": str(cost)}


def _when(text: str | None) -> datetime:
    try:
        return datetime.strptime(text or "", "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise HttpError(422, b'{"message":"Invalid date format"}') from None


def _event(ctx, g: Scheduled) -> dict:
    return {"id": event_id(ctx.league.seed, g.game_id), "sport_key": "basketball_nba", "sport_title": "NBA",
            "commence_time": iso_z(g.tip), "home_team": _team_name(g.home), "away_team": _team_name(g.away)}


def _games_between(ctx, start: datetime, end: datetime) -> list[Scheduled]:
    out = []
    day = utc_to_et(start).date()
    while day <= utc_to_et(end).date():
        year = day.year if day.month >= 7 else day.year - 1
        if year in SEASONS:
            out += [g for g in ctx.league.season(year).games_on(day) if start <= g.tip <= end]
        day += timedelta(days=1)
    return out


def _book_name(ctx, g: Scheduled, index: int) -> str:
    """A player's name as the books spell it, or a variant of it (fault ``name_variants``)."""
    p = ctx.league.player(g.season, index)
    name = p.book_name
    if ctx.faults.hit("name_variants", f"{g.game_id}{index}"):
        name = name.replace(f" {p.suffix}", "").replace(" Jr", "") if p.suffix else name.upper()
    return name


def _odds(ctx, g: Scheduled, moment: datetime) -> dict:
    season = ctx.league.season(g.season)
    as_american = (ctx.q("oddsFormat") or "decimal") == "american"

    def price(american: int) -> int | float:  # in the format asked for (decimal by default)
        return american if as_american else decimal_price(american)

    markets = [m for m in (ctx.q("markets") or "h2h").split(",") if m]
    if any(m not in PROP_MARKETS + GAME_MARKETS for m in markets):
        raise HttpError(422, b'{"message":"Invalid markets"}')
    wanted = ctx.q("bookmakers")
    books = [BOOKS_BY_KEY[k] for k in wanted.split(",") if k in BOOKS_BY_KEY] if wanted else list(BOOKS)
    out = _event(ctx, g)
    out["bookmakers"] = []
    phase = phase_at(g, moment)
    if phase is None:
        return out
    k, stamp = phase
    names: dict[int, str] = {}  # player -> name: the same at every book and market
    for b in books:
        mk = []
        updated = iso_z(stamp + timedelta(seconds=7 + b.bp_id))
        for market in markets:
            outcomes: list[dict] = []
            if market in PROP_MARKETS:
                for player, point, over, under in season.market.offered(g, b.key, market, k):
                    name = names.get(player)
                    if name is None:
                        name = names[player] = _book_name(ctx, g, player)
                    outcomes.append({"name": "Over", "description": name, "price": price(over), "point": point})
                    outcomes.append({"name": "Under", "description": name, "price": price(under), "point": point})
            else:
                gl = season.market.game_lines(g, b.key, k)
                home, away = _team_name(g.home), _team_name(g.away)
                if market == "h2h":
                    outcomes = [{"name": away, "price": price(gl.moneyline[1])},
                                {"name": home, "price": price(gl.moneyline[0])}]
                elif market == "spreads":
                    outcomes = [{"name": away, "price": price(gl.spread_prices[1]), "point": -gl.home_spread},
                                {"name": home, "price": price(gl.spread_prices[0]), "point": gl.home_spread}]
                else:
                    outcomes = [{"name": "Over", "price": price(gl.total_prices[0]), "point": gl.total},
                                {"name": "Under", "price": price(gl.total_prices[1]), "point": gl.total}]
            if outcomes:
                mk.append({"key": market, "last_update": updated, "outcomes": outcomes})
        if mk:
            entry = {"key": b.key, "title": b.title, "last_update": updated, "markets": mk}
            out["bookmakers"].append(entry)
            if ctx.faults.hit("duplicate", f"{g.game_id}{stamp}"):
                out["bookmakers"].append(entry)
    return out


def _game(ctx, event: str) -> Scheduled:
    gid = game_of_event(ctx.league.seed, event)
    if gid is None:
        raise HttpError(404, b'{"message":"Event not found. The event may have expired or the event id is invalid."}')
    year = 2000 + int(gid[3:5])
    if year not in SEASONS:
        raise NotFound
    g = ctx.league.season(year).scheduled(gid)
    if g is None:
        raise NotFound
    return g


def _snapshot(moment: datetime) -> datetime:
    floor = moment.replace(second=0, microsecond=0)
    return floor - timedelta(minutes=floor.minute % 5)


def _cost(ctx) -> int:
    markets = len([m for m in (ctx.q("markets") or "h2h").split(",") if m])
    return markets * max(1, len((ctx.q("regions") or "us").split(",")))


@route(HOST, SPORT + r"/events/?")
def events(ctx, m):
    _auth(ctx)
    start = _when(ctx.q("commenceTimeFrom")) if ctx.q("commenceTimeFrom") else ctx.as_of
    end = _when(ctx.q("commenceTimeTo")) if ctx.q("commenceTimeTo") else start + timedelta(days=7)
    return js([_event(ctx, g) for g in _games_between(ctx, start, end)], headers=_headers(0))


@route(HOST, SPORT + r"/events/([0-9a-f]{32})/odds/?")
def event_odds(ctx, m):
    _auth(ctx)
    g = _game(ctx, m.group(1))
    moment = min(ctx.as_of, g.tip - timedelta(minutes=1))
    return js(_odds(ctx, g, moment), headers=_headers(_cost(ctx)))


@route(HOST, HIST + r"/events/?")
def historical_events(ctx, m):
    _auth(ctx)
    ts = _snapshot(_when(ctx.q("date")))
    games = [g for g in _games_between(ctx, ts - timedelta(hours=3), ts + timedelta(hours=36))]
    body = {"timestamp": iso_z(ts), "previous_timestamp": iso_z(ts - timedelta(minutes=5)),
            "next_timestamp": iso_z(ts + timedelta(minutes=5)), "data": [_event(ctx, g) for g in games]}
    return js(body, headers=_headers(1))


@route(HOST, HIST + r"/events/([0-9a-f]{32})/odds/?")
def historical_event_odds(ctx, m):
    _auth(ctx)
    g = _game(ctx, m.group(1))
    ts = _snapshot(_when(ctx.q("date")))
    body = {"timestamp": iso_z(ts), "previous_timestamp": iso_z(ts - timedelta(minutes=5)),
            "next_timestamp": iso_z(ts + timedelta(minutes=5)), "data": _odds(ctx, g, ts)}
    return js(body, headers=_headers(10 * _cost(ctx)))
