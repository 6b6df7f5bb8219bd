"""BettingPros v3: events by date and player-prop offers. Needs ``x-api-key``."""

from __future__ import annotations

from datetime import UTC

from nbaprops.ids import TEAMS_BY_TRICODE

from ..books import BOOKS, BP_MARKETS, bp_event_id, game_of_bp_event, snapshot_times
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
        final = season.is_final(g) and not postponed(ctx, g.game_id)
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
    now = ctx.league.as_of
    return js({"_parameters": params, "events": out, "ts": int(now.timestamp()),
               "utc": now.strftime("%Y-%m-%d %H:%M:%S")})


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
    all_offers = []
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
        opened, *_, closed = snapshot_times(g)
        phase = 3 if ctx.league.as_of >= closed else 0
        lines = {b.bp_id: {ln.player: ln for ln in season.market.props(g, b.key, market, phase)} for b in BOOKS
                 if b.bp_id in (10, 12, 19)}
        opening = {ln.player: ln for ln in season.market.props(g, "draftkings", market, 0)}
        for index, first in opening.items():
            tri = g.home if index in season.result(gid).order[0] else g.away
            selections = []
            for sel, label in (("over", "Over"), ("under", "Under")):
                books = []
                for bid, by_player in sorted(lines.items()):
                    ln = by_player.get(index)
                    if ln is None:
                        continue
                    cost = ln.over if sel == "over" else ln.under
                    books.append({"id": bid, "lines": [{"line": ln.point, "cost": cost,
                                                        "active": True, "best": False,
                                                        "updated": iso_z(closed if phase else opened).replace("T", " ")
                                                        .replace("Z", "")}]})
                points = [b["lines"][0]["line"] for b in books]
                consensus = sorted(points)[len(points) // 2] if points else first.point
                books.insert(0, {"id": 0, "lines": [{"line": consensus, "cost": -110, "active": True, "best": False,
                                                      "updated": iso_z(opened).replace("T", " ").replace("Z", "")}]})
                selections.append({"selection": sel, "label": label,
                                   "opening_line": {"line": first.point,
                                                    "cost": first.over if sel == "over" else first.under,
                                                    "book_id": 12},
                                   "books": books})
            all_offers.append({"offer_id": f"{bp_event_id(gid)}:{market_id}:{index}", "event_id": bp_event_id(gid),
                               "market_id": market_id, "participants": [_participant(ctx, year, index, tri)],
                               "selections": selections})
    limit = max(1, int(ctx.q("limit", "10") or 10))
    page = max(1, int(ctx.q("page", "1") or 1))
    total_pages = max(1, (len(all_offers) + limit - 1) // limit)
    return js({"offers": all_offers[(page - 1) * limit: page * limit],
               "_pagination": {"page": page, "limit": limit, "total_pages": total_pages}})


