"""Ball Don't Lie v1: box scores by date, active players, injuries, standings. Needs ``Authorization``."""

from __future__ import annotations

from datetime import timedelta

from nbaprops.ids import TEAMS, TEAMS_BY_TRICODE

from ..calendar import SEASONS
from ..game import AST, BLK, DREB, FG3A, FG3M, FGA, FGM, FTA, FTM, OREB, PF, PTS, SEC, STL, TOV
from ..injuries import status_on
from ..players import fold
from ..router import HttpError, NotFound, route
from ..season import fmt_record
from .common import js, parse_day, postponed, season_of

HOST = "api.balldontlie.io"


def _auth(ctx) -> None:
    if not ctx.headers.get("authorization"):
        raise HttpError(401, b'{"error":"Unauthorized"}')


def team_obj(tri: str) -> dict:
    t = TEAMS_BY_TRICODE[tri]
    return {"id": t.bdl_id, "conference": t.conference, "division": t.division, "city": t.city, "name": t.name,
            "full_name": t.full_name, "abbreviation": t.tricode}


def player_obj(ctx, p, variant: bool = False) -> dict:
    last = fold(p.last_full)
    if variant:
        last = fold(p.last)
    return {"id": p.bdl_id, "first_name": fold(p.first), "last_name": last, "position": p.position,
            "height": p.height_str(), "weight": str(p.weight_lb), "jersey_number": p.jersey,
            "college": p.college or p.country, "country": p.country, "draft_year": p.draft_year,
            "draft_round": p.draft_round, "draft_number": p.draft_number}


def _pct(m: int, a: int) -> float:
    return round(m / a, 7) if a else 0


@route(HOST, r"/v1/box_scores")
def box_scores(ctx, m):
    _auth(ctx)
    day = parse_day(ctx.q("date"))
    season = ctx.league.season(season_of(day))
    data = []
    for g in season.games_on(day):
        if not season.is_final(g, ctx.as_of) or postponed(ctx, g.game_id):
            continue
        res = season.result(g.game_id)
        game = {"date": f"{day:%Y-%m-%d}", "season": season.year, "status": "Final", "period": res.periods,
                "time": "Final", "postseason": g.kind == "playoffs", "home_team_score": res.home_pts,
                "visitor_team_score": res.away_pts}
        for side, key in ((0, "home_team"), (1, "visitor_team")):
            block = team_obj(res.team_of_side(side))
            players = []
            everyone = [*res.order[side], *(i for i, _ in res.dnp[side])]
            for i in everyone:
                b = res.box.get(i) or [0] * 16
                p = ctx.league.player(season.year, i)
                players.append({"min": f"{round(b[SEC] / 60):02d}", "fgm": b[FGM], "fga": b[FGA],
                                "fg_pct": _pct(b[FGM], b[FGA]), "fg3m": b[FG3M], "fg3a": b[FG3A],
                                "fg3_pct": _pct(b[FG3M], b[FG3A]), "ftm": b[FTM], "fta": b[FTA],
                                "ft_pct": _pct(b[FTM], b[FTA]), "oreb": b[OREB], "dreb": b[DREB],
                                "reb": b[OREB] + b[DREB], "ast": b[AST], "stl": b[STL], "blk": b[BLK],
                                "turnover": b[TOV], "pf": b[PF], "pts": b[PTS],
                                "player": player_obj(ctx, p, ctx.faults.hit("name_variants", f"{g.game_id}{i}"))})
            block["players"] = players
            game[key] = block
        data.append(game)
    return js({"data": data})


def _paged(ctx, items: list[dict], key) -> dict:
    per_page = min(100, int(ctx.q("per_page", "25") or 25))
    cursor = int(ctx.q("cursor", "0") or 0)
    items = sorted(items, key=key)
    page = [x for x in items if key(x) > cursor][:per_page]
    meta: dict = {"per_page": per_page}
    if len(page) == per_page and key(page[-1]) < key(items[-1]):
        meta = {"next_cursor": key(page[-1]), "per_page": per_page}
    return {"data": page, "meta": meta}


def _current_year(ctx) -> int:
    year = ctx.league.season_of_day(ctx.as_of.date())
    return min(max(year, SEASONS[0]), SEASONS[-1])


@route(HOST, r"/v1/players/active")
def active_players(ctx, m):
    _auth(ctx)
    year = _current_year(ctx)
    day = min(ctx.as_of.date(), ctx.league.season(year).dates.finals_end)
    items = []
    for t in TEAMS:
        for i in ctx.league.roster(year, t.tricode, day):
            items.append({**player_obj(ctx, ctx.league.player(year, i)), "team": team_obj(t.tricode)})
    return js(_paged(ctx, items, lambda x: x["id"]))


@route(HOST, r"/v1/player_injuries")
def injuries(ctx, m):
    _auth(ctx)
    year = _current_year(ctx)
    day = min(ctx.as_of.date(), ctx.league.season(year).dates.finals_end)
    if day < ctx.league.season(year).dates.preseason_start and year > SEASONS[0]:
        year -= 1  # off-season: the injuries that ended the last season
        day = ctx.league.season(year).dates.playoffs_start
    items = []
    for t in TEAMS:
        for i in ctx.league.roster(year, t.tricode, day):
            status, spell = status_on(ctx.league.spells(year, i), day)
            if spell is None or status == "Available":
                continue
            p = ctx.league.player(year, i)
            back = spell.end + timedelta(days=1)
            obj = player_obj(ctx, p)
            obj["team_id"] = t.bdl_id
            items.append({"player": obj, "return_date": f"{back:%b} {back.day}",
                          "description": f"{day:%b} {day.day}: {fold(p.last)} ({spell.body.lower()}) "
                                         f"is listed as {status.lower()} for {t.name}' next game.",
                          "status": "Out" if status in ("Out", "Doubtful") else "Day-To-Day"})
    return js(_paged(ctx, items, lambda x: x["player"]["id"]))


@route(HOST, r"/v1/standings")
def standings(ctx, m):
    _auth(ctx)
    try:
        year = int(ctx.q("season") or "")
    except ValueError:
        raise NotFound from None
    if year not in SEASONS:
        raise NotFound
    season = ctx.league.season(year)
    day = min(ctx.as_of.date(), season.dates.regular_end)
    table = season.standings(day)
    data = []
    for conf in ("East", "West"):
        order = season.conference_order(conf, day)
        for rank, tri in enumerate(order, start=1):
            t = TEAMS_BY_TRICODE[tri]
            div_rank = [x for x in order if TEAMS_BY_TRICODE[x].division == t.division].index(tri) + 1
            r = table[tri]
            data.append({"team": team_obj(tri), "conference_record": fmt_record(r.conf), "conference_rank": rank,
                         "division_record": fmt_record(r.div), "division_rank": div_rank, "wins": r.wins,
                         "losses": r.losses, "home_record": fmt_record(r.home), "road_record": fmt_record(r.road),
                         "season": year})
    return js({"data": data})
