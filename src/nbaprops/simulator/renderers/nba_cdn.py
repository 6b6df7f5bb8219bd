"""cdn.nba.com live play-by-play (``liveData/playbyplay/playbyplay_{gameId}.json``)."""

from __future__ import annotations

import functools
from datetime import UTC, timedelta
from json.encoder import encode_basestring as _enc  # what json.dumps(ensure_ascii=False) uses

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


class _Person:
    """One player's values as the feed prints them (JSON-encoded where they are strings)."""

    __slots__ = ("id", "initial", "initial_js", "last", "last_js")

    def __init__(self, p):
        self.id = p.person_id
        self.initial, self.last = p.initial_name, p.last_full
        self.initial_js, self.last_js = _enc(self.initial), _enc(self.last)


def _scalar(v) -> str:
    """A number or None as ``json.dumps`` writes it."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return repr(v)


def actions_json(league, game: Game) -> str:
    """The ``actions`` array as the JSON text ``json.dumps([action_dict(...) ...], separators=(",", ":"),
    ensure_ascii=False)`` gives, written directly (the play-by-play is the largest payload of a season)."""
    year = game.sched.season
    people: dict[int, _Person] = {}

    def pl(i: int) -> _Person:
        p = people.get(i)
        if p is None:
            p = people[i] = _Person(league.player(year, i))
        return p

    teams = [TEAMS_BY_TRICODE[game.team_of_side(side)] for side in (0, 1)]
    team_js = [f',"teamId":{t.nba_id},"teamTricode":{_enc(t.tricode)}' for t in teams]
    out = []
    for a in game.actions or []:
        kind = a.kind
        stamp = _stamp(game, a)
        parts = [f'{{"actionNumber":{a.num},"clock":"{_clock(a.clock)}","timeActual":"{stamp}","period":{a.period},'
                 f'"periodType":"{"REGULAR" if a.period <= 4 else "OVERTIME"}"']
        if a.side >= 0:
            parts.append(team_js[a.side])
        parts.append(f',"actionType":{_enc(kind)},"subType":{_enc(a.sub)}')
        if a.descriptor:
            parts.append(f',"descriptor":{_enc(a.descriptor)}')
        parts.append(f',"qualifiers":[{",".join(_enc(q) for q in a.qualifiers)}]')
        who = pl(a.person) if a.person >= 0 else None
        person_id = who.id if who is not None else 0
        is_shot = kind == "2pt" or kind == "3pt"
        parts.append(f',"personId":{person_id}')
        if is_shot:
            parts.append(f',"x":{_scalar(a.x)},"y":{_scalar(a.y)}')
        else:
            parts.append(',"x":null,"y":null')
        if a.area:
            parts.append(f',"area":{_enc(a.area)},"areaDetail":{_enc(a.area_detail)}')
        if is_shot:
            parts.append(f',"side":"{"left" if (a.x or 0) < 50 else "right"}","shotDistance":{_scalar(a.dist)}')
        else:
            parts.append(',"side":null')
        poss = teams[a.possession].nba_id if a.possession >= 0 else 0
        parts.append(f',"possession":{poss},"scoreHome":"{a.score_home}","scoreAway":"{a.score_away}",'
                     f'"edited":"{stamp[:19]}Z"')
        if a.official:
            parts.append(f',"officialId":{_scalar(a.official)}')
        parts.append(f',"orderNumber":{a.num * 10_000},"isTargetScoreLastPeriod":false')
        if is_shot:
            parts.append(f',"xLegacy":{_scalar(a.x_legacy)},"yLegacy":{_scalar(a.y_legacy)},"isFieldGoal":1')
        else:
            parts.append(',"xLegacy":null,"yLegacy":null,"isFieldGoal":0')
        ids = [person_id] if who is not None else []
        if who is not None:
            parts.append(f',"playerName":{who.last_js},"playerNameI":{who.initial_js}')
        if is_shot or kind == "freethrow":
            parts.append(',"shotResult":"Made"' if a.made else ',"shotResult":"Missed"')
            if a.made:
                parts.append(f',"pointsTotal":{_scalar(a.points)}')
        text = None
        if kind == "period":
            text = "Period Start" if a.sub == "start" else "Period End"
        elif kind == "game":
            text = "Game End"
        elif kind == "jumpball":
            won, lost, got = pl(a.drawn), pl(a.steal), who
            parts.append(f',"jumpBallRecoveredName":{got.initial_js},"jumpBallRecoverdPersonId":{got.id},'
                         f'"jumpBallWonPlayerName":{won.last_js},"jumpBallWonPersonId":{won.id},'
                         f'"jumpBallLostPlayerName":{lost.last_js},"jumpBallLostPersonId":{lost.id}')
            text = f"Jump Ball {won.initial} vs. {lost.initial}: Tip to {got.initial}"
            ids = [got.id, won.id, lost.id]
        elif is_shot:
            feet = int(a.dist)
            three = "3PT " if kind == "3pt" else ""
            text = f"{who.initial} {feet}' {three}{(a.descriptor + ' ') if a.descriptor else ''}{a.sub}".strip()
            if a.made:
                text += f" ({a.points} PTS)"
                if a.assist >= 0:
                    ap = pl(a.assist)
                    text += f" ({ap.initial} {a.totals[0]} AST)"
                    parts.append(f',"assistPlayerNameInitial":{ap.initial_js},"assistPersonId":{ap.id},'
                                 f'"assistTotal":{_scalar(a.totals[0])}')
                    ids.append(ap.id)
            else:
                text = "MISS " + text
                if a.block >= 0:
                    bp = pl(a.block)
                    text += " - blocked"
                    parts.append(f',"blockPlayerName":{bp.last_js},"blockPersonId":{bp.id}')
                    ids.append(bp.id)
        elif kind == "freethrow":
            base = f"{who.initial} Free Throw {a.ft_n} of {a.ft_of}"
            text = f"{base} ({a.points} PTS)" if a.made else f"MISS {base}"
        elif kind == "rebound":
            tot, dreb, oreb = a.totals
            parts.append(f',"shotActionNumber":{_scalar(a.shot_action)},"reboundTotal":{_scalar(tot)},'
                         f'"reboundDefensiveTotal":{_scalar(dreb)},"reboundOffensiveTotal":{_scalar(oreb)}')
            text = f"{who.initial} REBOUND (Off:{oreb} Def:{dreb})"
        elif kind == "turnover":
            parts.append(f',"turnoverTotal":{_scalar(a.totals[0])}')
            text = f"{who.initial} {a.sub} TURNOVER ({a.totals[0]} TO)"
        elif kind == "steal":
            text = f"{who.initial} STEAL ({a.totals[0]} STL)"
        elif kind == "block":
            text = f"{who.initial} BLOCK ({a.totals[0]} BLK)"
        elif kind == "foul":
            personal, technical = a.totals
            dp = pl(a.drawn)
            parts.append(f',"foulPersonalTotal":{_scalar(personal)},"foulTechnicalTotal":{_scalar(technical)},'
                         f'"foulDrawnPlayerName":{dp.last_js},"foulDrawnPersonId":{dp.id}')
            text = f"{who.initial} {a.descriptor + ' ' if a.descriptor else ''}{a.sub} FOUL ({personal} PF)"
            ids.append(dp.id)
        elif kind == "substitution":
            text = f"SUB {a.sub}: {who.initial}"
        elif kind == "timeout":
            text = f"{teams[a.side].tricode if a.side >= 0 else ''} Timeout"
        if text is not None:
            parts.append(f',"description":{_enc(text)}')
        parts.append(f',"personIdsFilter":[{",".join(map(str, ids))}]}}')
        out.append("".join(parts))
    return "[" + ",".join(out) + "]"


@route("cdn.nba.com", r"/static/json/liveData/playbyplay/playbyplay_(\d{10})\.json")
def play_by_play(ctx, m):
    gid = m.group(1)
    if postponed(ctx, gid):
        raise NotFound
    game = game_or_404(ctx.league, gid, with_actions=True)
    end = game.sched.tip + timedelta(hours=3)
    # the body json.dumps would give for {"meta": ..., "game": {"gameId": gid, "actions": [action_dict(...)]}}:
    # the envelope through js(), the (last) actions array spliced in as text
    resp = js({"meta": {"version": 1, "code": 200, "request": f"http://nba.cloud/games/{gid}/playbyplay?Format=json",
                        "time": end.strftime("%Y-%m-%d %H:%M:%S.%f")},
               "game": {"gameId": gid, "actions": []}})
    assert resp.body.endswith(b'"actions":[]}}')
    resp.body = resp.body[:-4] + actions_json(ctx.league, game).encode() + b"}}"
    return resp
