"""Simulate one game, possession by possession, into a :class:`Game`.

Every source's payload is derived from the ``Game``: the play-by-play ``actions`` and the player box
lines come out of the same loop, so box scores sum to team totals and to the final score, and the
play-by-play's made shots and free throws sum to the same points.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING

from .injuries import status_on
from .rng import rng_for, unit

if TYPE_CHECKING:
    from .league import League, Official
    from .players import Player, Skills

# box line columns
SEC, FGM, FGA, FG3M, FG3A, FTM, FTA, OREB, DREB, AST, STL, BLK, TOV, PF, PTS, PM = range(16)
BOX_WIDTH = 16
REG_PERIOD_S, OT_PERIOD_S = 720, 300

# Rates of the possession model, calibrated against the real 2024-25 season (benchmarks/realism.py)
POSSESSION_S = (6.0, 20.8)  # seconds run before the first action of a possession (uniform)
TURNOVER_RATE = 0.132  # possessions that end in a turnover
FOUL_RATE = 0.083  # possessions with a non-shooting foul first
SHOOTING_FOUL_RATE = 0.082  # shot attempts that draw a shooting foul instead
BLOCK_RATE = (0.21, 0.05, 0.05)  # misses blocked, per zone (rim/paint, mid, three)
OREB_RATE = 0.23  # misses the offense rebounds
TEAM_REBOUND_RATE = 0.12  # defensive rebounds credited to the team (no player)
STEAL_RATE = 0.92  # bad passes and lost balls that are steals
FORM_SD = 0.18  # sd of the log of a player's usage on the night
MINUTES_POWER = 1.0  # how a coach's rotation concentrates minutes on the best players
MINUTES_CAP = 36.0  # the most minutes a coach plans for anyone
USAGE_POWER = 0.9  # pregame_points: shot shares saturate (a star shares the floor with bench players)


@dataclass(frozen=True)
class Scheduled:
    """A game on the calendar (before it is played)."""

    game_id: str  # NBA 10-digit id
    kind: str  # "regular" | "playin" | "playoffs"
    season: int
    day: date  # ET date
    tip: datetime  # UTC
    home: str
    away: str
    seq: int  # order within the day
    label: str = ""  # "East First Round", "SoFi Play-In Tournament"
    sub_label: str = ""  # "Game 1", "East"
    series_game: int = 0
    round: int = 0


@dataclass(slots=True)
class Action:
    """One play-by-play action (NBA live-data style)."""

    num: int
    period: int
    clock: int  # tenths of a second left in the period
    elapsed: int  # game seconds since tip-off (for wall-clock stamps)
    side: int  # 0 home, 1 away, -1 none
    kind: str
    sub: str = ""
    person: int = -1  # player index
    made: bool | None = None
    points: int = 0
    x: float | None = None  # percent of court length / width, as the live feed
    y: float | None = None
    dist: float = 0.0
    area: str = ""
    area_detail: str = ""
    descriptor: str = ""
    assist: int = -1
    block: int = -1
    steal: int = -1
    drawn: int = -1
    ft_n: int = 0
    ft_of: int = 0
    possession: int = -1
    score_home: int = 0
    score_away: int = 0
    qualifiers: tuple[str, ...] = ()
    x_legacy: int | None = None
    y_legacy: int | None = None
    shot_action: int = 0
    official: int = 0
    totals: tuple[int, ...] = ()  # running per-player totals shown in descriptions


@dataclass
class Game:
    """A played game: schedule facts, box scores and (when kept) the play-by-play."""

    sched: Scheduled
    home_pts: int
    away_pts: int
    periods: int
    line: tuple[list[int], list[int]]  # points per period, home and away
    box: dict[int, list[int]]
    order: tuple[list[int], list[int]]  # box order per side: starters first
    starters: tuple[list[int], list[int]]
    dnp: tuple[list[tuple[int, str]], list[tuple[int, str]]]
    inactive: tuple[list[tuple[int, str]], list[tuple[int, str]]]
    officials: tuple[Official, ...]
    attendance: int
    duration_min: int
    actions: list[Action] | None = field(default=None, repr=False)

    @property
    def game_id(self) -> str:
        return self.sched.game_id

    @property
    def home(self) -> str:
        return self.sched.home

    @property
    def away(self) -> str:
        return self.sched.away

    def side_of(self, index: int) -> int:
        return 0 if index in self.order[0] else 1

    def team_of_side(self, side: int) -> str:
        return self.sched.home if side == 0 else self.sched.away

    def team_totals(self, side: int) -> list[int]:
        tot = [0] * BOX_WIDTH
        for i in self.order[side]:
            for k, v in enumerate(self.box[i]):
                tot[k] += v
        return tot

    @property
    def winner_side(self) -> int:
        return 0 if self.home_pts > self.away_pts else 1


# --- availability ----------------------------------------------------------------------------------------


def availability(league: League, sched: Scheduled, team: str):
    """(playing, dnp, inactive) for one team: injuries and two-way players decide who is out."""
    year = sched.season
    players = league.players(year)
    ids = league.roster(year, team, sched.day)
    hour = (sched.tip - timedelta(hours=4)).hour
    active, inactive = [], []
    for i in sorted(ids, key=lambda i: -players[i].skills.minutes):
        status, spell = status_on(league.spells(year, i), sched.day, hour)
        out = status in ("Out", "Doubtful") or (
            status == "Questionable" and unit(league.seed, "gtd", sched.game_id, i) < 0.5)
        if out and spell is not None:
            inactive.append((i, spell.reason))
        elif players[i].two_way and len(active) >= 11:
            inactive.append((i, "G League - Two-Way"))
        elif len(active) >= 13:
            inactive.append((i, "Not With Team"))
        else:
            active.append(i)
    rng = rng_for(league.seed, "dnp", sched.game_id, team)
    playing, dnp = [], []
    for rank, i in enumerate(active):
        if rank >= 9 and (players[i].skills.minutes < 12 or rng.random() < 0.3) and len(playing) >= 8:
            dnp.append((i, "DNP - Coach's Decision"))
        else:
            playing.append(i)
    return playing, dnp, inactive


# --- shot geometry ---------------------------------------------------------------------------------------

_ANGLE_LO, _ANGLE_HI = -math.pi / 2 + 0.15, math.pi / 2 - 0.15


def _shot_spot(rng: random.Random, zone: int) -> tuple[float, float, float]:
    """(distance ft, lateral ft from basket, depth ft from baseline) for zone 0 rim/paint, 1 mid, 2 three."""
    if zone == 0:
        dist = min(9.5, abs(rng.gauss(0, 4.0)) + 0.5)
    elif zone == 1:
        dist = rng.uniform(10, 21.5)
    else:
        corner = rng.random() < 0.25
        if corner:
            lateral = rng.choice((-1, 1)) * rng.uniform(21.9, 22.4)
            depth = rng.uniform(0.5, 8)
            return math.hypot(lateral, depth), lateral, depth
        dist = rng.uniform(23.8, 27.5)
    angle = rng.uniform(_ANGLE_LO, _ANGLE_HI)
    lateral = dist * math.sin(angle)
    depth = max(0.0, dist * math.cos(angle))
    return dist, lateral, depth


def _area(zone: int, dist: float, lateral: float, depth: float) -> tuple[str, str]:
    side = "Center" if abs(lateral) < 6 else ("Left" if lateral > 0 else "Right")
    if zone == 2:
        if depth < 9 and abs(lateral) > 21:
            return ("Left Corner 3" if lateral > 0 else "Right Corner 3"), f"24+ {side}"
        return "Above the Break 3", f"24+ {side}{' Center' if side != 'Center' and abs(lateral) < 14 else ''}"
    if dist < 4:
        return "Restricted Area", "0-8 Center"
    band = "0-8" if dist < 8 else "8-16" if dist < 16 else "16-24"
    if zone == 0:
        return "In The Paint (Non-RA)", f"{band} {side}"
    return "Mid-Range", f"{band} {side}"


SHOT_TYPES = {
    0: (("Layup", "driving"), ("Layup", "cutting"), ("DUNK", "running"), ("DUNK", "cutting"), ("Hook", "turnaround"),
        ("Layup", "driving finger roll"), ("Jump Shot", "driving floating")),
    1: (("Jump Shot", "pullup"), ("Jump Shot", "turnaround fadeaway"), ("Jump Shot", "step back"),
        ("Jump Shot", "")),
    2: (("Jump Shot", ""), ("Jump Shot", "pullup"), ("Jump Shot", "step back"), ("Jump Shot", "running")),
}
TURNOVERS = ("bad pass", "lost ball", "out-of-bounds", "traveling", "offensive foul", "shot clock")
_TURNOVER_CUM = tuple(accumulate((0.34, 0.3, 0.12, 0.1, 0.1, 0.04)))  # as random.choices sums them
_LAST_TURNOVER = len(TURNOVERS) - 1
_ASSIST_RATE = (0.58, 0.42, 0.84)  # per zone
_PAINT = ("pointsinthepaint",)
_DRAW_SKILLS = ("usage", "foul", "blk", "oreb", "dreb", "stl", "ast")  # Skills fields players are drawn by

# A weighted draw over the players on court: (people, cumulative weights, total, last index).
_Cum = tuple[list[int], list[float], float, int]


def _cumulative(people: list[int], weight: dict[int, float]) -> _Cum:
    """Cumulative weights summed the way ``random.choices`` sums them, so a draw picks the same player."""
    cum = list(accumulate(map(weight.__getitem__, people)))
    return people, cum, cum[-1], len(people) - 1


# --- the simulation --------------------------------------------------------------------------------------


class _Sim:
    # slots: the fastest attribute access (an instance dict with over 30 keys loses the shared-key fast path)
    __slots__ = ("_by_shooter", "_by_skill", "_dummy", "actions", "booked_margin", "box", "clock", "dnp", "edge",
                 "elapsed", "inactive", "keep", "last_sub", "league", "num", "officials", "on", "period",
                 "period_scores", "players", "playing", "rand", "ref_codes", "rng", "sched", "score", "skills",
                 "starters", "target", "team_fouls", "unbooked", "weight")

    def __init__(self, league: League, sched: Scheduled, keep: bool = True, replay: int = -1):
        self.keep = keep
        self._dummy = Action(0, 0, 0, 0, -1, "")
        self.period_scores: list[tuple[int, int]] = []
        self.league = league
        self.sched = sched
        # replay >= 0: the same game (same players available) with another draw of its randomness
        self.rng = rng_for(league.seed, "game", sched.game_id) if replay < 0 else \
            rng_for(league.seed, "game", sched.game_id, "replay", replay)
        self.rand = self.rng.random  # bound once: drawn several times per possession
        self.players: dict[int, Player] = league.players(sched.season)
        self.actions: list[Action] = []
        self.box: dict[int, list[int]] = {}
        self.score = [0, 0]
        self.num = 1
        self.period = 1
        self.clock = 0
        self.elapsed = 0.0
        self.team_fouls = [0, 0]
        self.officials = sorted(self.rng.sample(range(len(league.officials)), 3))
        self.ref_codes = [league.officials[k].code for k in self.officials]
        self.playing: list[list[int]] = []
        self.dnp: list[list[tuple[int, str]]] = []
        self.inactive: list[list[tuple[int, str]]] = []
        self.target: dict[int, float] = {}
        self.on: list[list[int]] = [[], []]
        self.starters: list[list[int]] = []
        self.last_sub = 0.0
        # on-court seconds and plus-minus are credited at lineup changes (see _book), not on every play
        self.unbooked = 0  # tenths of a second run since the last credit
        self.booked_margin = 0  # home minus away score at the last credit
        # weighted draws per side, valid until that side's lineup changes: by skill, and assisters by shooter
        self._by_skill: tuple[dict[str, _Cum], dict[str, _Cum]] = ({}, {})
        self._by_shooter: tuple[dict[int, _Cum], dict[int, _Cum]] = ({}, {})
        for team in (sched.home, sched.away):
            playing, dnp, inactive = availability(league, sched, team)
            self.playing.append(playing)
            self.dnp.append(dnp)
            self.inactive.append(inactive)
            self._minutes(playing)
            self.starters.append(self._pick_starters(playing))
        for side in (0, 1):
            for i in self.playing[side]:
                self.box[i] = [0] * BOX_WIDTH
        # draw weights per skill and player (floored as the draws always did), fixed for the game;
        # "tovu" draws who turns the ball over: turnover rate times usage
        self.skills: dict[int, Skills] = {i: self.players[i].skills for i in self.box}
        skills = self.skills
        self.weight: dict[str, dict[int, float]] = {
            attr: {i: max(0.01, getattr(s, attr)) for i, s in skills.items()} for attr in _DRAW_SKILLS}
        # the night's form: a hot or cold shooter takes more or fewer of his team's shots
        gauss = self.rng.gauss
        form = {i: math.exp(gauss(0, FORM_SD)) for i in skills}
        self.weight["usage"] = {i: w * form[i] for i, w in self.weight["usage"].items()}
        self.weight["tovu"] = {i: max(0.01, s.tov * s.usage) for i, s in skills.items()}
        strength = [league.team_strength(sched.season, t) for t in (sched.home, sched.away)]
        self.edge = [0.025 * (strength[0] - strength[1]) + 0.012, 0.025 * (strength[1] - strength[0]) - 0.012]

    def _minutes(self, playing: list[int]) -> None:
        raw = {i: max(2.0, self.players[i].skills.minutes * self.rng.uniform(0.9, 1.1)) ** MINUTES_POWER
               for i in playing}
        total = sum(raw.values())
        for i, m in raw.items():
            self.target[i] = min(MINUTES_CAP, m * 240.0 / total)

    def _pick_starters(self, playing: list[int]) -> list[int]:
        chosen: list[int] = []
        for slot in ("PG", "SG", "SF", "PF", "C"):
            cands = [i for i in playing if self.players[i].slot == slot and i not in chosen]
            if cands:
                chosen.append(max(cands, key=lambda i: self.target[i]))
        for i in sorted(playing, key=lambda i: -self.target[i]):
            if len(chosen) >= 5:
                break
            if i not in chosen:
                chosen.append(i)
        order = {"PG": 0, "SG": 1, "SF": 2, "PF": 3, "C": 4}
        return sorted(chosen, key=lambda i: order[self.players[i].slot])

    # -- recording ----------------------------------------------------------------------------------
    def add(self, side: int, kind: str, sub: str = "", person: int = -1, made: bool | None = None,
            points: int = 0, x: float | None = None, y: float | None = None, dist: float = 0.0, area: str = "",
            area_detail: str = "", descriptor: str = "", assist: int = -1, block: int = -1, steal: int = -1,
            drawn: int = -1, ft_n: int = 0, ft_of: int = 0, possession: int = -1, qualifiers: tuple[str, ...] = (),
            x_legacy: int | None = None, y_legacy: int | None = None, shot_action: int = 0, official: int = 0,
            totals: tuple[int, ...] = ()) -> Action:
        """Record an action stamped with the current number, clock and score.

        The parameters mirror Action's fields and defaults: named parameters (defaults from a tuple) and a
        positional ``Action(...)`` cost a fraction of ``**kw`` passed on to the class, on the hottest path.
        """
        if not self.keep:  # box score only: nothing reads the action or its number
            return self._dummy
        num, score = self.num, self.score
        a = Action(num, self.period, self.clock, int(self.elapsed), side, kind, sub, person, made, points, x, y,
                   dist, area, area_detail, descriptor, assist, block, steal, drawn, ft_n, ft_of, possession,
                   score[0], score[1], qualifiers, x_legacy, y_legacy, shot_action, official, totals)
        self.num = num + 1 + (num % 3 == 0)
        self.actions.append(a)
        return a

    def score_points(self, side: int, shooter: int, pts: int) -> None:
        """Points for ``shooter``; the on-court plus-minus follows from the score at the next ``_book``."""
        self.score[side] += pts
        self.box[shooter][PTS] += pts

    def run_clock(self, seconds: float) -> None:
        tenths = min(self.clock, int(seconds * 10))
        self.clock -= tenths
        self.elapsed += tenths / 10
        self.unbooked += tenths

    def _book(self) -> None:
        """Credit the players on court with the time run and the score change since the last credit.

        Both are integers (tenths, points), so crediting a stretch at once gives the exact per-play sums.
        """
        tenths = self.unbooked
        margin = self.score[0] - self.score[1]
        diff = margin - self.booked_margin
        if not tenths and not diff:  # e.g. the second side's lineup change at the same moment
            return
        self.unbooked, self.booked_margin = 0, margin
        box = self.box
        for side, pm in ((0, diff), (1, -diff)):
            for i in self.on[side]:
                line = box[i]
                line[SEC] += tenths  # tenths of seconds while on court
                line[PM] += pm

    # -- lineups ------------------------------------------------------------------------------------
    def lineup(self, side: int, game_len: float, force: list[int] | None = None) -> None:
        self._book()  # before reading SEC and before anyone leaves the floor
        new = force
        if new is None:
            # sort keys of the players not fouled out (ties by index)
            box, target, playing = self.box, self.target, self.playing[side]
            if self.period >= 4 and self.clock < 3600:  # closers
                keyed = [(-target[i], i) for i in playing if box[i][PF] < 6]
            else:  # who is furthest behind his minutes target by the horizon
                horizon = self.elapsed + 180
                keyed = [(-(target[i] * 60 * horizon / game_len - box[i][SEC] / 10), i)
                         for i in playing if box[i][PF] < 6]
            new = [i for _, i in sorted(keyed)[:5]]
        old = self.on[side]
        if new == old:
            return
        if old and self.keep:
            outs = [i for i in old if i not in new]
            ins = [i for i in new if i not in old]
            for o, n in zip(outs, ins, strict=False):
                self.add(side, "substitution", sub="out", person=o, possession=side)
                self.add(side, "substitution", sub="in", person=n, possession=side)
        self.on[side] = list(new)
        self._by_skill[side].clear()
        self._by_shooter[side].clear()

    def pick(self, side: int, attr: str) -> int:
        """A player on court for ``side`` drawn in proportion to a skill (cached per lineup)."""
        cached = self._by_skill[side].get(attr)
        if cached is None:
            cached = self._by_skill[side][attr] = _cumulative(self.on[side], self.weight[attr])
        people, cum, total, hi = cached
        return people[bisect_right(cum, self.rand() * total, 0, hi)]

    def assister(self, side: int, shooter: int) -> int:
        """A teammate of ``shooter`` drawn by passing skill: ``rng.choices(mates, weights)`` (cached per lineup)."""
        cached = self._by_shooter[side].get(shooter)
        if cached is None:
            mates = self.on[side].copy()
            mates.remove(shooter)  # he is on court once: the others in court order
            cached = self._by_shooter[side][shooter] = _cumulative(mates, self.weight["ast"])
        people, cum, total, hi = cached
        return people[bisect_right(cum, self.rand() * total, 0, hi)]

    # -- one possession -----------------------------------------------------------------------------
    def possession(self, off: int) -> None:
        rng, rand = self.rng, self.rand
        de = 1 - off
        self.run_clock(rng.uniform(*POSSESSION_S))
        roll = rand()
        if roll < TURNOVER_RATE:
            self.turnover(off, de)
            return
        if roll < TURNOVER_RATE + FOUL_RATE:
            fouler = self.pick(de, "foul")
            drawn = rng.choice(self.on[off])
            self.personal_foul(de, fouler, drawn, "personal", "")
            if self.team_fouls[de] > 4:
                self.free_throws(off, drawn, 2)
                return
            self.run_clock(rng.uniform(2, 8))
        while self.clock > 0:
            shooter = self.pick(off, "usage")
            if rand() < SHOOTING_FOUL_RATE:  # shooting foul
                fouler = self.pick(de, "foul")
                three = rand() < 0.08
                self.personal_foul(de, fouler, shooter, "personal", "shooting")
                if self.free_throws(off, shooter, 3 if three else 2):
                    return
            else:
                if self.shot(off, de, shooter):
                    return
            # offensive rebound: another shot
            self.run_clock(rng.uniform(2, 8))

    def shot(self, off: int, de: int, shooter: int) -> bool:
        """A field goal attempt; returns True when the possession ends."""
        rng, rand = self.rng, self.rand
        skills = self.skills[shooter]
        mix = skills.mix
        r = rand()
        zone = 0 if r < mix[0] else 1 if r < mix[0] + mix[1] else 2
        dist, lateral, depth = _shot_spot(rng, zone)
        base = (0.645 if dist < 4 else 0.43) if zone == 0 else 0.41 if zone == 1 else 0.355
        made = rand() < base * skills.efficiency + self.edge[off]
        subtype, desc = rng.choice(SHOT_TYPES[zone])
        blocker = -1
        if not made and rand() < BLOCK_RATE[zone]:
            blocker = self.pick(de, "blk")
        assist = -1
        if made and rand() < _ASSIST_RATE[zone]:
            assist = self.assister(off, shooter)
        box = self.box
        line = box[shooter]
        line[FGA] += 1
        if zone == 2:
            line[FG3A] += 1
        if made:
            line[FGM] += 1
            if zone == 2:
                line[FG3M] += 1
            self.score_points(off, shooter, 3 if zone == 2 else 2)
        if assist >= 0:
            box[assist][AST] += 1
        if blocker >= 0:
            box[blocker][BLK] += 1
        shot_num, area, detail = 0, "", ""
        if self.keep:
            area, detail = _area(zone, dist, lateral, depth)
            # court coordinates: home attacks the right basket in the first half
            right = (off == 0) == (self.period <= 2)
            bx = 94 - 5.25 - depth if right else 5.25 + depth
            x = bx / 94 * 100
            y = (25 + (lateral if right else -lateral)) / 50 * 100
            a = self.add(off, "3pt" if zone == 2 else "2pt", sub=subtype, person=shooter, made=made,
                         points=line[PTS], x=round(x, 6), y=round(y, 6), dist=round(dist, 2),
                         area=area, area_detail=detail, descriptor=desc, assist=assist, block=blocker,
                         possession=off, qualifiers=_PAINT if zone == 0 else (),
                         x_legacy=round(-lateral * 10), y_legacy=round(depth * 10),
                         totals=(box[assist][AST],) if assist >= 0 else ())
            shot_num = a.num
            if blocker >= 0:
                self.add(de, "block", person=blocker, possession=off, area=area, area_detail=detail,
                         totals=(box[blocker][BLK],))
        if made:
            if rand() < 0.025:  # and-one
                fouler = self.pick(de, "foul")
                self.personal_foul(de, fouler, shooter, "personal", "shooting")
                self.free_throws(off, shooter, 1)
            return True
        return not self.rebound(off, de, shot_num, area, detail)

    def rebound(self, off: int, de: int, shot_num: int, area: str = "", detail: str = "") -> bool:
        """Rebound after a miss; True if the offense keeps the ball."""
        offensive = self.rand() < OREB_RATE
        if not offensive and self.rand() < TEAM_REBOUND_RATE:
            return False  # a team rebound (out of bounds off the shooting side): no player is credited
        side = off if offensive else de
        who = self.pick(side, "oreb" if offensive else "dreb")
        b = self.box[who]
        b[OREB if offensive else DREB] += 1
        if self.keep:
            self.add(side, "rebound", sub="offensive" if offensive else "defensive", person=who, possession=side,
                     shot_action=shot_num, area=area, area_detail=detail,
                     totals=(b[OREB] + b[DREB], b[DREB], b[OREB]))
        return offensive

    def turnover(self, off: int, de: int) -> None:
        rng = self.rng
        who = self.pick(off, "tovu")
        kind = TURNOVERS[bisect_right(_TURNOVER_CUM, rng.random() * _TURNOVER_CUM[-1], 0, _LAST_TURNOVER)]
        b = self.box[who]
        if kind == "offensive foul":
            drawn = rng.choice(self.on[de])
            b[PF] += 1
            self.add(off, "foul", sub="offensive", person=who, drawn=drawn, possession=off,
                     descriptor="charge", official=self._ref(), totals=(b[PF], 0))
        b[TOV] += 1
        a = self.add(off, "turnover", sub=kind, person=who, possession=off, official=self._ref(), totals=(b[TOV],))
        if kind in ("bad pass", "lost ball") and rng.random() < STEAL_RATE:
            thief = self.pick(de, "stl")
            self.box[thief][STL] += 1
            if self.keep:
                a.steal = thief
                self.add(de, "steal", person=thief, possession=de, totals=(self.box[thief][STL],))

    def personal_foul(self, de: int, fouler: int, drawn: int, sub: str, desc: str) -> None:
        b = self.box[fouler]
        b[PF] += 1
        self.team_fouls[de] += 1
        self.add(de, "foul", sub=sub, person=fouler, drawn=drawn, descriptor=desc, possession=1 - de,
                 official=self._ref(), totals=(b[PF], 0))

    def free_throws(self, off: int, shooter: int, n: int) -> bool:
        """n free throws; True when the possession ends (last one made or defensive rebound)."""
        pct = self.skills[shooter].ft_pct
        b = self.box[shooter]
        made = False
        last_num = 0
        for k in range(1, n + 1):
            made = self.rand() < pct
            b[FTA] += 1
            if made:
                b[FTM] += 1
                self.score_points(off, shooter, 1)
            if self.keep:
                last_num = self.add(off, "freethrow", sub=f"{k} of {n}", person=shooter, made=made, points=b[PTS],
                                    ft_n=k, ft_of=n, possession=off).num
        if made:
            return True
        return not self.rebound(off, 1 - off, last_num)

    def _ref(self) -> int:
        """The calling official's code (a draw even when actions are not kept)."""
        return self.rng.choice(self.ref_codes)

    # -- the game -----------------------------------------------------------------------------------
    def run(self) -> None:
        rng = self.rng
        first = 0 if rng.random() < 0.5 else 1
        self.period = 0
        while True:
            self.period += 1
            length = REG_PERIOD_S if self.period <= 4 else OT_PERIOD_S
            self.clock = length * 10
            self.team_fouls = [0, 0]
            game_len = 2880.0 + OT_PERIOD_S * max(0, self.period - 4)
            self.add(-1, "period", sub="start", possession=-1)
            for side in (0, 1):
                force = self.starters[side] if self.period in (1, 3) else None
                self.lineup(side, game_len, force)
            if self.period == 1:
                self.add(first, "jumpball", sub="recovered", person=self.on[first][0], descriptor="startperiod",
                         possession=first, drawn=self.on[first][-1], steal=self.on[1 - first][-1])
            off = first if self.period in (1, 4) or (self.period > 4 and self.period % 2) else 1 - first
            while self.clock > 0:
                self.possession(off)
                off = 1 - off
                if self.elapsed - self.last_sub >= 150 and self.clock > 0:
                    self.last_sub = self.elapsed
                    if rng.random() < 0.2:
                        self.add(off, "timeout", sub="full", possession=off)
                    for side in (0, 1):
                        self.lineup(side, game_len)
            self.period_scores.append((self.score[0], self.score[1]))
            if self.period >= 4 and self.score[0] != self.score[1]:
                self.add(-1, "period", sub="end", possession=-1)
                self.add(-1, "game", sub="end", possession=-1)
                break
            self.add(-1, "period", sub="end", possession=-1)
        self._book()

    def line(self) -> tuple[list[int], list[int]]:
        per: tuple[list[int], list[int]] = ([], [])
        last = (0, 0)
        for now in self.period_scores:
            per[0].append(now[0] - last[0])
            per[1].append(now[1] - last[1])
            last = now
        return per


def simulate(league: League, sched: Scheduled, keep_actions: bool = True) -> Game:
    """Play ``sched`` once. The same league seed and game id always give the same game."""
    sim = _Sim(league, sched, keep_actions)
    sim.run()
    rng = rng_for(league.seed, "venue", sched.game_id)
    order = []
    for side in (0, 1):
        bench = sorted((i for i in sim.playing[side] if i not in sim.starters[side]), key=lambda i: -sim.box[i][SEC])
        order.append(list(sim.starters[side]) + bench)
    for line in sim.box.values():
        line[SEC] = (line[SEC] + 5) // 10  # tenths -> seconds
    return Game(
        sched=sched, home_pts=sim.score[0], away_pts=sim.score[1], periods=sim.period, line=sim.line(),
        box=sim.box, order=(order[0], order[1]), starters=(sim.starters[0], sim.starters[1]),
        dnp=(sim.dnp[0], sim.dnp[1]), inactive=(sim.inactive[0], sim.inactive[1]),
        officials=tuple(league.officials[k] for k in sim.officials),
        attendance=16_500 + rng.randint(0, 3_500),
        duration_min=125 + rng.randint(-12, 20) + 12 * max(0, sim.period - 4),
        actions=sim.actions if keep_actions else None,
    )


# --- the scoring model's expectations ----------------------------------------------------------------------

ORACLE_SAMPLES = 64


def expected_points(league: League, sched: Scheduled, samples: int = ORACLE_SAMPLES) -> dict[int, float]:
    """Each player's expected points in ``sched``: the mean of the simulator's own scoring model for that
    game, given who played (the oracle Phase 5 is measured against).

    Who is available (injuries, two-way, coach's DNPs) is drawn from streams of its own, so ``samples``
    replays of the game (its randomness drawn again: minutes plan, the night's form, every possession)
    have exactly the players of the played game; the result is their mean points, by player index, for
    every player in the game's box score. The Monte Carlo error is about sd / sqrt(samples): ~1 point
    for a 25-point scorer at the default 64.
    Deterministic: the same league seed, game and ``samples`` give the same numbers.
    """
    totals: dict[int, float] = {}
    for k in range(samples):
        sim = _Sim(league, sched, keep=False, replay=k)
        sim.run()
        for i, line in sim.box.items():
            totals[i] = totals.get(i, 0.0) + line[PTS]
    return {i: v / samples for i, v in totals.items()}


SHOT_VALUE = (2 * (0.62 * 0.645 + 0.38 * 0.43), 2 * 0.41, 3 * 0.355)  # points per attempt per zone at efficiency 1


def planned_minutes(skills: list[Skills]) -> list[float]:
    """The minutes a coach plans for each of ``skills``'s players (the engine's plan without its noise)."""
    raw = [max(2.0, s.minutes) ** MINUTES_POWER for s in skills]
    total = sum(raw)
    return [min(MINUTES_CAP, m * 240.0 / total) for m in raw]


def pregame_points(skills: list[Skills], team_points: float) -> list[float]:
    """A pre-game estimate of each player's points for a team whose playing players have ``skills``.

    What a sharp market knows: who plays (so the planned minutes), each player's shot share (usage times
    minutes) and his points per shot (shot mix, efficiency, free throws); the team's ``team_points`` are
    shared out in proportion. Not the oracle (:func:`expected_points`): lineups, fouls and the night's
    form are not modelled.
    """
    minutes = planned_minutes(skills)
    share = [m * s.usage ** USAGE_POWER for m, s in zip(minutes, skills, strict=True)]
    value = [s.efficiency * sum(v * w for v, w in zip(SHOT_VALUE, s.mix, strict=True))
             + SHOOTING_FOUL_RATE * 2 * s.ft_pct for s in skills]
    weighted = [a * b for a, b in zip(share, value, strict=True)]
    total = sum(weighted) or 1.0
    return [team_points * w / total for w in weighted]
