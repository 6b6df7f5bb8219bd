"""BettingPros v3: events by date and player-prop offers. Needs ``x-api-key``."""

from __future__ import annotations

from datetime import UTC, datetime

from nbaprops.ids import TEAMS_BY_TRICODE

from ..books import BOOKS, BP_MARKETS, PropLine, bp_event_id, game_of_bp_event, phase_at, snapshot_times
from ..clock import iso_z
from ..players import fold
from ..router import HttpError, NotFound, route
from .common import js, parse_day, postponed, season_of

HOST = "api.bettingpros.com"


def _auth(ctx) -> None:
    if not ctx.headers.get("x-api-key"):
        raise HttpError(401, b'{"message":"Unauthorized"}')


def _participant(ctx, year: int, index: int, tri: str) -> dict:
    p = ctx.league.player(year, index)
    first, last = fold(p.first), fold(p.last_full)
    return {"id": str(p.bp_id), "name": f"{first} {last}", "link": f"/nba/props/{p.slug}/",
            "player": {"short_name": f"{first[0]}. {last}", "first_name": first, "last_name": last,
                       "image": f"https://images.fantasypros.com/images/players/nba/{p.bp_id}/headshot/210x210.webp",
                       "position": p.position[0], "team": tri, "slug": p.slug,
                       "jersey_number": int(p.jersey)}}


@route(HOST, r"/v3/events")
def events(ctx, m):
    _auth(ctx)
    day = parse_day(ctx.q("date"))
    season = ctx.league.season(season_of(day))
    out = []
    for g in season.games_on(day):
        final = season.is_final(g, ctx.as_of) and not postponed(ctx, g.game_id)
        res = season.result(g.game_id) if final else None
        lineups = {}
        for side, key in ((0, "home_lineup"), (1, "away_lineup")):
            tri = g.home if side == 0 else g.away
            people = res.order[side] if res else ctx.league.roster(g.season, tri, day)
            lineups[key] = [{"status": "started" if res and k < 5 else "bench",
                             "participant": _participant(ctx, g.season, i, tri)} for k, i in enumerate(people)]
        lineups["home_lineup_type"] = lineups["away_lineup_type"] = "confirmed"
        h, a = TEAMS_BY_TRICODE[g.home], TEAMS_BY_TRICODE[g.away]
        participants = []
        for t in (h, a):
            rec = season.standings(day)[t.tricode]
            participants.append({"id": t.tricode, "name": t.name, "link": f"/nba/teams/{t.slug}/",
                                 "team": {"city": t.city, "abbreviation": t.tricode, "conference": f"{t.conference}ern",
                                          "division": t.division, "record": {"W": rec.wins, "L": rec.losses, "T": 0},
                                          "slug": f"{t.city.lower().replace(' ', '-')}-{t.slug}"}})
        results = None
        if res:
            results = {"outcomes": [{"label": "event", "winner": g.home if res.winner_side == 0 else g.away,
                                     "scores": [{"participant": g.home, "score": res.home_pts},
                                                {"participant": g.away, "score": res.away_pts}]}],
                       "periods": [{"name": "quarter" if k < 4 else "overtime", "number": k + 1,
                                    "scores": [{"participant": g.home, "score": res.line[0][k]},
                                               {"participant": g.away, "score": res.line[1][k]}]}
                                   for k in range(res.periods)]}
        out.append({"id": bp_event_id(g.game_id), "sr_id": f"{g.game_id}-sr", "sport": "NBA",
                    "scheduled": g.tip.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"), "season": season.year,
                    "season_type": {"regular": "REG", "playin": "PIT", "playoffs": "PST"}[g.kind], "event_name": None,
                    "status": "closed" if final else ("postponed" if postponed(ctx, g.game_id) else "scheduled"),
                    "home": g.home, "visitor": g.away,
                    "link": f"/nba/matchups/{h.city.lower().replace(' ', '-')}-{h.slug}-vs-"
                            f"{a.city.lower().replace(' ', '-')}-{a.slug}/?date={day:%Y-%m-%d}",
                    "series_summary": None, "popularity": 100 + int(g.game_id[-3:]) % 50, "lineups": lineups,
                    "venue": {"name": h.arena, "id": None, "city": h.arena_city, "state": "", "country": "USA",
                              "zip": ""},
                    "participants": participants, "broadcasts": [{"network": "NBA TV", "type": "tv"}],
                    "results": results, "is_free": False})
    params = {k: None for k in ("season", "doubleheader", "week", "start", "season_type", "status", "end",
                                "comp_id", "event_id", "event_slug", "team_id", "max_events_per_sport")}
    params.update({"sport": "NBA", "date": f"{day:%Y-%m-%d}", "direction": "asc", "lineups": "true",
                   "park_factors": "true", "officials": "false"})
    now = ctx.as_of
    return js({"_parameters": params, "events": out, "ts": int(now.timestamp()),
               "utc": now.strftime("%Y-%m-%d %H:%M:%S")})


class _OfferEvent:
    """One event of an offers request: what its offers share, looked up once and only when one of them
    is on the page asked for (a request names a whole day's events, and is asked for page by page)."""

    def __init__(self, ctx, year: int, season, g, market: str) -> None:
        self.ctx, self.year, self.season, self.g, self.market = ctx, year, season, g, market
        opened, *_, closed = snapshot_times(g)
        current = phase_at(g, ctx.as_of)  # the lines posted as of the request (the opening ones before)
        self.phase, self.set_at = current if current is not None else (0, opened)
        self.opened, self.closed = opened, closed
        self.event_id = bp_event_id(g.game_id)
        self._books: list[tuple[int, dict[int, PropLine]]] | None = None  # by book id, set by _prepare
        self.home: set[int] = set()
        self.updated = self.updated_open = ""

    def _prepare(self) -> None:
        g, season = self.g, self.season
        lines = {b.bp_id: {ln.player: ln for ln in season.market.props(g, b.key, self.market, self.phase)}
                 for b in BOOKS if b.bp_id in (10, 12, 19)}
        self._books = sorted(lines.items())
        self.home = set(season.result(g.game_id).order[0])
        self.updated = _stamp(self.set_at)
        self.updated_open = _stamp(self.opened)

    def offer(self, market_id: int, index: int, first: PropLine) -> dict:
        if self._books is None:
            self._prepare()
        g = self.g
        tri = g.home if index in self.home else g.away
        found = [(bid, ln) for bid, by_player in self._books if (ln := by_player.get(index)) is not None]
        points = sorted(ln.point for _, ln in found)
        consensus = points[len(points) // 2] if points else first.point
        selections = []
        for sel, label in (("over", "Over"), ("under", "Under")):
            over = sel == "over"
            books = [{"id": 0, "lines": [{"line": consensus, "cost": -110, "active": True, "best": False,
                                          "updated": self.updated_open}]}]
            books += [{"id": bid, "lines": [{"line": ln.point, "cost": ln.over if over else ln.under,
                                             "active": True, "best": False, "updated": self.updated}]}
                      for bid, ln in found]
            selections.append({"selection": sel, "label": label,
                               "opening_line": {"line": first.point, "cost": first.over if over else first.under,
                                                "book_id": 12},
                               "books": books})
        return {"offer_id": f"{self.event_id}:{market_id}:{index}", "event_id": self.event_id,
                "market_id": market_id, "participants": [_participant(self.ctx, self.year, index, tri)],
                "selections": selections}


def _stamp(moment: datetime) -> str:
    return iso_z(moment).replace("T", " ").replace("Z", "")


@route(HOST, r"/v3/offers")
def offers(ctx, m):
    _auth(ctx)
    try:
        market_id = int(ctx.q("market_id") or "")
    except ValueError:
        raise NotFound from None
    if market_id not in BP_MARKETS:
        raise NotFound
    market = BP_MARKETS[market_id]
    # every offer in order as (event, player, opening line); the offers' bodies only for the page
    every: list[tuple[_OfferEvent, int, PropLine]] = []
    for ev in (ctx.q("event_id") or "").split(":"):
        gid = game_of_bp_event(ev)
        if gid is None:
            continue
        year = 2000 + int(gid[3:5])
        try:
            season = ctx.league.season(year)
        except ValueError:
            continue
        g = season.scheduled(gid)
        if g is None or postponed(ctx, gid):
            continue
        event = _OfferEvent(ctx, year, season, g, market)
        opening = {ln.player: ln for ln in season.market.props(g, "draftkings", market, 0)}
        every += [(event, index, first) for index, first in opening.items()]
    limit = max(1, int(ctx.q("limit", "10") or 10))
    page = max(1, int(ctx.q("page", "1") or 1))
    total_pages = max(1, (len(every) + limit - 1) // limit)
    return js({"offers": [event.offer(market_id, index, first)
                          for event, index, first in every[(page - 1) * limit: page * limit]],
               "_pagination": {"page": page, "limit": limit, "total_pages": total_pages}})
