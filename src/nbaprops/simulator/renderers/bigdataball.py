"""BigDataBall play-by-play CSVs served through the Google Drive v3 API (listing and ``alt=media``)."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

from nbaprops.ids import TEAMS_BY_TRICODE

from ..game import Game
from ..players import fold
from ..rng import hex_id
from ..router import NotFound, Response, route
from .common import game_or_404, js, parse_day, postponed, season_of

COLUMNS = ["game_id", "data_set", "date", "a1", "a2", "a3", "a4", "a5", "h1", "h2", "h3", "h4", "h5", "period",
           "away_score", "home_score", "remaining_time", "elapsed", "play_length", "play_id", "team", "event_type",
           "assist", "away", "home", "block", "entered", "left", "num", "opponent", "outof", "player", "points",
           "possession", "reason", "result", "steal", "type", "shot_distance", "original_x", "original_y",
           "converted_x", "converted_y", "description"]


def file_id(seed: int, game_id: str) -> str:
    return "1" + hex_id(seed, "drive", game_id, length=22) + game_id


def file_name(game: Game) -> str:
    s = game.sched
    return f"[{s.day:%Y-%m-%d}]-{s.game_id}-{s.away}@{s.home}.csv"


def _hms(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


_HMS = tuple(_hms(k) for k in range(721))  # every value a row can show (a period is at most 720 s)


def _hms_fast(seconds: float) -> str:
    k = int(seconds)
    return _HMS[k] if 0 <= k <= 720 else _hms(k)


(_GAME_ID, _DATA_SET, _DATE, _A1, _A2, _A3, _A4, _A5, _H1, _H2, _H3, _H4, _H5, _PERIOD, _AWAY_SCORE, _HOME_SCORE,
 _REMAINING, _ELAPSED, _PLAY_LENGTH, _PLAY_ID, _TEAM, _EVENT_TYPE, _ASSIST, _AWAY, _HOME, _BLOCK, _ENTERED, _LEFT,
 _NUM, _OPPONENT, _OUTOF, _PLAYER, _POINTS, _POSSESSION, _REASON, _RESULT, _STEAL, _TYPE, _SHOT_DISTANCE,
 _ORIGINAL_X, _ORIGINAL_Y, _CONVERTED_X, _CONVERTED_Y, _DESCRIPTION) = range(len(COLUMNS))


def game_csv(league, game: Game) -> bytes:
    year = game.sched.season
    label = {"regular": "Regular Season", "playin": "Play-In", "playoffs": "Playoffs"}[game.sched.kind]
    data_set = f"NBA {year}-{year + 1} {label}" if game.sched.kind != "playoffs" else f"NBA {year + 1} Playoffs"
    names: dict[int, str] = {}
    lasts: dict[int, str] = {}

    def name(i: int) -> str:
        if i < 0:
            return ""
        n = names.get(i)
        if n is None:
            n = names[i] = fold(league.player(year, i).full_name)
        return n

    def last(i: int) -> str:
        n = lasts.get(i)
        if n is None:
            n = lasts[i] = league.player(year, i).last_full
        return n

    def lineup_cells(on: list[list[int]]) -> list[str]:
        return [name(on[0][k]) if k < len(on[0]) else "" for k in range(5)] + \
               [name(on[1][k]) if k < len(on[1]) else "" for k in range(5)]

    on = [list(game.starters[1]), list(game.starters[0])]
    cells = lineup_cells(on)
    gid, day = str(int(game.game_id)), f"{game.sched.day:%Y-%m-%d}"
    teams = (game.team_of_side(0), game.team_of_side(1))
    timeout_text = tuple(f"{TEAMS_BY_TRICODE[t].name.upper()} Timeout: Regular" for t in teams)
    blank = [""] * len(COLUMNS)
    rows: list[list[str]] = [COLUMNS]
    last_elapsed = 0.0
    pending_out: dict[int, int] = {}
    for n, a in enumerate(game.actions or [], start=1):
        kind = a.kind
        if kind in ("steal", "block", "game"):
            continue
        period_len = 720 if a.period <= 4 else 300
        remaining = a.clock / 10
        elapsed = period_len - remaining
        row = blank.copy()
        if kind == "substitution":
            side_idx = 0 if a.side == 1 else 1
            if a.sub == "out":
                pending_out[a.side] = a.person
                continue
            left = pending_out.pop(a.side, -1)
            if left in on[side_idx]:
                on[side_idx][on[side_idx].index(left)] = a.person
                cells = lineup_cells(on)
            row[_EVENT_TYPE] = "substitution"
            row[_ENTERED] = name(a.person)
            row[_LEFT] = row[_PLAYER] = name(left)
            row[_TYPE] = "sub"
            row[_DESCRIPTION] = f"SUB: {last(a.person)} FOR {last(left) if left >= 0 else ''}"
        elif kind == "period":
            if a.sub == "start" and a.period in (1, 3):
                on = [list(game.starters[1]), list(game.starters[0])]
                cells = lineup_cells(on)
            row[_EVENT_TYPE] = row[_TYPE] = f"{a.sub} of period"
        elif kind == "2pt" or kind == "3pt":
            feet = int(a.dist)
            three = kind == "3pt"
            shot = "3pt jump shot" if three else ("dunk" if a.sub == "DUNK" else a.sub.lower())
            desc = f"{last(a.person)} {feet}' {'3PT ' if three else ''}{a.sub.title()}"
            row[_EVENT_TYPE] = "shot"
            row[_PLAYER] = name(a.person)
            row[_POINTS] = kind[0] if a.made else "0"
            row[_RESULT] = "made" if a.made else "missed"
            row[_TYPE] = shot
            row[_SHOT_DISTANCE] = str(feet)
            row[_ORIGINAL_X] = str(a.x_legacy)
            row[_ORIGINAL_Y] = str(a.y_legacy)
            row[_CONVERTED_X] = f"{(a.x or 0) / 2:.1f}"
            row[_CONVERTED_Y] = f"{(a.y or 0) / 2:.1f}"
            row[_ASSIST] = name(a.assist)
            row[_BLOCK] = name(a.block)
            row[_DESCRIPTION] = f"{desc} ({a.points} PTS)" if a.made else f"MISS {desc}"
        elif kind == "freethrow":
            pl = last(a.person)
            row[_EVENT_TYPE] = "free throw"
            row[_NUM] = str(a.ft_n)
            row[_OUTOF] = str(a.ft_of)
            row[_PLAYER] = name(a.person)
            row[_POINTS] = "1" if a.made else "0"
            row[_RESULT] = "made" if a.made else "missed"
            row[_TYPE] = f"free throw {a.ft_n}/{a.ft_of}"
            row[_DESCRIPTION] = (f"{pl} Free Throw {a.ft_n} of {a.ft_of} ({a.points} PTS)" if a.made
                                 else f"MISS {pl} Free Throw {a.ft_n} of {a.ft_of}")
        elif kind == "rebound":
            row[_EVENT_TYPE] = "rebound"
            row[_PLAYER] = name(a.person)
            row[_TYPE] = f"rebound {a.sub}"
            row[_DESCRIPTION] = f"{last(a.person)} REBOUND (Off:{a.totals[2]} Def:{a.totals[1]})"
        elif kind == "turnover":
            row[_EVENT_TYPE] = "turnover"
            row[_PLAYER] = name(a.person)
            row[_REASON] = row[_TYPE] = a.sub
            row[_STEAL] = name(a.steal)
            row[_DESCRIPTION] = f"{last(a.person)} {a.sub.title()} Turnover"
        elif kind == "foul":
            row[_EVENT_TYPE] = "foul"
            row[_PLAYER] = name(a.person)
            row[_OPPONENT] = name(a.drawn)
            row[_REASON] = "s.foul" if a.descriptor == "shooting" else "p.foul"
            row[_TYPE] = a.descriptor or a.sub
            row[_DESCRIPTION] = f"{last(a.person)} P.FOUL (P{a.totals[0]})"
        elif kind == "jumpball":
            row[_EVENT_TYPE] = row[_TYPE] = "jump ball"
            row[_AWAY] = name(a.steal if a.side == 0 else a.drawn)
            row[_HOME] = name(a.drawn if a.side == 0 else a.steal)
            row[_PLAYER] = name(a.drawn)
            row[_POSSESSION] = name(a.person)
            row[_DESCRIPTION] = "Jump Ball"
        elif kind == "timeout":
            row[_EVENT_TYPE] = "timeout"
            row[_TYPE] = "timeout: regular"
            row[_DESCRIPTION] = timeout_text[a.side]
        else:
            row[_EVENT_TYPE] = kind
            row[_TYPE] = a.sub
        row[_GAME_ID] = gid
        row[_DATA_SET] = data_set
        row[_DATE] = day
        row[_A1:_H5 + 1] = cells
        row[_PERIOD] = str(a.period)
        row[_AWAY_SCORE] = str(a.score_away)
        row[_HOME_SCORE] = str(a.score_home)
        row[_REMAINING] = _hms_fast(remaining)
        row[_ELAPSED] = _hms_fast(elapsed)
        row[_PLAY_LENGTH] = _hms_fast(max(0.0, elapsed - last_elapsed))
        row[_PLAY_ID] = str(n)
        row[_TEAM] = teams[a.side] if a.side >= 0 else ""
        last_elapsed = elapsed
        rows.append(row)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


@route("www.googleapis.com", r"/drive/v3/files")
def drive_list(ctx, m):
    match = re.search(r"\[(\d{4}-\d{2}-\d{2})\]", ctx.q("q") or "")
    if not match:
        return js({"kind": "drive#fileList", "incompleteSearch": False, "files": []})
    day = parse_day(match.group(1))
    season = ctx.league.season(season_of(day))
    files = []
    for g in season.games_on(day):
        if not season.is_final(g) or postponed(ctx, g.game_id):
            continue
        if g.tip + timedelta(hours=5) > ctx.league.as_of:
            continue
        res = season.result(g.game_id)
        files.append({"kind": "drive#file", "mimeType": "text/csv", "id": file_id(ctx.league.seed, g.game_id),
                      "name": file_name(res)})
    return js({"kind": "drive#fileList", "incompleteSearch": False, "files": files})


@route("www.googleapis.com", r"/drive/v3/files/([0-9a-zA-Z_-]+)")
def drive_file(ctx, m):
    fid = m.group(1)
    gid = fid[-10:]
    if not gid.isdigit() or file_id(ctx.league.seed, gid) != fid:
        raise NotFound
    game = game_or_404(ctx.league, gid, with_actions=True)
    if ctx.q("alt") != "media":
        return js({"kind": "drive#file", "id": fid, "name": file_name(game), "mimeType": "text/csv"})
    return Response(200, game_csv(ctx.league, game), "text/csv")
