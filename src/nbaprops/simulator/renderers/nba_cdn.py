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

    __slots__ = ("id", "initial", "initial_js", "last_js", "names_js")

    def __init__(self, p):
        self.id = p.person_id
        self.initial = p.initial_name
        self.initial_js, self.last_js = _enc(p.initial_name), _enc(p.last_full)
        self.names_js = f',"playerName":{self.last_js},"playerNameI":{self.initial_js}'


class _People(dict):
    """index -> :class:`_Person` of one season, looked up on first use."""

    def __init__(self, league, year: int) -> None:
        super().__init__()
        self.league, self.year = league, year

    def __missing__(self, index: int) -> _Person:
        p = self[index] = _Person(self.league.player(self.year, index))
        return p


def _scalar(v) -> str:
    """A number or None as ``json.dumps`` writes it."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return repr(v)


_SS = tuple(f"{s:02d}" for s in range(60))


class _Stamps:
    """``_stamp`` of one game's actions without a datetime per action: whole seconds since the tip's
    minute (``fast``: tips are UTC on a whole second), then a cached "YYYY-MM-DDTHH:MM:" per minute."""

    def __init__(self, game: Game) -> None:
        tip = game.sched.tip
        self.fast = tip.tzinfo is UTC and tip.microsecond == 0
        self.second = tip.second
        self.hour0, self.minute0 = tip.replace(minute=0, second=0), tip.minute
        self.minutes: dict[int, str] = {}  # minutes since the tip's minute -> text up to the minute
        self._hours: dict[int, str] = {}

    def minute(self, k: int) -> str:
        h, m = divmod(self.minute0 + k, 60)
        hour = self._hours.get(h)
        if hour is None:
            t = self.hour0 + timedelta(hours=h)
            hour = self._hours[h] = f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:"
        text = self.minutes[k] = f"{hour}{_SS[m]}:"
        return text


def _whole_seconds(x: float) -> int:
    """Whole seconds of ``timedelta(seconds=x)``, which rounds ``x`` to microseconds first."""
    td = timedelta(seconds=x)
    return td.days * 86400 + td.seconds


_DESCRIPTION = ',"description":'
_NOT_SHOT = (',"x":null,"y":null', ',"side":null', ',"xLegacy":null,"yLegacy":null,"isFieldGoal":0')


def actions_json(league, game: Game) -> str:
    """The ``actions`` array as the JSON text ``json.dumps([action_dict(...) ...], separators=(",", ":"),
    ensure_ascii=False)`` gives."""
    return "[" + b",".join(_action_texts(league, game)).decode() + "]"


def _action_texts(league, game: Game) -> list[bytes]:
    """Each action of ``actions_json`` as UTF-8, written directly (the play-by-play is the largest payload
    of a season): one f-string per action, the texts that repeat (teams, players, action types) encoded
    once. Bytes per action, as joining str would widen every action to the widest character of any name."""
    people = _People(league, game.sched.season)
    teams = [TEAMS_BY_TRICODE[game.team_of_side(side)] for side in (0, 1)]
    team_js = [f',"teamId":{t.nba_id},"teamTricode":{_enc(t.tricode)}' for t in teams]
    team_ids = [t.nba_id for t in teams]
    stamps = _Stamps(game)
    fast, tip_second, minutes, minute = stamps.fast, stamps.second, stamps.minutes, stamps.minute
    clock, scalar, enc, two = _clock, _scalar, _enc, _SS
    kinds: dict[tuple, str] = {}  # (kind, sub, descriptor, qualifiers) -> their keys' text
    areas: dict[tuple[str, str], str] = {}
    out = []
    for a in game.actions or []:
        kind, num, period = a.kind, a.num, a.period
        if fast:  # _stamp's text: the tip plus x seconds
            x = a.elapsed * 2.6 + 900 * (period - 1) // 2 + num % 7
            whole = int(x)
            if x < 0 or x - whole >= 0.999999:  # timedelta's rounding to microseconds may carry a second
                whole = _whole_seconds(x)
            whole += tip_second
            k = whole // 60
            ss = (minutes.get(k) or minute(k)) + two[whole % 60]
            stamp = f"{ss}.{num % 10}Z"
        else:
            stamp = _stamp(game, a)
            ss = stamp[:19]
        key = (kind, a.sub, a.descriptor, a.qualifiers)
        kind_js = kinds.get(key)
        if kind_js is None:
            kind_js = kinds[key] = (f',"actionType":{enc(kind)},"subType":{enc(a.sub)}'
                                    + (f',"descriptor":{enc(a.descriptor)}' if a.descriptor else "")
                                    + f',"qualifiers":[{",".join(enc(q) for q in a.qualifiers)}]')
        if a.area:
            area = areas.get((a.area, a.area_detail))
            if area is None:
                area = areas[(a.area, a.area_detail)] = f',"area":{enc(a.area)},"areaDetail":{enc(a.area_detail)}'
        else:
            area = ""
        side = a.side
        who = people[a.person] if a.person >= 0 else None
        if who is not None:
            person_id, names, ids = who.id, who.names_js, f"{who.id}"
        else:
            person_id, names, ids = 0, "", ""
        is_shot = kind == "2pt" or kind == "3pt"
        if is_shot:
            xy = f',"x":{scalar(a.x)},"y":{scalar(a.y)}'
            shot_side = f',"side":"{"left" if (a.x or 0) < 50 else "right"}","shotDistance":{scalar(a.dist)}'
            legacy = f',"xLegacy":{scalar(a.x_legacy)},"yLegacy":{scalar(a.y_legacy)},"isFieldGoal":1'
        else:
            xy, shot_side, legacy = _NOT_SHOT
        if is_shot or kind == "freethrow":
            result = f',"shotResult":"Made","pointsTotal":{scalar(a.points)}' if a.made else ',"shotResult":"Missed"'
        else:
            result = ""
        extra = ""  # the keys of this action type
        text = None
        if kind == "substitution":
            text = f"SUB {a.sub}: {who.initial}"
        elif is_shot:
            feet = int(a.dist)
            three = "3PT " if kind == "3pt" else ""
            text = f"{who.initial} {feet}' {three}{(a.descriptor + ' ') if a.descriptor else ''}{a.sub}".strip()
            if a.made:
                text += f" ({a.points} PTS)"
                if a.assist >= 0:
                    ap = people[a.assist]
                    text += f" ({ap.initial} {a.totals[0]} AST)"
                    extra = (f',"assistPlayerNameInitial":{ap.initial_js},"assistPersonId":{ap.id},'
                             f'"assistTotal":{scalar(a.totals[0])}')
                    ids += f",{ap.id}"
            else:
                text = "MISS " + text
                if a.block >= 0:
                    bp = people[a.block]
                    text += " - blocked"
                    extra = f',"blockPlayerName":{bp.last_js},"blockPersonId":{bp.id}'
                    ids += f",{bp.id}"
        elif kind == "rebound":
            tot, dreb, oreb = a.totals
            extra = (f',"shotActionNumber":{scalar(a.shot_action)},"reboundTotal":{scalar(tot)},'
                     f'"reboundDefensiveTotal":{scalar(dreb)},"reboundOffensiveTotal":{scalar(oreb)}')
            text = f"{who.initial} REBOUND (Off:{oreb} Def:{dreb})"
        elif kind == "freethrow":
            base = f"{who.initial} Free Throw {a.ft_n} of {a.ft_of}"
            text = f"{base} ({a.points} PTS)" if a.made else f"MISS {base}"
        elif kind == "foul":
            personal, technical = a.totals
            dp = people[a.drawn]
            extra = (f',"foulPersonalTotal":{scalar(personal)},"foulTechnicalTotal":{scalar(technical)},'
                     f'"foulDrawnPlayerName":{dp.last_js},"foulDrawnPersonId":{dp.id}')
            text = f"{who.initial} {a.descriptor + ' ' if a.descriptor else ''}{a.sub} FOUL ({personal} PF)"
            ids += f",{dp.id}"
        elif kind == "turnover":
            extra = f',"turnoverTotal":{scalar(a.totals[0])}'
            text = f"{who.initial} {a.sub} TURNOVER ({a.totals[0]} TO)"
        elif kind == "steal":
            text = f"{who.initial} STEAL ({a.totals[0]} STL)"
        elif kind == "block":
            text = f"{who.initial} BLOCK ({a.totals[0]} BLK)"
        elif kind == "period":
            text = "Period Start" if a.sub == "start" else "Period End"
        elif kind == "game":
            text = "Game End"
        elif kind == "jumpball":
            won, lost, got = people[a.drawn], people[a.steal], who
            extra = (f',"jumpBallRecoveredName":{got.initial_js},"jumpBallRecoverdPersonId":{got.id},'
                     f'"jumpBallWonPlayerName":{won.last_js},"jumpBallWonPersonId":{won.id},'
                     f'"jumpBallLostPlayerName":{lost.last_js},"jumpBallLostPersonId":{lost.id}')
            text = f"Jump Ball {won.initial} vs. {lost.initial}: Tip to {got.initial}"
            ids = f"{got.id},{won.id},{lost.id}"
        elif kind == "timeout":
            text = f"{teams[side].tricode if side >= 0 else ''} Timeout"
        official = f',"officialId":{scalar(a.official)}' if a.official else ""
        out.append(
            f'{{"actionNumber":{num},"clock":"{clock(a.clock)}","timeActual":"{stamp}","period":{period},'
            f'"periodType":"{"REGULAR" if period <= 4 else "OVERTIME"}"{team_js[side] if side >= 0 else ""}'
            f'{kind_js},"personId":{person_id}{xy}{area}{shot_side}'
            f',"possession":{team_ids[a.possession] if a.possession >= 0 else 0},"scoreHome":"{a.score_home}",'
            f'"scoreAway":"{a.score_away}","edited":"{ss}Z"{official},"orderNumber":{num * 10_000},'
            f'"isTargetScoreLastPeriod":false{legacy}{names}{result}{extra}'
            f'{"" if text is None else _DESCRIPTION + enc(text)},"personIdsFilter":[{ids}]}}'.encode())
    return out


@route("cdn.nba.com", r"/static/json/liveData/playbyplay/playbyplay_(\d{10})\.json")
def play_by_play(ctx, m):
    gid = m.group(1)
    if postponed(ctx, gid):
        raise NotFound
    game = game_or_404(ctx, gid, with_actions=True)
    end = game.sched.tip + timedelta(hours=3)
    # the body json.dumps would give for {"meta": ..., "game": {"gameId": gid, "actions": [action_dict(...)]}}:
    # the envelope through js(), the (last) actions array spliced in
    resp = js({"meta": {"version": 1, "code": 200, "request": f"http://nba.cloud/games/{gid}/playbyplay?Format=json",
                        "time": end.strftime("%Y-%m-%d %H:%M:%S.%f")},
               "game": {"gameId": gid, "actions": []}})
    assert resp.body.endswith(b'"actions":[]}}')
    resp.body = resp.body[:-3] + b",".join(_action_texts(ctx.league, game)) + b"]}}"
    return resp
