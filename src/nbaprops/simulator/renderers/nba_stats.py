"""stats.nba.com and cdn.nba.com JSON: schedule, player index, movement, scoreboard, game logs, box scores."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from nbaprops.ids import TEAMS, TEAMS_BY_TRICODE, season_label

from ..clock import clock_12h, et_to_utc, iso_z, utc_to_et
from ..game import AST, BLK, DREB, FG3A, FG3M, FGA, FGM, FTA, FTM, OREB, PF, PM, PTS, SEC, STL, TOV, Scheduled
from ..rng import rng_for
from ..router import HttpError, NotFound, route
from ..season import Exhibition, fmt_record
from .common import game_or_404, js, mmss, pct, postponed, season_from_label, season_of

STATS = "stats.nba.com"
CDN = "cdn.nba.com"


_DATE_PATTERN = r"^(\d{4})-(\d{2})-(\d{2})$|^(\d{2})\/(\d{2})\/(\d{4})$"


def bad_parameter(message: str) -> HttpError:
    """stats.nba.com's answer to a parameter it cannot read: 400 and a plain-text message."""
    return HttpError(400, message.encode(), {"Content-Type": "text/plain; charset=utf-8"})


def stats_day(ctx, name: str, required: bool = True) -> date | None:
    """A date parameter as stats.nba.com reads it: YYYY-MM-DD or MM/DD/YYYY (what nba_api sends); empty
    means no bound where the parameter is optional, and anything else is a 400."""
    text = (ctx.q(name) or "").strip()
    if not text:
        if required:
            raise bad_parameter(f"The {name} property is required.")
        return None
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise bad_parameter(f"The field {name} must match the regular expression '{_DATE_PATTERN}'.")


def stats_season(ctx) -> int:
    """The Season parameter ("2024-25"): 400 if it is not a season label, 404 if the league has no such season."""
    text = ctx.q("Season") or ""
    if not re.fullmatch(r"\d{4}-\d{2}", text):
        raise bad_parameter("The field Season must match the regular expression '^(\\d{4}-\\d{2})$'."
                            if text else "The Season property is required.")
    return season_from_label(text)


def _broadcaster(scope: str, media: str, bid: int, name: str, team_id: int) -> dict:
    return {"broadcasterScope": scope, "broadcasterMedia": media, "broadcasterId": bid,
            "broadcasterDisplay": name, "broadcasterAbbreviation": name, "broadcasterDescription": "",
            "tapeDelayComments": "", "broadcasterVideoLink": "", "regionId": 1 if scope != "intl" else 14,
            "broadcasterTeamId": team_id, "broadcasterRanking": None}


def _team_block(team_id: int, city: str, name: str, tri: str, slug: str, wins: int, losses: int, score: int,
                seed: int) -> dict:
    return {"teamId": team_id, "teamName": name, "teamCity": city, "teamTricode": tri, "teamSlug": slug,
            "wins": wins, "losses": losses, "score": score, "seed": seed}


def _schedule_game(ctx, season, g: Scheduled | Exhibition, week: int, role: str = "") -> dict:
    final = season.is_final(g, ctx.as_of)
    et = utc_to_et(g.tip)
    if isinstance(g, Exhibition):
        home = _team_block(*g.home, g.home[2].lower().replace(" ", ""), 0, 0, g.home_pts if final else 0, 0)
        away = _team_block(*g.away, g.away[2].lower().replace(" ", ""), 0, 0, g.away_pts if final else 0, 0)
        htri, atri, label, sub, seq = g.home[3], g.away[3], g.label, g.sub_label, 1
        leaders: list[dict] = []
        gid, day, series_text, series_no, home_id, away_id = g.game_id, g.day, "", "", g.home[0], g.away[0]
        home_tz_shift = 0
        pp = False
    else:
        h, a = TEAMS_BY_TRICODE[g.home], TEAMS_BY_TRICODE[g.away]
        pp = postponed(ctx, g.game_id)
        final = final and not pp
        res = season.result(g.game_id) if final else None
        if g.kind == "regular" and final:
            rh, ra = season.record_after(g.game_id)
            hw, hl, aw, al = rh.wins, rh.losses, ra.wins, ra.losses
        else:
            hw = hl = aw = al = 0
        home = _team_block(h.nba_id, h.city, h.name, h.tricode, h.slug, hw, hl, res.home_pts if res else 0,
                           season.seed_of(h.tricode) if g.kind != "regular" else 0)
        away = _team_block(a.nba_id, a.city, a.name, a.tricode, a.slug, aw, al, res.away_pts if res else 0,
                           season.seed_of(a.tricode) if g.kind != "regular" else 0)
        leaders = []
        if res:  # every player tied for the game's most points, as the real schedule lists them
            most = max(line[PTS] for line in res.box.values())
            for best in sorted(i for i, line in res.box.items() if line[PTS] == most):
                p = ctx.league.player(g.season, best)
                t = TEAMS_BY_TRICODE[res.team_of_side(res.side_of(best))]
                leaders.append({"personId": p.person_id, "firstName": p.first, "lastName": p.last_full,
                                "teamId": t.nba_id, "teamCity": t.city, "teamName": t.name,
                                "teamTricode": t.tricode, "points": float(most)})
        htri, atri, seq, gid, day = g.home, g.away, g.seq, g.game_id, g.day
        label = g.label
        sub = g.sub_label
        series_text = season.describe_series(g) if final else ""
        series_no = f"Game {g.series_game}" if g.series_game else ""
        home_id, away_id = h.nba_id, a.nba_id
        home_tz_shift = {"America/Chicago": 1, "America/Denver": 2, "America/Phoenix": 2,
                         "America/Los_Angeles": 3}.get(h.timezone, 0)
    status_text = ("Final" if not res_ot(season, g) else "Final/OT") if final else (
        "PPD" if pp else clock_12h(et))
    local = et - timedelta(hours=home_tz_shift)
    return {
        "gameId": gid, "gameCode": f"{day:%Y%m%d}/{atri}{htri}", "gameStatus": 3 if final else 1,
        "gameStatusText": status_text, "gameSequence": seq,
        "gameDateEst": f"{day:%Y-%m-%d}T00:00:00Z", "gameTimeEst": f"1900-01-01T{et:%H:%M}:00Z",
        "gameDateTimeEst": f"{et:%Y-%m-%dT%H:%M}:00Z",
        "gameDateUTC": f"{day:%Y-%m-%d}T04:00:00Z", "gameTimeUTC": f"1900-01-01T{g.tip:%H:%M}:00Z",
        "gameDateTimeUTC": iso_z(g.tip), "awayTeamTime": f"{et:%Y-%m-%dT%H:%M}:00Z",
        "homeTeamTime": f"{local:%Y-%m-%dT%H:%M}:00Z", "day": f"{day:%a}", "monthNum": day.month,
        "weekNumber": week, "weekName": f"Week {week}" if week else "", "ifNecessary": False,
        "seriesGameNumber": series_no, "gameLabel": label, "gameSubLabel": sub, "seriesText": series_text,
        "arenaName": TEAMS_BY_TRICODE[htri].arena if htri in TEAMS_BY_TRICODE else "Chase Center",
        "arenaState": "", "arenaCity": TEAMS_BY_TRICODE[htri].arena_city if htri in TEAMS_BY_TRICODE else "",
        "postponedStatus": "Y" if pp else "N", "branchLink": "", "gameSubtype": "", "isNeutral": False,
        "broadcasters": _broadcasters(ctx, g, htri, atri, home_id, away_id, role),
        "homeTeam": home, "awayTeam": away, "pointsLeaders": leaders,
    }


NATIONAL_TV = ((7, "NBA TV"), (1, "ESPN"), (2, "TNT"), (3, "ABC"))
INTL_TV_MOST, INTL_OTT_MOST = 55, 4  # the most international broadcasters of a game in the real schedule


def _broadcasters(ctx, g: Scheduled | Exhibition, htri: str, atri: str, home_id: int, away_id: int,
                  role: str) -> dict:
    """A game's broadcasters as the real schedule lists them: national TV for about 3 games in 10 (every
    postseason game), national radio, each team's TV and radio, and from none to 55 international TV
    channels. As in the real 2024-25 schedule, one pre-season game (``role`` "none") lists none at all and
    the body's first game (``role`` "first") the most of every kind, national TV first; so a client that
    tabulates the broadcasters (nba_api's ``ScheduleLeagueV2``, which takes its columns from the first
    broadcaster listed) gets the real body's broadcaster columns."""
    gid = g.game_id
    rng = rng_for(ctx.league.seed, "broadcasters", gid)
    preseason = gid.startswith("001")
    if role == "none":
        return {k: [] for k in _BROADCASTER_TYPES}
    marquee = role == "first"
    r = rng.random
    national = marquee or (not preseason and (gid[:3] in ("003", "004", "005") or r() < 0.3))
    nat_id, nat_name = NATIONAL_TV[0 if preseason else rng.randrange(len(NATIONAL_TV))]
    radio = 2 if marquee else (0 if r() < 0.05 else 2 if r() < 0.07 else 1)
    intl = INTL_TV_MOST if marquee else (0 if r() < 0.18 else min(INTL_TV_MOST - 1, int(rng.expovariate(1 / 14)) + 1))
    ott = INTL_OTT_MOST if marquee else (0 if r() < 0.66 else 1 if r() < 0.5 else 2)
    return {
        "nationalTvBroadcasters": [{**_broadcaster("natl", "tv", nat_id, nat_name, -1), "localizationRegion": ""}]
        if national else [],
        "nationalRadioBroadcasters": [_broadcaster("natl", "radio", 10 + k, ("ESPN Radio", "SiriusXM NBA")[k], -1)
                                      for k in range(radio)],
        "nationalOttBroadcasters": [],
        "homeTvBroadcasters": [_broadcaster("home", "tv", 1000 + home_id % 1000, f"{htri}-TV", home_id)]
        if marquee or r() < 0.89 else [],
        "homeRadioBroadcasters": [_broadcaster("home", "radio", 2000 + home_id % 1000, f"{htri}-AM", home_id)]
        if marquee or r() < 0.986 else [],
        "homeOttBroadcasters": [],
        "awayTvBroadcasters": [_broadcaster("away", "tv", 1000 + away_id % 1000, f"{atri}-TV", away_id)]
        if marquee or r() < 0.885 else [],
        "awayRadioBroadcasters": [_broadcaster("away", "radio", 2000 + away_id % 1000, f"{atri}-AM", away_id)]
        if marquee or r() < 0.984 else [],
        "awayOttBroadcasters": [],
        "intlRadioBroadcasters": [],
        "intlTvBroadcasters": [_intl_tv(k) for k in range(intl)],
        "intlOttBroadcasters": [_broadcaster("intl", "ott", 1605 + k, ("DAZN", "NBA League Pass", "Sling", "Prime")[k],
                                             -1) for k in range(ott)],
    }


_BROADCASTER_TYPES = ("nationalTvBroadcasters", "nationalRadioBroadcasters", "nationalOttBroadcasters",
                      "homeTvBroadcasters", "homeRadioBroadcasters", "homeOttBroadcasters", "awayTvBroadcasters",
                      "awayRadioBroadcasters", "awayOttBroadcasters", "intlRadioBroadcasters", "intlTvBroadcasters",
                      "intlOttBroadcasters")


def _intl_tv(k: int) -> dict:
    if k == 0:
        return {**_broadcaster("can", "tv", 181, "NBA TV Canada", -1), "regionId": 2}
    return {**_broadcaster("intl", "tv", 1200 + 7 * k, f"Sports Channel {k}", -1), "regionId": 2 + k}


def res_ot(season, g) -> bool:
    if isinstance(g, Exhibition):
        return False
    return season.result(g.game_id).periods > 4


def schedule_payload(ctx, year: int, cdn: bool = False) -> dict:
    season = ctx.league.season(year)
    games: list = [*season.exhibitions, *season.all_games()]
    games.sort(key=lambda g: (g.day, g.tip, g.game_id))
    start = season.dates.regular_start - timedelta(days=season.dates.regular_start.weekday())
    roles = {g.game_id: "none" for g in games if g.game_id.startswith("001")}  # the last pre-season game
    roles = dict(list(roles.items())[-1:]) | {games[0].game_id: "first"} if games else {}
    by_day: dict[date, list] = {}
    for g in games:
        by_day.setdefault(g.day, []).append(g)
    game_dates = []
    for day, gs in by_day.items():
        week = (day - start).days // 7 + 1 if season.dates.regular_start <= day <= season.dates.regular_end else 0
        game_dates.append({"gameDate": f"{day:%m/%d/%Y} 00:00:00",
                           "games": [_schedule_game(ctx, season, g, week, roles.get(g.game_id, "")) for g in gs]})
    weeks = []
    k, day = 1, season.dates.regular_start
    while day <= season.dates.regular_end:
        end = day + timedelta(days=6 - day.weekday())
        weeks.append({"weekNumber": k, "weekName": f"Week {k}", "startDate": f"{day:%Y-%m-%d}T00:00:00Z",
                      "endDate": f"{end:%Y-%m-%d}T00:00:00Z"})
        day, k = end + timedelta(days=1), k + 1
    label = season_label(year)
    generated = ctx.as_of
    if cdn:  # the CDN file is regenerated while games change; after the Finals it stays as it is
        generated = min(generated, et_to_utc(season.dates.finals_end + timedelta(days=1), 12))
    return {
        "meta": {"version": 1, "request": f"http://nba.cloud/league/00/{label}/scheduleleaguev2?Format=json",
                 "time": iso_z(generated).replace("Z", ".0Z")},
        "leagueSchedule": {
            "seasonYear": label, "leagueId": "00", "gameDates": game_dates, "weeks": weeks,
            "broadcasterList": [{"broadcasterId": 7, "broadcasterDisplay": "NBA TV",
                                 "broadcasterAbbreviation": "NBA TV", "broadcasterDescription": "", "regionId": 1}],
        },
    }


@route(STATS, r"/stats/scheduleleaguev2")
def schedule_api(ctx, m):
    return js(schedule_payload(ctx, stats_season(ctx)))


@route(CDN, r"/static/json/staticData/scheduleLeagueV2(?:_1)?\.json")
def schedule_cdn(ctx, m):
    return js(schedule_payload(ctx, 2025, cdn=True))


def _result_set(name: str, headers: list[str], rows: list[list]) -> dict:
    return {"name": name, "headers": headers, "rowSet": rows}


PLAYER_INDEX_HEADERS = [
    "PERSON_ID", "PLAYER_LAST_NAME", "PLAYER_FIRST_NAME", "PLAYER_SLUG", "TEAM_ID", "TEAM_SLUG", "IS_DEFUNCT",
    "TEAM_CITY", "TEAM_NAME", "TEAM_ABBREVIATION", "JERSEY_NUMBER", "POSITION", "HEIGHT", "WEIGHT", "COLLEGE",
    "COUNTRY", "DRAFT_YEAR", "DRAFT_ROUND", "DRAFT_NUMBER", "ROSTER_STATUS", "FROM_YEAR", "TO_YEAR", "PTS", "REB",
    "AST", "STATS_TIMEFRAME"]


@route(STATS, r"/stats/playerindex")
def player_index(ctx, m):
    year = stats_season(ctx)
    league = ctx.league
    day = min(ctx.as_of.date(), league.season(year).dates.finals_end)
    rows = []
    for t in TEAMS:
        for i in league.roster(year, t.tricode, day):
            p = league.player(year, i)
            rows.append([p.person_id, p.last_full, p.first, p.slug, t.nba_id, t.slug, 0, t.city, t.name, t.tricode,
                         p.jersey, p.position, p.height_str(), str(p.weight_lb), p.college or None,
                         p.country, p.draft_year, p.draft_round, p.draft_number, 1.0, str(p.from_year), str(year),
                         None, None, None, "Season"])
    rows.sort(key=lambda r: (r[1], r[2]))
    params = {"LeagueID": "00", "Season": season_label(year), "Historical": int(ctx.q("Historical", "0") or 0),
              "TeamID": 0, "Country": None, "College": None, "DraftYear": None, "DraftPick": None,
              "PlayerPosition": None, "Height": None, "Weight": None, "Active": None, "AllStar": None}
    return js({"resource": "playerindex", "parameters": params,
               "resultSets": [_result_set("PlayerIndex", PLAYER_INDEX_HEADERS, rows)]})


@route(STATS, r"/js/data/playermovement/NBA_Player_Movement\.json")
def player_movement(ctx, m):
    league = ctx.league
    rows = []
    for year in range(2021, 2026):
        if date(year, 6, 1) > ctx.as_of.date():
            break
        for tx in league.transactions(year):
            if tx.day > ctx.as_of.date():
                continue
            p = league.player(year, tx.player)
            t = TEAMS_BY_TRICODE[tx.team]
            rows.append({"Transaction_Type": tx.kind, "TRANSACTION_DATE": f"{tx.day:%Y-%m-%d}T00:00:00",
                         "TRANSACTION_DESCRIPTION": tx.description, "TEAM_ID": float(t.nba_id), "TEAM_SLUG": t.slug,
                         "PLAYER_ID": float(p.person_id), "PLAYER_SLUG": p.slug, "Additional_Sort": 0.0,
                         "GroupSort": f"{tx.kind} {tx.group}"})
    rows.sort(key=lambda r: (r["TRANSACTION_DATE"], r["GroupSort"]), reverse=True)
    columns = [{"Name": k, "DataType": "String" if isinstance(v, str) else "Double"} for k, v in rows[0].items()] \
        if rows else []
    return js({"NBA_Player_Movement": {"rows": rows, "columns": columns}})


def _final_games_on(ctx, day: date) -> tuple[object, list[Scheduled]]:
    season = ctx.league.season(season_of(day))
    return season, [g for g in season.games_on(day)]


@route(STATS, r"/stats/scoreboardv2")
def scoreboard_v2(ctx, m):
    day = stats_day(ctx, "GameDate")
    season, games = _final_games_on(ctx, day)
    stamp = f"{day:%Y-%m-%d}T00:00:00"
    header, lines, series, last, avail, leaders = [], [], [], [], [], []
    for g in games:
        final = season.is_final(g, ctx.as_of) and not postponed(ctx, g.game_id)
        h, a = TEAMS_BY_TRICODE[g.home], TEAMS_BY_TRICODE[g.away]
        et = utc_to_et(g.tip)
        res = season.result(g.game_id) if final else None
        header.append([stamp, g.seq, g.game_id, 3 if final else 1, "Final" if final else clock_12h(et), 
                       f"{day:%Y%m%d}/{a.tricode}{h.tricode}", h.nba_id, a.nba_id, str(season.year),
                       res.periods if res else 0, "     ", "NBA TV", f"{h.tricode}-TV", f"{a.tricode}-TV",
                       f"Q{res.periods if res else 0}       - NBA TV", h.arena, 1, 0])
        for side, t in ((1, a), (0, h)):
            rec = season.record_after(g.game_id)[side] if final and g.kind == "regular" else None
            qs = (res.line[side] + [0] * 14)[:14] if res else [None] * 14
            tot = res.team_totals(side) if res else None
            lines.append([stamp, g.seq, g.game_id, t.nba_id, t.tricode, t.city, t.name,
                          f"{rec.wins}-{rec.losses}" if rec else "0-0", *qs,
                          (res.home_pts if side == 0 else res.away_pts) if res else None,
                          pct(tot[FGM], tot[FGA]) if tot else None, pct(tot[FTM], tot[FTA]) if tot else None,
                          pct(tot[FG3M], tot[FG3A]) if tot else None, tot[AST] if tot else None,
                          tot[OREB] + tot[DREB] if tot else None, tot[TOV] if tot else None])
            if res:
                best = {}
                for col in (PTS, "REB", AST):
                    def val(i, col=col, res=res):
                        b = res.box[i]
                        return b[OREB] + b[DREB] if col == "REB" else b[col]
                    who = max(res.order[side], key=lambda i: (val(i), -i))
                    best[col] = (ctx.league.player(season.year, who), val(who))
                leaders.append([g.game_id, t.nba_id, t.city, t.name, t.tricode,
                                best[PTS][0].person_id, best[PTS][0].full_name, best[PTS][1],
                                best["REB"][0].person_id, best["REB"][0].full_name, best["REB"][1],
                                best[AST][0].person_id, best[AST][0].full_name, best[AST][1]])
        prev = [x for x in season.meetings(g.home, g.away) if x.day < day]
        hw = sum(1 for x in prev if season.result(x.game_id).winner_side == (0 if x.home == g.home else 1))
        tot_meet = len(prev)
        series.append([g.game_id, h.nba_id, a.nba_id, stamp, hw, tot_meet - hw,
                       "Tied" if hw * 2 == tot_meet else (h.city if hw * 2 > tot_meet else a.city)])
        if prev:
            p = prev[-1]
            pr = season.result(p.game_id)
            ph, pa = TEAMS_BY_TRICODE[p.home], TEAMS_BY_TRICODE[p.away]
            last.append([g.game_id, p.game_id, f"{p.day:%Y-%m-%d}T00:00:00", ph.nba_id, ph.city, ph.name, ph.tricode,
                         pr.home_pts, pa.nba_id, pa.city, pa.name, pa.tricode, pr.away_pts])
        avail.append([g.game_id, 1 if final else 0])
    standings = {}
    table = season.standings(day - timedelta(days=1))
    for conf in ("East", "West"):
        rows = []
        for t in season.conference_order(conf, day - timedelta(days=1)):
            r = table[t]
            tm = TEAMS_BY_TRICODE[t]
            rows.append([tm.nba_id, "00", f"2{season.year}", f"{day:%Y-%m-%d}", conf, tm.city, r.wins + r.losses,
                         r.wins, r.losses, r.pct, fmt_record(r.home), fmt_record(r.road)])
        standings[conf] = rows
    st_headers = ["TEAM_ID", "LEAGUE_ID", "SEASON_ID", "STANDINGSDATE", "CONFERENCE", "TEAM", "G", "W", "L",
                  "W_PCT", "HOME_RECORD", "ROAD_RECORD"]
    sets = [
        _result_set("GameHeader", ["GAME_DATE_EST", "GAME_SEQUENCE", "GAME_ID", "GAME_STATUS_ID", "GAME_STATUS_TEXT",
                                   "GAMECODE", "HOME_TEAM_ID", "VISITOR_TEAM_ID", "SEASON", "LIVE_PERIOD",
                                   "LIVE_PC_TIME", "NATL_TV_BROADCASTER_ABBREVIATION",
                                   "HOME_TV_BROADCASTER_ABBREVIATION", "AWAY_TV_BROADCASTER_ABBREVIATION",
                                   "LIVE_PERIOD_TIME_BCAST", "ARENA_NAME", "WH_STATUS", "WNBA_COMMISSIONER_FLAG"],
                    header),
        _result_set("LineScore", ["GAME_DATE_EST", "GAME_SEQUENCE", "GAME_ID", "TEAM_ID", "TEAM_ABBREVIATION",
                                  "TEAM_CITY_NAME", "TEAM_NAME", "TEAM_WINS_LOSSES", "PTS_QTR1", "PTS_QTR2",
                                  "PTS_QTR3", "PTS_QTR4", *[f"PTS_OT{k}" for k in range(1, 11)], "PTS", "FG_PCT",
                                  "FT_PCT", "FG3_PCT", "AST", "REB", "TOV"], lines),
        _result_set("SeriesStandings", ["GAME_ID", "HOME_TEAM_ID", "VISITOR_TEAM_ID", "GAME_DATE_EST",
                                        "HOME_TEAM_WINS", "HOME_TEAM_LOSSES", "SERIES_LEADER"], series),
        _result_set("LastMeeting", ["GAME_ID", "LAST_GAME_ID", "LAST_GAME_DATE_EST", "LAST_GAME_HOME_TEAM_ID",
                                    "LAST_GAME_HOME_TEAM_CITY", "LAST_GAME_HOME_TEAM_NAME",
                                    "LAST_GAME_HOME_TEAM_ABBREVIATION", "LAST_GAME_HOME_TEAM_POINTS",
                                    "LAST_GAME_VISITOR_TEAM_ID", "LAST_GAME_VISITOR_TEAM_CITY",
                                    "LAST_GAME_VISITOR_TEAM_NAME", "LAST_GAME_VISITOR_TEAM_CITY1",
                                    "LAST_GAME_VISITOR_TEAM_POINTS"], last),
        _result_set("EastConfStandingsByDay", st_headers, standings["East"]),
        _result_set("WestConfStandingsByDay", st_headers, standings["West"]),
        _result_set("Available", ["GAME_ID", "PT_AVAILABLE"], avail),
        _result_set("TeamLeaders", ["GAME_ID", "TEAM_ID", "TEAM_CITY", "TEAM_NICKNAME", "TEAM_ABBREVIATION",
                                    "PTS_PLAYER_ID", "PTS_PLAYER_NAME", "PTS", "REB_PLAYER_ID", "REB_PLAYER_NAME",
                                    "REB", "AST_PLAYER_ID", "AST_PLAYER_NAME", "AST"], leaders),
        _result_set("TicketLinks", ["GAME_ID", "LEAG_TIX"], []),
    ]
    return js({"resource": "scoreboardV2", "parameters": {"GameDate": f"{day:%Y-%m-%d}", "LeagueID": "00",
                                                          "DayOffset": ctx.q("DayOffset", "0")},
               "resultSets": sets})


GAMELOG_HEADERS = ["SEASON_ID", "PLAYER_ID", "PLAYER_NAME", "TEAM_ID", "TEAM_ABBREVIATION", "TEAM_NAME", "GAME_ID",
                   "GAME_DATE", "MATCHUP", "WL", "MIN", "FGM", "FGA", "FG_PCT", "FG3M", "FG3A", "FG3_PCT", "FTM",
                   "FTA", "FT_PCT", "OREB", "DREB", "REB", "AST", "STL", "BLK", "TOV", "PF", "PTS", "PLUS_MINUS",
                   "FANTASY_PTS", "VIDEO_AVAILABLE"]
SEASON_TYPES = {"Regular Season": ("regular", "2"), "PlayIn": ("playin", "5"), "Playoffs": ("playoffs", "4")}


@route(STATS, r"/stats/leaguegamelog")
def league_game_log(ctx, m):
    year = stats_season(ctx)
    stype = ctx.q("SeasonType", "Regular Season") or "Regular Season"
    if stype not in SEASON_TYPES:
        raise bad_parameter("The field SeasonType must match the regular expression "
                            "'^(Regular Season)|(Pre Season)|(Playoffs)|(All Star)|(PlayIn)|(IST)$'.")
    kind, digit = SEASON_TYPES[stype]
    d_from = stats_day(ctx, "DateFrom", required=False) or date.min
    d_to = stats_day(ctx, "DateTo", required=False) or date.max
    season = ctx.league.season(year)
    rows = []
    games = season.regular if kind == "regular" else [g for g in season.postseason() if g.kind == kind]
    for g in games:
        if not (d_from <= g.day <= d_to) or not season.is_final(g, ctx.as_of) or postponed(ctx, g.game_id):
            continue
        res = season.result(g.game_id)
        for side in (0, 1):
            t = TEAMS_BY_TRICODE[res.team_of_side(side)]
            o = TEAMS_BY_TRICODE[res.team_of_side(1 - side)]
            won = res.winner_side == side
            for i in res.order[side]:
                b = res.box[i]
                p = ctx.league.player(year, i)
                reb = b[OREB] + b[DREB]
                fantasy = round(b[PTS] + 1.2 * reb + 1.5 * b[AST] + 3 * b[STL] + 3 * b[BLK] - b[TOV], 1)
                rows.append([f"{digit}{year}", p.person_id, p.full_name, t.nba_id, t.tricode, t.full_name,
                             g.game_id, f"{g.day:%Y-%m-%d}",
                             f"{t.tricode} vs. {o.tricode}" if side == 0 else f"{t.tricode} @ {o.tricode}",
                             "W" if won else "L", round(b[SEC] / 60), b[FGM], b[FGA], pct(b[FGM], b[FGA]), b[FG3M],
                             b[FG3A], pct(b[FG3M], b[FG3A]), b[FTM], b[FTA], pct(b[FTM], b[FTA]), b[OREB], b[DREB],
                             reb, b[AST], b[STL], b[BLK], b[TOV], b[PF], b[PTS], b[PM], fantasy, 1])
    rows.sort(key=lambda r: (r[7], r[28], r[1]), reverse=(ctx.q("Direction", "DESC") == "DESC"))
    params = {"LeagueID": "00", "Season": season_label(year), "SeasonType": stype,
              "PlayerOrTeam": ctx.q("PlayerOrTeam", "P"), "Counter": int(ctx.q("Counter", "1000") or 1000),
              "Sorter": ctx.q("Sorter", "DATE"), "Direction": ctx.q("Direction", "DESC"),
              "DateFrom": ctx.q("DateFrom"), "DateTo": ctx.q("DateTo")}
    return js({"resource": "leaguegamelog", "parameters": params,
               "resultSets": [_result_set("LeagueGameLog", GAMELOG_HEADERS, rows)]})


STAT_COLS = ["MIN", "FGM", "FGA", "FG_PCT", "FG3M", "FG3A", "FG3_PCT", "FTM", "FTA", "FT_PCT", "OREB", "DREB", "REB",
             "AST", "STL", "BLK", "TO", "PF", "PTS"]


def _stat_values(b: list[int], minutes: str) -> list:
    return [minutes, b[FGM], b[FGA], pct(b[FGM], b[FGA]), b[FG3M], b[FG3A], pct(b[FG3M], b[FG3A]), b[FTM], b[FTA],
            pct(b[FTM], b[FTA]), b[OREB], b[DREB], b[OREB] + b[DREB], b[AST], b[STL], b[BLK], b[TOV], b[PF], b[PTS]]


@route(STATS, r"/stats/boxscoretraditionalv2")
def boxscore_traditional(ctx, m):
    gid = ctx.q("GameID") or ""
    if not re.fullmatch(r"\d{10}", gid) or postponed(ctx, gid):
        raise NotFound
    res = game_or_404(ctx, gid)
    year = res.sched.season
    players, teams, split = [], [], []
    slots = ("G", "G", "F", "F", "C")
    for side in (0, 1):
        t = TEAMS_BY_TRICODE[res.team_of_side(side)]
        for k, i in enumerate(res.order[side]):
            p = ctx.league.player(year, i)
            b = res.box[i]
            start = slots[k] if k < 5 else ""
            players.append([gid, t.nba_id, t.tricode, t.city, p.person_id, p.full_name, p.first, start, "",
                            *_stat_values(b, mmss(b[SEC])), b[PM]])
        for i, reason in res.dnp[side]:
            p = ctx.league.player(year, i)
            players.append([gid, t.nba_id, t.tricode, t.city, p.person_id, p.full_name, p.first, "", reason,
                            *([None] * 20)])
        tot = res.team_totals(side)
        margin = (res.home_pts - res.away_pts) * (1 if side == 0 else -1)
        total_min = 240 + 25 * (res.periods - 4)
        teams.append([gid, t.nba_id, t.name, t.tricode, t.city, *_stat_values(tot, f"{total_min}:00"), margin])
        for label, group in (("Starters", res.order[side][:5]), ("Bench", res.order[side][5:])):
            agg = [0] * 16
            for i in group:
                for c, v in enumerate(res.box[i]):
                    agg[c] += v
            split.append([gid, t.nba_id, t.name, t.tricode, t.city, label, *_stat_values(agg, mmss(agg[SEC]))])
    params = {"GameID": gid, "StartPeriod": 0, "EndPeriod": 0, "StartRange": 0, "EndRange": 0, "RangeType": 0}
    return js({"resource": "boxscore", "parameters": params, "resultSets": [
        _result_set("PlayerStats", ["GAME_ID", "TEAM_ID", "TEAM_ABBREVIATION", "TEAM_CITY", "PLAYER_ID", "PLAYER_NAME",
                                    "NICKNAME", "START_POSITION", "COMMENT", *STAT_COLS, "PLUS_MINUS"], players),
        _result_set("TeamStats", ["GAME_ID", "TEAM_ID", "TEAM_NAME", "TEAM_ABBREVIATION", "TEAM_CITY", *STAT_COLS,
                                  "PLUS_MINUS"], teams),
        _result_set("TeamStarterBenchStats", ["GAME_ID", "TEAM_ID", "TEAM_NAME", "TEAM_ABBREVIATION", "TEAM_CITY",
                                              "STARTERS_BENCH", *STAT_COLS], split),
    ]})
