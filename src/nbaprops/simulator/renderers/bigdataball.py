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


def _quoted(text: str) -> str:
    """One cell as the CSV writer writes it (quoted)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([text])
    return out.getvalue()[:-1]


def _cell(text: str) -> str:
    """``text`` as a cell of a CSV row: as it is, unless it holds a comma, a quote or a line break, the
    only cells the writer may quote; those few are written by the writer itself, so its rules hold."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return _quoted(text)
    return text


class _Names(dict):
    """Player index -> folded full name as a CSV cell ("" for no player), looked up on first use."""

    def __init__(self, league, year: int) -> None:
        super().__init__()
        self.league, self.year = league, year

    def __missing__(self, index: int) -> str:
        if index < 0:
            return ""
        name = self[index] = _cell(fold(self.league.player(self.year, index).full_name))
        return name


def _lineup(on: list[list[int]], names: _Names) -> str:
    """Cells a1..a5, h1..h5."""
    return ",".join([names[i] for i in on[0][:5]] + [""] * (5 - len(on[0][:5]))
                    + [names[i] for i in on[1][:5]] + [""] * (5 - len(on[1][:5])))


def game_csv(league, game: Game) -> bytes:
    """The game's CSV as ``csv.writer(lineterminator="\\n")`` writes its rows of ``COLUMNS``, written
    directly: a line per row, the cells after ``team`` in one f-string per event type."""
    year = game.sched.season
    label = {"regular": "Regular Season", "playin": "Play-In", "playoffs": "Playoffs"}[game.sched.kind]
    data_set = f"NBA {year}-{year + 1} {label}" if game.sched.kind != "playoffs" else f"NBA {year + 1} Playoffs"
    names = _Names(league, year)
    lasts: dict[int, str] = {}

    def last(i: int) -> str:
        n = lasts.get(i)
        if n is None:
            n = lasts[i] = league.player(year, i).last_full
        return n

    on = [list(game.starters[1]), list(game.starters[0])]
    lineup = _lineup(on, names)
    head = f"{int(game.game_id)},{_cell(data_set)},{game.sched.day:%Y-%m-%d},"
    teams = tuple(_cell(game.team_of_side(side)) for side in (0, 1))
    timeout_text = tuple(_cell(f"{TEAMS_BY_TRICODE[game.team_of_side(side)].name.upper()} Timeout: Regular")
                         for side in (0, 1))
    hms = _hms_fast
    lines = [(",".join(map(_cell, COLUMNS)) + "\n").encode()]
    last_elapsed = 0.0
    pending_out: dict[int, int] = {}
    for n, a in enumerate(game.actions or [], start=1):
        kind = a.kind
        if kind in ("steal", "block", "game"):
            continue
        period_len = 720 if a.period <= 4 else 300
        remaining = a.clock / 10
        elapsed = period_len - remaining
        # the cells from event_type to description: event_type, assist, away, home, block, entered, left, num,
        # opponent, outof, player, points, possession, reason, result, steal, type, shot_distance, original_x,
        # original_y, converted_x, converted_y, description
        if kind == "substitution":
            side_idx = 0 if a.side == 1 else 1
            if a.sub == "out":
                pending_out[a.side] = a.person
                continue
            left = pending_out.pop(a.side, -1)
            if left in on[side_idx]:
                on[side_idx][on[side_idx].index(left)] = a.person
                lineup = _lineup(on, names)
            desc = _cell(f"SUB: {last(a.person)} FOR {last(left) if left >= 0 else ''}")
            tail = f"substitution,,,,,{names[a.person]},{names[left]},,,,{names[left]},,,,,,sub,,,,,,{desc}"
        elif kind == "period":
            if a.sub == "start" and a.period in (1, 3):
                on = [list(game.starters[1]), list(game.starters[0])]
                lineup = _lineup(on, names)
            what = _cell(f"{a.sub} of period")
            tail = f"{what},,,,,,,,,,,,,,,,{what},,,,,,"
        elif kind == "2pt" or kind == "3pt":
            feet = int(a.dist)
            three = kind == "3pt"
            shot = _cell("3pt jump shot" if three else ("dunk" if a.sub == "DUNK" else a.sub.lower()))
            desc = f"{last(a.person)} {feet}' {'3PT ' if three else ''}{a.sub.title()}"
            desc = _cell(f"{desc} ({a.points} PTS)" if a.made else f"MISS {desc}")
            points, result = (kind[0], "made") if a.made else ("0", "missed")
            tail = (f"shot,{names[a.assist]},,,{names[a.block]},,,,,,{names[a.person]},{points},,,{result},,{shot},"
                    f"{feet},{a.x_legacy},{a.y_legacy},{(a.x or 0) / 2:.1f},{(a.y or 0) / 2:.1f},{desc}")
        elif kind == "freethrow":
            pl = last(a.person)
            desc = _cell(f"{pl} Free Throw {a.ft_n} of {a.ft_of} ({a.points} PTS)" if a.made
                         else f"MISS {pl} Free Throw {a.ft_n} of {a.ft_of}")
            points, result = ("1", "made") if a.made else ("0", "missed")
            tail = (f"free throw,,,,,,,{a.ft_n},,{a.ft_of},{names[a.person]},{points},,,{result},,"
                    f"free throw {a.ft_n}/{a.ft_of},,,,,,{desc}")
        elif kind == "rebound":
            desc = _cell(f"{last(a.person)} REBOUND (Off:{a.totals[2]} Def:{a.totals[1]})")
            tail = f"rebound,,,,,,,,,,{names[a.person]},,,,,,{_cell(f'rebound {a.sub}')},,,,,,{desc}"
        elif kind == "turnover":
            what = _cell(a.sub)
            desc = _cell(f"{last(a.person)} {a.sub.title()} Turnover")
            tail = f"turnover,,,,,,,,,,{names[a.person]},,,{what},,{names[a.steal]},{what},,,,,,{desc}"
        elif kind == "foul":
            reason = "s.foul" if a.descriptor == "shooting" else "p.foul"
            desc = _cell(f"{last(a.person)} P.FOUL (P{a.totals[0]})")
            tail = (f"foul,,,,,,,,{names[a.drawn]},,{names[a.person]},,,{reason},,,{_cell(a.descriptor or a.sub)},"
                    f",,,,,{desc}")
        elif kind == "jumpball":
            away = names[a.steal if a.side == 0 else a.drawn]
            home = names[a.drawn if a.side == 0 else a.steal]
            tail = f"jump ball,,{away},{home},,,,,,,{names[a.drawn]},,{names[a.person]},,,,jump ball,,,,,,Jump Ball"
        elif kind == "timeout":
            tail = f"timeout,,,,,,,,,,,,,,,,timeout: regular,,,,,,{timeout_text[a.side]}"
        else:
            tail = f"{_cell(kind)},,,,,,,,,,,,,,,,{_cell(a.sub)},,,,,,"
        lines.append(f"{head}{lineup},{a.period},{a.score_away},{a.score_home},{hms(remaining)},{hms(elapsed)},"
                     f"{hms(max(0.0, elapsed - last_elapsed))},{n},{teams[a.side] if a.side >= 0 else ''},"
                     f"{tail}\n".encode())
        last_elapsed = elapsed
    return b"".join(lines)


@route("www.googleapis.com", r"/drive/v3/files")
def drive_list(ctx, m):
    match = re.search(r"\[(\d{4}-\d{2}-\d{2})\]", ctx.q("q") or "")
    if not match:
        return js({"kind": "drive#fileList", "incompleteSearch": False, "files": []})
    day = parse_day(match.group(1))
    season = ctx.league.season(season_of(day))
    files = []
    for g in season.games_on(day):
        if not season.is_final(g, ctx.as_of) or postponed(ctx, g.game_id):
            continue
        if g.tip + timedelta(hours=5) > ctx.as_of:
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
    game = game_or_404(ctx, gid, with_actions=True)
    if ctx.q("alt") != "media":
        return js({"kind": "drive#file", "id": fid, "name": file_name(game), "mimeType": "text/csv"})
    return Response(200, game_csv(ctx.league, game), "text/csv")
