"""ESPN: scoreboard API, box score HTML page (embedded ``__espnfitt__`` JSON plus tables), team roster API."""

from __future__ import annotations

import hashlib
import html
import json
from datetime import timedelta

from nbaprops.ids import TEAMS, TEAMS_BY_ESPN_ID, TEAMS_BY_TRICODE

from ..clock import utc_to_et
from ..game import AST, BLK, DREB, FG3A, FG3M, FGA, FGM, FTA, FTM, OREB, PF, PM, PTS, SEC, STL, TOV, Scheduled
from ..injuries import status_on
from ..players import fold
from ..router import NotFound, Response, route
from .common import js, parse_day, postponed, season_of

SITE = "site.api.espn.com"
BASE = "/apis/site/v2/sports/basketball/nba"


def espn_game_id(game_id: str) -> str:
    """ESPN event id: 401 + season digits + type + sequence (0022400561 -> 401242561)."""
    return f"4{game_id[3:5]}{game_id[2]}{game_id[5:]}"


def nba_game_id(espn_id: str) -> str | None:
    if len(espn_id) != 9 or not espn_id.isdigit() or espn_id[0] != "4":
        return None
    return f"00{espn_id[3]}{espn_id[1:3]}{espn_id[4:]}"


def _z(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%MZ")


def _link(href: str, text: str) -> dict:
    return {"language": "en-US", "rel": ["summary", "desktop", "event"], "href": href, "text": text,
            "shortText": text, "isExternal": False, "isPremium": False}


def _team(tri: str) -> dict:
    t = TEAMS_BY_TRICODE[tri]
    code = t.espn_code.lower()
    return {"id": str(t.espn_id), "uid": f"s:40~l:46~t:{t.espn_id}", "location": t.city, "name": t.name,
            "abbreviation": t.espn_code, "displayName": t.full_name, "shortDisplayName": t.name,
            "color": "1d428a", "alternateColor": "e01234", "isActive": True, "venue": {"id": str(1800 + t.espn_id)},
            "links": [{"rel": ["clubhouse", "desktop", "team"],
                       "href": f"https://www.espn.com/nba/team/_/name/{code}/{t.slug}", "text": "Clubhouse",
                       "isExternal": False, "isPremium": False}],
            "logo": f"https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/{code}.png"}


def _athlete(league, year: int, index: int, tri: str) -> dict:
    p = league.player(year, index)
    t = TEAMS_BY_TRICODE[tri]
    name = fold(p.full_name)
    return {"id": str(p.espn_id), "fullName": name, "displayName": name,
            "shortName": fold(p.initial_name),
            "links": [{"rel": ["playercard", "desktop", "athlete"],
                       "href": f"https://www.espn.com/nba/player/_/id/{p.espn_id}/{p.slug}"}],
            "headshot": f"https://a.espncdn.com/i/headshots/nba/players/full/{p.espn_id}.png", "jersey": p.jersey,
            "position": {"abbreviation": p.position[0]}, "team": {"id": str(t.espn_id)}, "active": True}


def _status(final: bool, periods: int, g: Scheduled, pp: bool) -> dict:
    et = utc_to_et(g.tip)
    when = f"{et.hour % 12}:{et.minute:02d} PM EST"
    text = "Final" if final else ("Postponed" if pp else f"{et:%a, %B} {et.day}th at {when}")
    return {"clock": 0.0, "displayClock": "0.0", "period": periods if final else 0,
            "type": {"id": "3" if final else ("6" if pp else "1"),
                     "name": "STATUS_FINAL" if final else ("STATUS_POSTPONED" if pp else "STATUS_SCHEDULED"),
                     "state": "post" if final else "pre", "completed": final,
                     "description": "Final" if final else ("Postponed" if pp else "Scheduled"),
                     "detail": text, "shortDetail": text if final else f"{et.month}/{et.day} - {when}"}}


def _competitor(ctx, season, g: Scheduled, side: int, res) -> dict:
    tri = g.home if side == 0 else g.away
    t = TEAMS_BY_TRICODE[tri]
    out = {"id": str(t.espn_id), "uid": f"s:40~l:46~t:{t.espn_id}", "type": "team", "order": side,
           "homeAway": "home" if side == 0 else "away", "winner": bool(res and res.winner_side == side),
           "team": _team(tri), "score": str((res.home_pts if side == 0 else res.away_pts) if res else 0)}
    if res:
        tot = res.team_totals(side)
        out["linescores"] = [{"value": float(v), "displayValue": str(v), "period": k + 1}
                             for k, v in enumerate(res.line[side])]
        out["statistics"] = [{"name": n, "abbreviation": a, "displayValue": str(v)} for n, a, v in (
            ("rebounds", "REB", tot[OREB] + tot[DREB]), ("assists", "AST", tot[AST]),
            ("fieldGoalsAttempted", "FGA", tot[FGA]), ("fieldGoalsMade", "FGM", tot[FGM]),
            ("freeThrowsAttempted", "FTA", tot[FTA]), ("freeThrowsMade", "FTM", tot[FTM]), ("points", "PTS", tot[PTS]),
            ("threePointFieldGoalsAttempted", "3PA", tot[FG3A]), ("threePointFieldGoalsMade", "3PM", tot[FG3M]))]
        leaders = []
        for name, disp, abbr, col in (("points", "Points", "Pts", PTS), ("rebounds", "Rebounds", "Reb", "REB"),
                                      ("assists", "Assists", "Ast", AST)):
            def val(i, col=col):
                b = res.box[i]
                return b[OREB] + b[DREB] if col == "REB" else b[col]
            who = max(res.order[side], key=lambda i: (val(i), -i))
            leaders.append({"name": name, "displayName": disp, "shortDisplayName": abbr, "abbreviation": abbr,
                            "leaders": [{"displayValue": str(val(who)), "value": float(val(who)),
                                         "athlete": _athlete(ctx.league, season.year, who, tri),
                                         "team": {"id": str(t.espn_id)}}]})
        out["leaders"] = leaders
    if g.kind == "regular" and res:
        r = season.record_after(g.game_id)[side]
        out["records"] = [{"name": "overall", "abbreviation": "Game", "type": "total",
                           "summary": f"{r.wins}-{r.losses}"},
                          {"name": "Home", "type": "home", "summary": f"{r.home[0]}-{r.home[1]}"},
                          {"name": "Road", "type": "road", "summary": f"{r.road[0]}-{r.road[1]}"}]
    else:
        out["records"] = [{"name": "overall", "abbreviation": "Game", "type": "total", "summary": "0-0"}]
    return out


@route(SITE, BASE + r"/scoreboard")
def scoreboard(ctx, m):
    day = parse_day(ctx.q("dates"), "%Y%m%d")
    year = season_of(day)
    season = ctx.league.season(year)
    events = []
    for g in season.games_on(day):
        pp = postponed(ctx, g.game_id)
        final = season.is_final(g, ctx.as_of) and not pp
        res = season.result(g.game_id) if final else None
        eid = espn_game_id(g.game_id)
        h, a = TEAMS_BY_TRICODE[g.home], TEAMS_BY_TRICODE[g.away]
        status = _status(final, res.periods if res else 0, g, pp)
        stype = 3 if g.kind == "playoffs" else 5 if g.kind == "playin" else 2
        comp = {"id": eid, "uid": f"s:40~l:46~e:{eid}~c:{eid}", "date": _z(g.tip),
                "attendance": res.attendance if res else 0, "type": {"id": "1", "abbreviation": "STD"},
                "timeValid": True, "neutralSite": False, "conferenceCompetition": False, "playByPlayAvailable": final,
                "recent": False,
                "venue": {"id": str(1800 + h.espn_id), "fullName": h.arena,
                          "address": {"city": h.arena_city, "state": ""}, "indoor": True},
                "competitors": [_competitor(ctx, season, g, 0, res), _competitor(ctx, season, g, 1, res)],
                "notes": [], "status": status,
                "broadcasts": [{"market": "national", "names": ["NBA TV"]}],
                "format": {"regulation": {"periods": 4}}, "startDate": _z(g.tip), "broadcast": "NBA TV",
                "geoBroadcasts": [{"type": {"id": "1", "shortName": "TV"}, "market": {"id": "1", "type": "National"},
                                   "media": {"shortName": "NBA TV"}, "lang": "en", "region": "us"}],
                "highlights": [],
                "headlines": [{"type": "Recap", "description": f"{h.full_name} and {a.full_name} met.",
                               "shortLinkText": f"{a.name} at {h.name}"}] if final else []}
        events.append({"id": eid, "uid": f"s:40~l:46~e:{eid}", "date": _z(g.tip),
                       "name": f"{a.full_name} at {h.full_name}", "shortName": f"{a.espn_code} @ {h.espn_code}",
                       "season": {"year": year + 1, "type": stype,
                                  "slug": {2: "regular-season", 3: "post-season", 5: "play-in-season"}[stype]},
                       "competitions": [comp],
                       "links": [_link(f"https://www.espn.com/nba/game/_/gameId/{eid}", "Gamecast")],
                       "status": status})
    d = season.dates
    start, end = d.preseason_start, d.finals_end + timedelta(days=6)
    cal = []
    k = start
    while k <= end:
        cal.append(f"{k:%Y-%m-%d}T07:00Z")
        k += timedelta(days=1)
    league = {"id": "46", "uid": "s:40~l:46", "name": "National Basketball Association", "abbreviation": "NBA",
              "slug": "nba",
              "season": {"year": year + 1, "startDate": f"{start:%Y-%m-%d}T07:00Z", "endDate": f"{end:%Y-%m-%d}T06:59Z",
                         "displayName": f"{year}-{(year + 1) % 100:02d}",
                         "type": {"id": "2", "type": 2, "name": "Regular Season", "abbreviation": "reg"}},
              "logos": [{"href": "https://a.espncdn.com/i/teamlogos/leagues/500/nba.png", "width": 500, "height": 500,
                         "alt": "", "rel": ["full", "default"], "lastUpdated": "2018-06-05T12:07Z"}],
              "calendarType": "day", "calendarIsWhitelist": True, "calendarStartDate": f"{start:%Y-%m-%d}T07:00Z",
              "calendarEndDate": f"{end:%Y-%m-%d}T06:59Z", "calendar": cal}
    return js({"leagues": [league], "events": events})


KEYS = ["minutes", "fieldGoalsMade-fieldGoalsAttempted", "threePointFieldGoalsMade-threePointFieldGoalsAttempted",
        "freeThrowsMade-freeThrowsAttempted", "offensiveRebounds", "defensiveRebounds", "rebounds", "assists",
        "steals", "blocks", "turnovers", "fouls", "plusMinus", "points"]
LABELS = ["MIN", "FG", "3PT", "FT", "OREB", "DREB", "REB", "AST", "STL", "BLK", "TO", "PF", "+/-", "PTS"]


def _stats(b: list[int]) -> list[str]:
    return [str(round(b[SEC] / 60)), f"{b[FGM]}-{b[FGA]}", f"{b[FG3M]}-{b[FG3A]}", f"{b[FTM]}-{b[FTA]}", str(b[OREB]),
            str(b[DREB]), str(b[OREB] + b[DREB]), str(b[AST]), str(b[STL]), str(b[BLK]), str(b[TOV]), str(b[PF]),
            f"{b[PM]:+d}" if b[PM] else "0", str(b[PTS])]


def _guid(*parts: object) -> str:
    """A stable GUID-looking string (ESPN gives teams and athletes one)."""
    h = hashlib.blake2b("|".join(str(p) for p in parts).encode(), digest_size=16).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _strip_team(season, g: Scheduled, res, side: int) -> dict:
    """One team of the box-score page's game strip (``gmStrp.tms``), as ESPN renders it."""
    tri = res.team_of_side(side)
    t = TEAMS_BY_TRICODE[tri]
    code = t.espn_code.lower()
    if g.kind == "regular":
        r = season.record_after(g.game_id)[side]
        split = r.home if side == 0 else r.road
        total, supp = f"{r.wins}-{r.losses}", f"{split[0]}-{split[1]}"
    else:
        total, supp = "0-0", "0-0"
    lines = [{"displayValue": str(v)} for v in res.line[side]]
    return {"id": str(t.espn_id), "abbrev": t.espn_code, "displayName": t.full_name, "shortDisplayName": t.name,
            "logo": f"https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/{code}.png", "teamColor": "1d428a",
            "altColor": "e01234", "uid": f"s:40~l:46~t:{t.espn_id}", "guid": _guid("team", t.espn_id),
            "recordSummary": "", "standingSummary": "", "location": t.city,
            "links": f"/nba/team/_/name/{code}/{t.slug}",
            "logoDk": f"https://a.espncdn.com/i/teamlogos/nba/500-dark/scoreboard/{code}.png",
            "records": [{"type": "total", "summary": total, "displayValue": total},
                        {"type": "home" if side == 0 else "road", "summary": supp, "displayValue": supp}],
            "recordTotal": total, "recordSupplemental": f"{supp} {'Home' if side == 0 else 'Away'}",
            "isHome": side == 0, "gmStrpClrV4": "#1d428a", "linescores": lines, "calculatedLinescores": lines,
            "score": str(res.home_pts if side == 0 else res.away_pts), "winner": res.winner_side == side,
            "acsblClr": "#1d428a", "ltMdAcsblClr": "#1d428a",
            "logoMd": f"https://a.espncdn.com/combiner/i?img=/i/teamlogos/nba/500/scoreboard/{code}.png"
                      "&cquality=80&h=64&w=64"}


def _game_strip(season, g: Scheduled, res, eid: str) -> dict:
    """``gmStrp``: ids, tip-off, season type, final status and both teams (home first, like ESPN)."""
    stype = 3 if g.kind == "playoffs" else 5 if g.kind == "playin" else 1 if g.kind == "preseason" else 2
    ot = res.periods - 4
    det = "Final" if ot <= 0 else "Final/OT" if ot == 1 else f"Final/{ot}OT"
    home, away = _strip_team(season, g, res, 0), _strip_team(season, g, res, 1)
    h, a = TEAMS_BY_TRICODE[g.home], TEAMS_BY_TRICODE[g.away]
    return {"uid": f"s:40~l:46~e:{eid}", "gid": eid, "dt": _z(g.tip), "isTdy": False, "nm": "basketball",
            "possAvail": False, "seasonType": stype,
            "status": {"desc": "Final", "det": det, "id": "3", "state": "post", "statusPrimary": det},
            "statusState": "post", "tbd": False, "tms": [home, away], "isConferenceGame": h.conference == a.conference,
            "lgId": "46", "config": {"maxPeriods": 4}, "hasWinner": True, "bxscrSrc": "full",
            "tmsOrdrd": [away, home]}


def _box_athlete(p, b: list[int] | None) -> dict:
    athlete = {"id": str(p.espn_id), "guid": _guid("athlete", p.espn_id),
               "lnk": f"https://www.espn.com/nba/player/_/id/{p.espn_id}/{p.slug}", "uid": f"s:40~l:46~a:{p.espn_id}",
               "jersey": p.jersey, "shrtNm": fold(p.initial_name), "dspNm": fold(p.full_name)}
    if b is None:
        return {"stats": [], "athlt": athlete, "dnpRsn": "DNP-COACH'S DECISION"}
    return {"stats": _stats(b), "athlt": athlete}


@route("www.espn.com", r"/nba/boxscore(?:/_/gameId/(\d+))?")
def boxscore_html(ctx, m):
    eid = m.group(1) or ctx.q("gameId") or ""
    gid = nba_game_id(eid)
    if gid is None or postponed(ctx, gid):
        raise NotFound
    year = 2000 + int(gid[3:5])
    season = ctx.league.season(season_of(parse_day(f"{year}-10-01")))
    g = season.scheduled(gid)
    if g is None or not season.is_final(g, ctx.as_of):
        raise NotFound
    res = season.result(gid)
    bx = []
    tables = []
    for side in (1, 0):
        tri = res.team_of_side(side)
        t = TEAMS_BY_TRICODE[tri]
        groups = []
        for label, people in (("starters", res.order[side][:5]), ("bench", res.order[side][5:])):
            athletes = [_box_athlete(ctx.league.player(year, i), res.box[i]) for i in people]
            if label == "bench":
                athletes += [_box_athlete(ctx.league.player(year, i), None) for i, _reason in res.dnp[side]]
            groups.append({"keys": KEYS, "lbls": LABELS, "type": label, "athlts": athletes})
            rows = "".join(f"<tr><td>{html.escape(a['athlt']['dspNm'])}</td>" +
                           "".join(f"<td>{html.escape(s)}</td>" for s in a["stats"]) + "</tr>" for a in athletes)
            tables.append(f'<div class="Boxscore" data-team="{t.espn_code}" data-type="{label}"><table class="Table">'
                          f"<thead><tr><th>{label}</th>" + "".join(f"<th>{x}</th>" for x in LABELS) +
                          f"</tr></thead><tbody>{rows}</tbody></table></div>")
        bx.append({"tm": {"abbrev": t.espn_code, "dspNm": t.full_name, "id": str(t.espn_id), "nm": t.name,
                          "logo": f"https://a.espncdn.com/i/teamlogos/nba/500/scoreboard/{t.espn_code.lower()}.png",
                          "hm": side == 0}, "stats": groups})
    h = TEAMS_BY_TRICODE[g.home]
    info = {"attnd": res.attendance, "broadcasts": [{"type": "1", "market": "National", "name": "NBA TV"}],
            "cvrg": "NBA TV", "gameState": "post", "dtTmVld": True, "dtTm": _z(g.tip),
            "refs": [{"dspNm": o.name, "pos": "Referee"} for o in res.officials], "loc": h.arena,
            "locImg": f"https://a.espncdn.com/i/venues/nba/day/{1800 + h.espn_id}.jpg",
            "locAddr": {"city": h.arena_city, "state": ""}}
    page = {"app": {"uid": "espnfitt"}, "page": {"content": {"gamepackage": {
        "gmStrp": _game_strip(season, g, res, eid), "gmInfo": info, "bxscr": bx}}}}
    a = TEAMS_BY_TRICODE[g.away]
    body = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{a.name} {res.away_pts}-"
            f"{res.home_pts} {h.name} (" f"{g.day:%b} {g.day.day}, {g.day.year}) Box Score - ESPN</title></head><body>"
            f"<div id=\"espnfitt\">{''.join(tables)}</div>"
            f"<script>window['__espnfitt__']={json.dumps(page, separators=(',', ':'))};</script></body></html>")
    return Response(200, body.encode(), "text/html; charset=utf-8")


@route(SITE, BASE + r"/teams/(\d+)")
def roster(ctx, m):
    t = TEAMS_BY_ESPN_ID.get(int(m.group(1)))
    if t is None:
        raise NotFound
    league = ctx.league
    year = min(max(league.season_of_day(ctx.as_of.date()), 2021), 2025)
    day = min(ctx.as_of.date(), league.season(year).dates.finals_end)
    code = t.espn_code.lower()
    athletes = []
    for i in league.roster(year, t.tricode, day):
        p = league.player(year, i)
        name = fold(p.full_name)
        status, spell = status_on(league.spells(year, i), day)
        injuries = []
        if spell is not None and status != "Available":
            injuries.append({"id": str(500_000 + i),
                             "longComment": f"{fold(p.last)} ({spell.body.lower()}).",
                             "shortComment": f"{fold(p.last)} is {status.lower()}.", "status": status,
                             "date": f"{spell.start:%Y-%m-%d}T15:30Z", "athlete": {},
                             "source": {"id": "1", "description": "basic/manual", "state": "basic"},
                             "type": {"id": "4", "name": f"INJURY_STATUS_{status.upper()}",
                                      "description": status.lower(), "abbreviation": status[0]},
                             "details": {"fantasyStatus": {"description": status.upper(),
                                                           "abbreviation": status.upper()},
                                         "type": spell.body, "location": "Leg", "side": "Not Specified",
                                         "returnDate": f"{spell.end + timedelta(days=1):%Y-%m-%d}"}})
        athletes.append({
            "id": str(p.espn_id), "uid": f"s:40~l:46~a:{p.espn_id}",
            "guid": f"{p.espn_id:08x}-0000-0000-0000-000000000000",
            "type": "basketball", "alternateIds": {"sdr": str(p.espn_id)}, "firstName": fold(p.first),
            "lastName": fold(p.last_full), "fullName": name, "displayName": name,
            "shortName": fold(p.initial_name), "weight": float(p.weight_lb),
            "displayWeight": f"{p.weight_lb} lbs", "height": float(p.height_in),
            "displayHeight": f"{p.height_in // 12}' {p.height_in % 12}\"", "age": p.age_on(day),
            "dateOfBirth": f"{p.birth_date:%Y-%m-%d}T07:00Z", "debutYear": p.from_year,
            "links": [{"language": "en-US", "rel": ["playercard", "desktop", "athlete"],
                       "href": f"https://www.espn.com/nba/player/_/id/{p.espn_id}/{p.slug}", "text": "Player Card",
                       "shortText": "Player Card", "isExternal": False, "isPremium": False}],
            "birthPlace": {"city": "", "state": "", "country": p.country}, "citizenship": p.country, "college": {},
            "slug": p.slug, "headshot": {"href": f"https://a.espncdn.com/i/headshots/nba/players/full/{p.espn_id}.png",
                                         "alt": name},
            "jersey": p.jersey,
            "position": {"id": "1", "name": p.slot, "displayName": p.slot, "abbreviation": p.slot, "leaf": True,
                         "parent": {}},
            "injuries": injuries, "linked": True, "teams": [], "experience": {"years": max(0, year - p.from_year)},
            "collegeAthlete": {}, "active": True,
            "contract": {"birdStatus": 0, "baseYearCompensation": {"active": False},
                         "poisonPillProvision": {"active": False}, "incomingTradeValue": 5_000_000,
                         "outgoingTradeValue": 5_000_000, "minimumSalaryException": False, "optionType": 0,
                         "salary": 5_000_000, "salaryRemaining": 0, "yearsRemaining": 2, "season": {},
                         "tradeKicker": {"active": False, "percentage": 0.0, "value": 0, "tradeValue": 0},
                         "tradeRestriction": False, "unsignedForeignPick": False, "active": True},
            "eventLog": {},
            "draft": {"displayText": f"Year: {p.draft_year} Round: {p.draft_round} Pick: {p.draft_number}",
                      "round": p.draft_round or 0, "year": p.draft_year or 0, "selection": p.draft_number or 0,
                      "pick": {}},
            "status": {"id": "1", "name": "Active", "type": "active", "abbreviation": "Active"}})
    table = league.season(year).standings(day)
    r = table[t.tricode]
    team = {"id": str(t.espn_id), "uid": f"s:40~l:46~t:{t.espn_id}", "slug": t.slug, "location": t.city,
            "name": t.name, "abbreviation": t.espn_code, "displayName": t.full_name, "shortDisplayName": t.name,
            "color": "008348", "alternateColor": "ffffff", "isActive": True,
            "logos": [{"href": f"https://a.espncdn.com/i/teamlogos/nba/500/{code}.png", "width": 500, "height": 500,
                       "alt": "", "rel": ["full", "default"], "lastUpdated": "2024-06-25T21:17Z"}],
            "record": {"items": [{"description": "Overall Record", "type": "total", "summary": f"{r.wins}-{r.losses}",
                                  "stats": [{"name": "wins", "value": float(r.wins)},
                                            {"name": "losses", "value": float(r.losses)}]}]},
            "athletes": athletes, "groups": {"id": "1", "parent": {"id": "5"}, "isConference": False},
            "links": [{"language": "en-US", "rel": ["clubhouse", "desktop", "team"],
                       "href": f"https://www.espn.com/nba/team/_/name/{code}/{t.slug}", "text": "Clubhouse",
                       "shortText": "Clubhouse", "isExternal": False, "isPremium": False}],
            "franchise": {"$ref": f"http://sports.core.api.espn.pvt/v2/sports/basketball/leagues/nba/franchises/"
                                  f"{t.espn_id}?lang=en&region=us", "id": str(t.espn_id),
                          "uid": f"s:40~l:46~f:{t.espn_id}", "slug": t.slug, "location": t.city, "name": t.name,
                          "abbreviation": t.espn_code, "displayName": t.full_name, "shortDisplayName": t.name,
                          "color": "008348", "isActive": True,
                          "venue": {"$ref": f"http://sports.core.api.espn.pvt/v2/venues/{1800 + t.espn_id}",
                                    "id": str(1800 + t.espn_id), "fullName": t.arena, "shortName": t.arena,
                                    "address": {"city": t.arena_city, "state": ""}, "grass": False, "indoor": True,
                                    "images": []},
                          "team": {"$ref": f"http://sports.core.api.espn.pvt/v2/teams/{t.espn_id}"}},
            "nextEvent": [], "standingSummary": f"{r.wins}-{r.losses}"}
    return js({"team": team})


__all__ = ["TEAMS", "espn_game_id", "nba_game_id"]
