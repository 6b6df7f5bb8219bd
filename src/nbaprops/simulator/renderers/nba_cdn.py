"""cdn.nba.com live play-by-play (``liveData/playbyplay/playbyplay_{gameId}.json``)."""

from __future__ import annotations

import functools
from datetime import UTC, timedelta

from nbaprops.ids import TEAMS_BY_TRICODE

from ..clock import iso_z
from ..game import Action, Game
from ..router import NotFound, route
from .common import game_or_404, js, postponed


@functools.cache
def _clock(tenths: int) -> str:
    return f"PT{tenths // 600:02d}M{(tenths % 600) // 10:02d}.{tenths % 10}0S"


def _stamp(game: Game, a: Action) -> str:
    moment = game.sched.tip + timedelta(seconds=a.elapsed * 2.6 + 900 * (a.period - 1) // 2 + a.num % 7)
    if moment.tzinfo is not UTC:
        return iso_z(moment).replace("Z", f".{a.num % 10}Z")
    # iso_z without strftime (the same text, several times faster; tips are UTC)
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}:"
            f"{moment.second:02d}.{a.num % 10}Z")


def action_dict(league, game: Game, a: Action, people: dict | None = None) -> dict:
    """One live-data action with the keys the real feed uses for that action type.

    ``people`` (index -> player) may be shared between the actions of one game to save the look-ups.
    """
    year = game.sched.season
    if people is None:
        people = {}

    def pl(i: int):
        p = people.get(i)
        if p is None:
            p = people[i] = league.player(year, i)
        return p

    stamp = _stamp(game, a)
    d: dict = {"actionNumber": a.num, "clock": _clock(a.clock), "timeActual": stamp, "period": a.period,
               "periodType": "REGULAR" if a.period <= 4 else "OVERTIME"}
    team = TEAMS_BY_TRICODE[game.team_of_side(a.side)] if a.side >= 0 else None
    if team:
        d["teamId"], d["teamTricode"] = team.nba_id, team.tricode
    d["actionType"] = a.kind
    d["subType"] = a.sub
    if a.descriptor:
        d["descriptor"] = a.descriptor
    d["qualifiers"] = list(a.qualifiers)
    d["personId"] = pl(a.person).person_id if a.person >= 0 else 0
    is_shot = a.kind in ("2pt", "3pt")
    d["x"], d["y"] = (a.x, a.y) if is_shot else (None, None)
    if a.area:
        d["area"], d["areaDetail"] = a.area, a.area_detail
    d["side"] = ("left" if (a.x or 0) < 50 else "right") if is_shot else None
    if is_shot:
        d["shotDistance"] = a.dist
    poss = TEAMS_BY_TRICODE[game.team_of_side(a.possession)].nba_id if a.possession >= 0 else 0
    d["possession"] = poss
    d["scoreHome"], d["scoreAway"] = str(a.score_home), str(a.score_away)
    d["edited"] = stamp[:19] + "Z"
    if a.official:
        d["officialId"] = a.official
    d["orderNumber"] = a.num * 10_000
    d["isTargetScoreLastPeriod"] = False
    d["xLegacy"], d["yLegacy"] = (a.x_legacy, a.y_legacy) if is_shot else (None, None)
    d["isFieldGoal"] = 1 if is_shot else 0
    ids = [d["personId"]] if a.person >= 0 else []
    if a.person >= 0:
        p = pl(a.person)
        d["playerName"], d["playerNameI"] = p.last_full, p.initial_name
    if is_shot or a.kind == "freethrow":
        d["shotResult"] = "Made" if a.made else "Missed"
        if a.made:
            d["pointsTotal"] = a.points
    if a.kind == "period":
        d["description"] = "Period Start" if a.sub == "start" else "Period End"
    elif a.kind == "game":
        d["description"] = "Game End"
    elif a.kind == "jumpball":
        won, lost, got = pl(a.drawn), pl(a.steal), pl(a.person)
        d.update({"jumpBallRecoveredName": got.initial_name, "jumpBallRecoverdPersonId": got.person_id,
                  "jumpBallWonPlayerName": won.last_full, "jumpBallWonPersonId": won.person_id,
                  "jumpBallLostPlayerName": lost.last_full, "jumpBallLostPersonId": lost.person_id,
                  "description": f"Jump Ball {won.initial_name} vs. {lost.initial_name}: Tip to {got.initial_name}"})
        ids = [got.person_id, won.person_id, lost.person_id]
    elif is_shot:
        p = pl(a.person)
        feet = int(a.dist)
        kind = "3PT " if a.kind == "3pt" else ""
        text = f"{p.initial_name} {feet}' {kind}{(a.descriptor + ' ') if a.descriptor else ''}{a.sub}".strip()
        if a.made:
            text += f" ({a.points} PTS)"
            if a.assist >= 0:
                ap = pl(a.assist)
                text += f" ({ap.initial_name} {a.totals[0]} AST)"
                d.update({"assistPlayerNameInitial": ap.initial_name, "assistPersonId": ap.person_id,
                          "assistTotal": a.totals[0]})
                ids.append(ap.person_id)
        else:
            text = "MISS " + text
            if a.block >= 0:
                bp = pl(a.block)
                text += " - blocked"
                d.update({"blockPlayerName": bp.last_full, "blockPersonId": bp.person_id})
                ids.append(bp.person_id)
        d["description"] = text
    elif a.kind == "freethrow":
        p = pl(a.person)
        base = f"{p.initial_name} Free Throw {a.ft_n} of {a.ft_of}"
        d["description"] = f"{base} ({a.points} PTS)" if a.made else f"MISS {base}"
    elif a.kind == "rebound":
        d["shotActionNumber"] = a.shot_action
        d["reboundTotal"], d["reboundDefensiveTotal"], d["reboundOffensiveTotal"] = a.totals
        d["description"] = f"{pl(a.person).initial_name} REBOUND (Off:{a.totals[2]} Def:{a.totals[1]})"
    elif a.kind == "turnover":
        d["turnoverTotal"] = a.totals[0]
        d["description"] = f"{pl(a.person).initial_name} {a.sub} TURNOVER ({a.totals[0]} TO)"
    elif a.kind == "steal":
        d["description"] = f"{pl(a.person).initial_name} STEAL ({a.totals[0]} STL)"
    elif a.kind == "block":
        d["description"] = f"{pl(a.person).initial_name} BLOCK ({a.totals[0]} BLK)"
    elif a.kind == "foul":
        d["foulPersonalTotal"], d["foulTechnicalTotal"] = a.totals
        dp = pl(a.drawn)
        d["foulDrawnPlayerName"], d["foulDrawnPersonId"] = dp.last_full, dp.person_id
        d["description"] = (f"{pl(a.person).initial_name} {a.descriptor + ' ' if a.descriptor else ''}{a.sub} "
                            f"FOUL ({a.totals[0]} PF)")
        ids.append(dp.person_id)
    elif a.kind == "substitution":
        d["description"] = f"SUB {a.sub}: {pl(a.person).initial_name}"
    elif a.kind == "timeout":
        d["description"] = f"{team.tricode if team else ''} Timeout"
    d["personIdsFilter"] = ids
    return d


@route("cdn.nba.com", r"/static/json/liveData/playbyplay/playbyplay_(\d{10})\.json")
def play_by_play(ctx, m):
    gid = m.group(1)
    if postponed(ctx, gid):
        raise NotFound
    game = game_or_404(ctx.league, gid, with_actions=True)
    people: dict = {}
    actions = [action_dict(ctx.league, game, a, people) for a in game.actions or []]
    end = game.sched.tip + timedelta(hours=3)
    return js({"meta": {"version": 1, "code": 200, "request": f"http://nba.cloud/games/{gid}/playbyplay?Format=json",
                        "time": end.strftime("%Y-%m-%d %H:%M:%S.%f")},
               "game": {"gameId": gid, "actions": actions}})
