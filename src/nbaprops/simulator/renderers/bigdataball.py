"""BigDataBall play-by-play CSVs served through the Google Drive v3 API (listing and ``alt=media``)."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

from nbaprops.ids import TEAMS_BY_TRICODE, fold_diacritics

from ..game import Game
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


def game_csv(league, game: Game) -> bytes:
    year = game.sched.season
    label = {"regular": "Regular Season", "playin": "Play-In", "playoffs": "Playoffs"}[game.sched.kind]
    data_set = f"NBA {year}-{year + 1} {label}" if game.sched.kind != "playoffs" else f"NBA {year + 1} Playoffs"

    def name(i: int) -> str:
        return fold_diacritics(league.player(year, i).full_name) if i >= 0 else ""

    on = [list(game.starters[1]), list(game.starters[0])]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    last_elapsed = 0.0
    pending_out: dict[int, int] = {}
    for n, a in enumerate(game.actions or [], start=1):
        period_len = 720 if a.period <= 4 else 300
        remaining = a.clock / 10
        elapsed = period_len - remaining
        row = dict.fromkeys(COLUMNS, "")
        if a.kind == "substitution":
            side_idx = 0 if a.side == 1 else 1
            if a.sub == "out":
                pending_out[a.side] = a.person
                continue
            left = pending_out.pop(a.side, -1)
            if left in on[side_idx]:
                on[side_idx][on[side_idx].index(left)] = a.person
            row.update(event_type="substitution", entered=name(a.person), left=name(left), player=name(left),
                       type="sub", description=f"SUB: {league.player(year, a.person).last_full} FOR "
                                               f"{league.player(year, left).last_full if left >= 0 else ''}")
        elif a.kind == "period":
            if a.sub == "start" and a.period in (1, 3):
                on = [list(game.starters[1]), list(game.starters[0])]
            row.update(event_type=f"{a.sub} of period", type=f"{a.sub} of period")
        elif a.kind in ("2pt", "3pt"):
            p = league.player(year, a.person)
            feet = int(a.dist)
            kind = "3pt jump shot" if a.kind == "3pt" else ("dunk" if a.sub == "DUNK" else a.sub.lower())
            desc = f"{p.last_full} {feet}' {'3PT ' if a.kind == '3pt' else ''}{a.sub.title()}"
            desc = f"{desc} ({a.points} PTS)" if a.made else f"MISS {desc}"
            row.update(event_type="shot", player=name(a.person), points=str(a.kind[0] if a.made else 0),
                       result="made" if a.made else "missed", type=kind, shot_distance=str(feet),
                       original_x=str(a.x_legacy), original_y=str(a.y_legacy), converted_x=f"{(a.x or 0) / 2:.1f}",
                       converted_y=f"{(a.y or 0) / 2:.1f}", assist=name(a.assist), block=name(a.block),
                       description=desc)
        elif a.kind == "freethrow":
            p = league.player(year, a.person)
            row.update(event_type="free throw", num=str(a.ft_n), outof=str(a.ft_of), player=name(a.person),
                       points="1" if a.made else "0", result="made" if a.made else "missed",
                       type=f"free throw {a.ft_n}/{a.ft_of}",
                       description=(f"{p.last_full} Free Throw {a.ft_n} of {a.ft_of} ({a.points} PTS)" if a.made
                                    else f"MISS {p.last_full} Free Throw {a.ft_n} of {a.ft_of}"))
        elif a.kind == "rebound":
            row.update(event_type="rebound", player=name(a.person), type=f"rebound {a.sub}",
                       description=f"{league.player(year, a.person).last_full} REBOUND "
                                   f"(Off:{a.totals[2]} Def:{a.totals[1]})")
        elif a.kind == "turnover":
            row.update(event_type="turnover", player=name(a.person), reason=a.sub, type=a.sub, steal=name(a.steal),
                       description=f"{league.player(year, a.person).last_full} {a.sub.title()} Turnover")
        elif a.kind == "foul":
            row.update(event_type="foul", player=name(a.person), opponent=name(a.drawn),
                       reason="s.foul" if a.descriptor == "shooting" else "p.foul",
                       type=a.descriptor or a.sub,
                       description=f"{league.player(year, a.person).last_full} P.FOUL (P{a.totals[0]})")
        elif a.kind == "jumpball":
            row.update(event_type="jump ball", away=name(a.steal if a.side == 0 else a.drawn),
                       home=name(a.drawn if a.side == 0 else a.steal), player=name(a.drawn), possession=name(a.person),
                       type="jump ball", description="Jump Ball")
        elif a.kind == "timeout":
            row.update(event_type="timeout", type="timeout: regular",
                       description=f"{TEAMS_BY_TRICODE[game.team_of_side(a.side)].name.upper()} Timeout: Regular")
        elif a.kind in ("steal", "block", "game"):
            continue
        else:
            row.update(event_type=a.kind, type=a.sub)
        row.update(game_id=str(int(game.game_id)), data_set=data_set, date=f"{game.sched.day:%Y-%m-%d}",
                   period=str(a.period), away_score=str(a.score_away), home_score=str(a.score_home),
                   remaining_time=_hms(remaining), elapsed=_hms(elapsed),
                   play_length=_hms(max(0.0, elapsed - last_elapsed)), play_id=str(n),
                   team=game.team_of_side(a.side) if a.side >= 0 else "")
        for k in range(5):
            row[f"a{k + 1}"] = name(on[0][k]) if k < len(on[0]) else ""
            row[f"h{k + 1}"] = name(on[1][k]) if k < len(on[1]) else ""
        last_elapsed = elapsed
        w.writerow([row[c] for c in COLUMNS])
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
