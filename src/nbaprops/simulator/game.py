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
from typing import TYPE_CHECKING

from .injuries import status_on
from .rng import rng_for, unit

if TYPE_CHECKING:
    from .league import League, Official
    from .players import Player

# box line columns
SEC, FGM, FGA, FG3M, FG3A, FTM, FTA, OREB, DREB, AST, STL, BLK, TOV, PF, PTS, PM = range(16)
BOX_WIDTH = 16
REG_PERIOD_S, OT_PERIOD_S = 720, 300


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
    angle = rng.uniform(-math.pi / 2 + 0.15, math.pi / 2 - 0.15)
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


# --- the simulation --------------------------------------------------------------------------------------


class _Sim:
    def __init__(self, league: League, sched: Scheduled, keep: bool = True):
        self.keep = keep
        self._dummy = Action(0, 0, 0, 0, -1, "")
        self.period_scores: list[tuple[int, int]] = []
        self.league = league
        self.sched = sched
        self.rng = rng_for(league.seed, "game", sched.game_id)
        self.players: dict[int, Player] = league.players(sched.season)
        self.actions: list[Action] = []
        self.box: dict[int, list[int]] = {}
        self.score = [0, 0]
        self.num = 1
        self.period = 1
        self.clock = 0
        self.elapsed = 0.0
        self.team_fouls = [0, 0]
        self.totals: dict[tuple[int, str], int] = {}
        self.officials = sorted(self.rng.sample(range(len(league.officials)), 3))
        self.playing: list[list[int]] = []
        self.dnp: list[list[tuple[int, str]]] = []
        self.inactive: list[list[tuple[int, str]]] = []
        self.target: dict[int, float] = {}
        self.on: list[list[int]] = [[], []]
        self.starters: list[list[int]] = []
        self.last_sub = 0.0
        self._weights: dict[tuple[int, str], tuple[list[int], list[float]]] = {}
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
        strength = [league.team_strength(sched.season, t) for t in (sched.home, sched.away)]
        self.edge = [0.025 * (strength[0] - strength[1]) + 0.012, 0.025 * (strength[1] - strength[0]) - 0.012]

    def _minutes(self, playing: list[int]) -> None:
        raw = {i: max(2.0, self.players[i].skills.minutes * self.rng.uniform(0.85, 1.15)) ** 1.6 for i in playing}
        total = sum(raw.values())
        for i, m in raw.items():
            self.target[i] = min(44.0, m * 240.0 / total)

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
    def add(self, side: int, kind: str, **kw) -> Action:
        if not self.keep:
            self.num += 1
            return self._dummy
        a = Action(self.num, self.period, self.clock, int(self.elapsed), side, kind,
                   score_home=self.score[0], score_away=self.score[1], **kw)
        self.num += 1 + (self.num % 3 == 0)
        self.actions.append(a)
        return a

    def bump(self, index: int, col: int, n: int = 1) -> int:
        self.box[index][col] += n
        return self.box[index][col]

    def tally(self, index: int, what: str) -> int:
        key = (index, what)
        self.totals[key] = self.totals.get(key, 0) + 1
        return self.totals[key]

    def score_points(self, side: int, shooter: int, pts: int) -> None:
        self.score[side] += pts
        self.bump(shooter, PTS, pts)
        for i in self.on[side]:
            self.box[i][PM] += pts
        for i in self.on[1 - side]:
            self.box[i][PM] -= pts

    def run_clock(self, seconds: float) -> None:
        tenths = min(self.clock, int(seconds * 10))
        self.clock -= tenths
        sec = tenths / 10
        self.elapsed += sec
        for side in (0, 1):
            for i in self.on[side]:
                self.box[i][SEC] += tenths  # tenths of seconds while on court

    # -- lineups ------------------------------------------------------------------------------------
    def lineup(self, side: int, game_len: float, force: list[int] | None = None) -> None:
        new = force
        if new is None:
            horizon = self.elapsed + 180
            eligible = [i for i in self.playing[side] if self.box[i][PF] < 6]

            def need(i: int) -> float:
                return self.target[i] * 60 * horizon / game_len - self.box[i][SEC] / 10

            new = sorted(eligible, key=lambda i: (-need(i), i))[:5]
            if self.period >= 4 and self.clock < 3600:  # closers
                new = sorted(eligible, key=lambda i: (-self.target[i], i))[:5]
        old = self.on[side]
        outs = [i for i in old if i not in new]
        ins = [i for i in new if i not in old]
        if old:
            for o, n in zip(outs, ins, strict=False):
                self.add(side, "substitution", sub="out", person=o, possession=side)
                self.add(side, "substitution", sub="in", person=n, possession=side)
        self.on[side] = list(new)
        self._weights.clear()

    def weighted(self, people: list[int], weight) -> int:
        ws = [max(0.01, weight(self.players[i].skills)) for i in people]
        return self.rng.choices(people, ws)[0]

    def pick(self, side: int, attr: str) -> int:
        """A player on court for ``side`` drawn in proportion to a skill (cached per lineup)."""
        key = (side, attr)
        cached = self._weights.get(key)
        if cached is None:
            people = self.on[side]
            cum, total = [], 0.0
            for i in people:
                s = self.players[i].skills
                total += max(0.01, s.tov * s.usage if attr == "tovu" else getattr(s, attr))
                cum.append(total)
            cached = self._weights[key] = (people, cum)
        people, cum = cached
        k = bisect_right(cum, self.rng.random() * cum[-1])  # the first k with r < cum[k]
        return people[k] if k < len(people) else people[-1]

    # -- one possession -----------------------------------------------------------------------------
    def possession(self, off: int) -> None:
        rng = self.rng
        de = 1 - off
        self.run_clock(rng.uniform(6, 22))
        roll = rng.random()
        if roll < 0.125:
            self.turnover(off, de)
            return
        if roll < 0.18:
            fouler = self.pick(de, "foul")
            drawn = rng.choice(self.on[off])
            self.personal_foul(de, fouler, drawn, "personal", "")
            if self.team_fouls[de] > 4:
                self.free_throws(off, drawn, 2)
                return
            self.run_clock(rng.uniform(2, 8))
        while self.clock > 0:
            shooter = self.pick(off, "usage")
            if rng.random() < 0.085:  # shooting foul
                fouler = self.pick(de, "foul")
                three = rng.random() < 0.08
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
        rng = self.rng
        skills = self.players[shooter].skills
        mix = skills.mix
        r = rng.random()
        zone = 0 if r < mix[0] else 1 if r < mix[0] + mix[1] else 2
        dist, lateral, depth = _shot_spot(rng, zone)
        base = (0.645 if dist < 4 else 0.43) if zone == 0 else 0.41 if zone == 1 else 0.355
        made = rng.random() < base * skills.efficiency + self.edge[off]
        subtype, desc = rng.choice(SHOT_TYPES[zone])
        blocker = -1
        if not made and rng.random() < (0.08 if zone == 0 else 0.02):
            blocker = self.pick(de, "blk")
        assist = -1
        if made and rng.random() < (0.55, 0.4, 0.82)[zone]:
            mates = [i for i in self.on[off] if i != shooter]
            assist = self.weighted(mates, lambda s: s.ast)
        box = self.box[shooter]
        box[FGA] += 1
        if zone == 2:
            box[FG3A] += 1
        if made:
            box[FGM] += 1
            if zone == 2:
                box[FG3M] += 1
            self.score_points(off, shooter, 3 if zone == 2 else 2)
        if not self.keep:  # box score only: the same draws, no action records
            self.num += 1
            if assist >= 0:
                self.box[assist][AST] += 1
            if blocker >= 0:
                self.box[blocker][BLK] += 1
                self.num += 1
            if made:
                if rng.random() < 0.025:  # and-one
                    fouler = self.pick(de, "foul")
                    self.personal_foul(de, fouler, shooter, "personal", "shooting")
                    self.free_throws(off, shooter, 1)
                return True
            return not self.rebound(off, de, 0)
        area, detail = _area(zone, dist, lateral, depth)
        # court coordinates: home attacks the right basket in the first half
        right = (off == 0) == (self.period <= 2)
        bx = 94 - 5.25 - depth if right else 5.25 + depth
        x = bx / 94 * 100
        y = (25 + (lateral if right else -lateral)) / 50 * 100
        a = self.add(off, "3pt" if zone == 2 else "2pt", sub=subtype, person=shooter, made=made,
                     points=box[PTS], x=round(x, 6), y=round(y, 6), dist=round(dist, 2),
                     area=area, area_detail=detail, descriptor=desc, possession=off,
                     qualifiers=("pointsinthepaint",) if zone == 0 else (),
                     x_legacy=round(-lateral * 10), y_legacy=round(depth * 10))
        if assist >= 0:
            self.bump(assist, AST)
            a.assist = assist
            a.totals = (self.box[assist][AST],)
        if blocker >= 0:
            self.bump(blocker, BLK)
            a.block = blocker
            self.add(de, "block", person=blocker, possession=off, area=area, area_detail=detail,
                     totals=(self.box[blocker][BLK],))
        if made:
            if rng.random() < 0.025:  # and-one
                fouler = self.pick(de, "foul")
                self.personal_foul(de, fouler, shooter, "personal", "shooting")
                self.free_throws(off, shooter, 1)
            return True
        return not self.rebound(off, de, a.num, area, detail)

    def rebound(self, off: int, de: int, shot_num: int, area: str = "", detail: str = "") -> bool:
        """Rebound after a miss; True if the offense keeps the ball."""
        offensive = self.rng.random() < 0.25
        side = off if offensive else de
        who = self.pick(side, "oreb" if offensive else "dreb")
        self.bump(who, OREB if offensive else DREB)
        b = self.box[who]
        self.add(side, "rebound", sub="offensive" if offensive else "defensive", person=who, possession=side,
                 shot_action=shot_num, area=area, area_detail=detail, totals=(b[OREB] + b[DREB], b[DREB], b[OREB]))
        return offensive

    def turnover(self, off: int, de: int) -> None:
        rng = self.rng
        who = self.pick(off, "tovu")
        kind = rng.choices(TURNOVERS, (0.34, 0.3, 0.12, 0.1, 0.1, 0.04))[0]
        if kind == "offensive foul":
            drawn = rng.choice(self.on[de])
            self.bump(who, PF)
            self.add(off, "foul", sub="offensive", person=who, drawn=drawn, possession=off,
                     descriptor="charge", official=self._ref(), totals=(self.box[who][PF], 0))
        self.bump(who, TOV)
        a = self.add(off, "turnover", sub=kind, person=who, possession=off, official=self._ref(),
                     totals=(self.box[who][TOV],))
        if kind in ("bad pass", "lost ball") and rng.random() < 0.6:
            thief = self.pick(de, "stl")
            self.bump(thief, STL)
            a.steal = thief
            self.add(de, "steal", person=thief, possession=de, totals=(self.box[thief][STL],))

    def personal_foul(self, de: int, fouler: int, drawn: int, sub: str, desc: str) -> None:
        self.bump(fouler, PF)
        self.team_fouls[de] += 1
        self.add(de, "foul", sub=sub, person=fouler, drawn=drawn, descriptor=desc, possession=1 - de,
                 official=self._ref(), totals=(self.box[fouler][PF], 0))

    def free_throws(self, off: int, shooter: int, n: int) -> bool:
        """n free throws; True when the possession ends (last one made or defensive rebound)."""
        pct = self.players[shooter].skills.ft_pct
        made = False
        last_num = 0
        for k in range(1, n + 1):
            made = self.rng.random() < pct
            self.bump(shooter, FTA)
            if made:
                self.bump(shooter, FTM)
                self.score_points(off, shooter, 1)
            a = self.add(off, "freethrow", sub=f"{k} of {n}", person=shooter, made=made,
                         points=self.box[shooter][PTS], ft_n=k, ft_of=n, possession=off)
            last_num = a.num
        if made:
            return True
        return not self.rebound(off, 1 - off, last_num)

    def _ref(self) -> int:
        return self.league.officials[self.rng.choice(self.officials)].code

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
