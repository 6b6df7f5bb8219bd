"""A season: the calendar laid out into games, each simulated once, standings, play-in and playoffs."""

from __future__ import annotations

import functools
import threading
from bisect import bisect_right
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from nbaprops.ids import TEAMS, TEAMS_BY_TRICODE

from .calendar import game_days, lay_out, matchups, season_dates
from .clock import et_to_utc
from .game import ORACLE_SAMPLES, Game, Scheduled, expected_points, simulate
from .parallel import simulate_many
from .rng import rng_for

if TYPE_CHECKING:
    from .league import League

TIP_SLOTS = {  # home time zone -> ET (hour, minute) choices
    "America/New_York": ((19, 0), (19, 30), (19, 0)),
    "America/Toronto": ((19, 30), (19, 0)),
    "America/Indiana/Indianapolis": ((19, 0), (19, 30)),
    "America/Chicago": ((20, 0), (20, 0), (20, 30), (19, 30)),
    "America/Denver": ((21, 0), (21, 0), (21, 30)),
    "America/Phoenix": ((21, 0), (22, 0)),
    "America/Los_Angeles": ((22, 0), (22, 30), (22, 0)),
}


@dataclass(frozen=True)
class Exhibition:
    """Pre-season (001) and All-Star (003) games: only the schedule shows them."""

    game_id: str
    day: date
    tip: datetime
    home: tuple[int, str, str, str]  # team id, city, name, tricode
    away: tuple[int, str, str, str]
    home_pts: int
    away_pts: int
    label: str
    sub_label: str


@dataclass
class Record:
    wins: int = 0
    losses: int = 0
    home: tuple[int, int] = (0, 0)
    road: tuple[int, int] = (0, 0)
    conf: tuple[int, int] = (0, 0)
    div: tuple[int, int] = (0, 0)
    last: tuple[str, ...] = ()

    def add(self, won: bool, home: bool, conf: bool, div: bool) -> Record:
        def inc(pair: tuple[int, int]) -> tuple[int, int]:
            return (pair[0] + won, pair[1] + (not won))

        return Record(self.wins + won, self.losses + (not won), inc(self.home) if home else self.home,
                      self.road if home else inc(self.road), inc(self.conf) if conf else self.conf,
                      inc(self.div) if div else self.div, (*self.last[-9:], "W" if won else "L"))

    @property
    def pct(self) -> float:
        played = self.wins + self.losses
        return round(self.wins / played, 3) if played else 0.0


def _fmt(pair: tuple[int, int]) -> str:
    return f"{pair[0]}-{pair[1]}"


class Season:
    """Season ``year`` (start year) of a :class:`League`; everything is computed on first use."""

    def __init__(self, league: League, year: int):
        self.league = league
        self.year = year
        self.dates = season_dates(year)
        self.regular: list[Scheduled] = self._regular()
        self._by_id: dict[str, Scheduled] = {g.game_id: g for g in self.regular}
        self._results: dict[str, Game] = {}
        self._post: list[Scheduled] | None = None
        self._post_ready = False
        self._seeds: dict[str, int] = {}
        # indexes (the renderers look games up by day, by matchup and by id thousands of times a season)
        self._regular_by_day: dict[date, list[Scheduled]] = {}
        self._meetings: dict[frozenset[str], list[Scheduled]] = {}
        for g in self.regular:
            self._regular_by_day.setdefault(g.day, []).append(g)
            self._meetings.setdefault(frozenset((g.home, g.away)), []).append(g)
        self._post_by_day: dict[date, list[Scheduled]] = {}
        self._games: OrderedDict[str, Game | None] = OrderedDict()  # play-by-play LRU
        self._tiebreak: dict[str, float] = {}
        self._lock = threading.RLock()  # the 127.0.0.1 server renders requests on several threads

    # --- the calendar ---------------------------------------------------------------------------------
    def _tip(self, rng, day: date, home: str) -> datetime:
        weekend = day.weekday() >= 5
        slots = TIP_SLOTS[TEAMS_BY_TRICODE[home].timezone]
        hour, minute = rng.choice(slots)
        if weekend and rng.random() < 0.25:
            hour, minute = rng.choice(((15, 30), (18, 0), (15, 0)))
        return et_to_utc(day, hour, minute)

    def _regular(self) -> list[Scheduled]:
        seed = self.league.seed
        laid = lay_out(matchups(self.year), game_days(self.dates), rng_for(seed, "schedule", self.year))
        tips = [(self._tip(rng_for(seed, "tip", self.year, d, h), d, h), d, h, a) for d, h, a in laid]
        tips.sort()
        out: list[Scheduled] = []
        per_day: dict[date, int] = defaultdict(int)
        for n, (tip, day, home, away) in enumerate(tips, start=1):
            per_day[day] += 1
            out.append(Scheduled(f"002{self.year % 100:02d}{n:05d}", "regular", self.year, day, tip, home, away,
                                 per_day[day]))
        return out

    @functools.cached_property
    def exhibitions(self) -> list[Exhibition]:
        rng = rng_for(self.league.seed, "exhibitions", self.year)
        out: list[Exhibition] = []
        tri = [t.tricode for t in TEAMS]
        day = self.dates.preseason_start
        n = 0
        while day < self.dates.regular_start - timedelta(days=2):
            rng.shuffle(tri)
            for k in range(rng.randint(2, 7)):
                n += 1
                home, away = TEAMS_BY_TRICODE[tri[2 * k]], TEAMS_BY_TRICODE[tri[2 * k + 1]]
                out.append(Exhibition(
                    f"001{self.year % 100:02d}{n:05d}", day, et_to_utc(day, 19, 0),
                    (home.nba_id, home.city, home.name, home.tricode),
                    (away.nba_id, away.city, away.name, away.tricode),
                    rng.randint(95, 130), rng.randint(95, 130), "Preseason", ""))
            day += timedelta(days=1)
        sunday = self.dates.all_star_sunday
        fake = [(1610616851 + k, f"Team {c}", f"Team {c}", f"TM{c}") for k, c in enumerate("ABCDEF")]
        specs = [(sunday - timedelta(days=2), "Rising Stars Semifinal", "Game 1", 0, 1),
                 (sunday - timedelta(days=2), "Rising Stars Semifinal", "Game 2", 2, 3),
                 (sunday - timedelta(days=2), "Rising Stars Championship", "", 0, 2),
                 (sunday, "All-Star Semifinal", "Game 1", 1, 4),
                 (sunday, "All-Star Semifinal", "Game 2", 3, 5),
                 (sunday, "All-Star Championship", "", 1, 3)]
        for k, (d, label, sub, h, a) in enumerate(specs, start=1):
            out.append(Exhibition(f"003{self.year % 100:02d}{k:05d}", d, et_to_utc(d, 19 + k // 4, 10 * (k % 4)),
                                  fake[h], fake[a], rng.randint(35, 45), rng.randint(30, 45), label, sub))
        return out

    # --- results --------------------------------------------------------------------------------------
    def scheduled(self, game_id: str) -> Scheduled | None:
        if game_id not in self._by_id and game_id[:3] in ("004", "005"):
            self.postseason()
        return self._by_id.get(game_id)

    def result(self, game_id: str) -> Game:
        """The game's box score (no play-by-play kept); simulated on first use."""
        if game_id not in self._results:
            sched = self.scheduled(game_id)
            if sched is None:
                raise KeyError(game_id)
            self._results[game_id] = simulate(self.league, sched, keep_actions=False)
        return self._results[game_id]

    def remember_result(self, game: Game) -> None:
        """Keep a game simulated with its play-by-play as its box score (the play-by-play not kept)."""
        self._results.setdefault(game.sched.game_id, replace(game, actions=None))

    def game(self, game_id: str) -> Game | None:
        """The game with its play-by-play (re-simulated: the same seed replays it exactly).

        The last ``league.game_cache`` games asked for are kept (per season), so the sources that render
        the same game's play-by-play one after another simulate it once.
        """
        cache = self._games
        with self._lock:
            if game_id in cache:
                cache.move_to_end(game_id)
                return cache[game_id]
        sched = self.scheduled(game_id)
        game = None if sched is None else simulate(self.league, sched, keep_actions=True)
        with self._lock:
            cache[game_id] = game
            if len(cache) > self.league.game_cache:
                cache.popitem(last=False)
        return game

    def expected_points(self, game_id: str, samples: int = ORACLE_SAMPLES) -> dict[int, float]:
        """Each player's expected points in a game (by player index): the mean of the simulator's own
        scoring model given who played (:func:`~nbaprops.simulator.game.expected_points`; ~0.2 s a game
        at the default ``samples``). Every player of the game's box score has one."""
        sched = self.scheduled(game_id)
        if sched is None:
            raise KeyError(game_id)
        return expected_points(self.league, sched, samples)

    def simulate_games(self, games: list[Scheduled]) -> None:
        """Simulate the box scores of ``games`` not simulated yet, on two cores when there are many."""
        missing = [g for g in games if g.game_id not in self._results]
        if missing:
            simulate_many(self.league, missing, lambda sched, game: self._results.setdefault(sched.game_id, game))

    def games_on(self, day: date) -> list[Scheduled]:
        """Regular, play-in and playoff games on an ET date, in tip-off order."""
        if self.dates.regular_start <= day <= self.dates.regular_end:
            return list(self._regular_by_day.get(day, ()))
        if day > self.dates.regular_end:
            self.postseason()
            return list(self._post_by_day.get(day, ()))
        return []

    def meetings(self, team_a: str, team_b: str) -> list[Scheduled]:
        """Regular-season games between two teams, in schedule order."""
        return list(self._meetings.get(frozenset((team_a, team_b)), ()))

    def all_games(self) -> list[Scheduled]:
        return self.regular + self.postseason()

    def is_final(self, sched: Scheduled | Exhibition, as_of: datetime | None = None) -> bool:
        """Over at ``as_of`` (a request's simulated time; default the league's)."""
        return sched.tip + timedelta(hours=3) <= (as_of or self.league.as_of)

    # --- standings ------------------------------------------------------------------------------------
    @functools.cached_property
    def _records(self) -> tuple[dict[str, tuple[Record, Record]], dict[date, dict[str, Record]]]:
        """Per regular game the (home, away) records after it; per day the records after that day."""
        self.simulate_games(self.regular)
        rec = {t.tricode: Record() for t in TEAMS}
        after: dict[str, tuple[Record, Record]] = {}
        by_day: dict[date, dict[str, Record]] = {}
        for g in self.regular:
            res = self.result(g.game_id)
            h, a = TEAMS_BY_TRICODE[g.home], TEAMS_BY_TRICODE[g.away]
            conf, div = h.conference == a.conference, h.division == a.division
            rec[g.home] = rec[g.home].add(res.home_pts > res.away_pts, True, conf, div)
            rec[g.away] = rec[g.away].add(res.away_pts > res.home_pts, False, conf, div)
            after[g.game_id] = (rec[g.home], rec[g.away])
            by_day[g.day] = dict(rec)
        return after, by_day

    def record_after(self, game_id: str) -> tuple[Record, Record]:
        return self._records[0][game_id]

    def standings(self, day: date | None = None) -> dict[str, Record]:
        """Records after all regular-season games played on or before ``day`` (default: season end)."""
        by_day, days = self._records[1], self._record_days
        k = len(days) if day is None else bisect_right(days, day)
        if k == 0:
            return {t.tricode: Record() for t in TEAMS}
        return by_day[days[k - 1]]

    @functools.cached_property
    def _record_days(self) -> list[date]:
        return sorted(self._records[1])

    def _tiebreak_draw(self, team: str) -> float:
        draw = self._tiebreak.get(team)
        if draw is None:
            draw = self._tiebreak[team] = rng_for(self.league.seed, "tiebreak", self.year, team).random()
        return draw

    def conference_order(self, conference: str, day: date | None = None) -> list[str]:
        table = self.standings(day)
        teams = [t.tricode for t in TEAMS if t.conference == conference]
        return sorted(teams, key=lambda t: (-table[t].pct, -table[t].wins, self._tiebreak_draw(t)))

    def seed_of(self, team: str) -> int:
        self.postseason()
        return self._seeds.get(team, 0)

    # --- play-in and playoffs -------------------------------------------------------------------------
    def _post_game(self, gid: str, kind: str, day: date, home: str, away: str, label: str, sub: str,
                   series_game: int = 0, rnd: int = 0, hour: int = 20, minute: int = 0) -> Game:
        seq = sum(1 for g in self._post if g.day == day) + 1  # type: ignore[union-attr]
        sched = Scheduled(gid, kind, self.year, day, et_to_utc(day, hour, minute), home, away, seq, label, sub,
                          series_game, rnd)
        self._post.append(sched)  # type: ignore[union-attr]
        self._by_id[gid] = sched
        return self.result(gid)

    def postseason(self) -> list[Scheduled]:
        """Play-in (6 games) and playoffs (best-of-7 series), simulated after the regular season."""
        if not self._post_ready:
            with self._lock:
                if self._post is None:
                    self._build_postseason()
                    self._post_ready = True
        return self._post  # type: ignore[return-value]

    def _build_postseason(self) -> None:
        self._post = []
        yy = f"{self.year % 100:02d}"
        tue = self.dates.play_in_start
        qualified: dict[str, list[str]] = {}
        for c, conf in enumerate(("East", "West")):
            order = self.conference_order(conf)
            for k, t in enumerate(order[:10]):
                self._seeds[t] = k + 1
            s7, s8, s9, s10 = order[6:10]
            d78, d910 = tue + timedelta(days=c), tue + timedelta(days=1 - c)
            g78 = self._post_game(f"005{yy}001{2 * c}1", "playin", d78, s7, s8, "SoFi Play-In Tournament", conf,
                                  hour=19 if c == 0 else 21, minute=30)
            g910 = self._post_game(f"005{yy}001{2 * c + 1}1", "playin", d910, s9, s10, "SoFi Play-In Tournament",
                                   conf, hour=19 if c == 0 else 21, minute=30)
            w78 = s7 if g78.winner_side == 0 else s8
            l78 = s8 if w78 == s7 else s7
            w910 = s9 if g910.winner_side == 0 else s10
            fin = self._post_game(f"005{yy}002{c}1", "playin", tue + timedelta(days=3), l78, w910,
                                  "SoFi Play-In Tournament", conf, hour=19 if c == 0 else 21, minute=30)
            eighth = l78 if fin.winner_side == 0 else w910
            qualified[conf] = [*order[:6], w78, eighth]
            self._seeds[w78], self._seeds[eighth] = 7, 8
        # playoffs
        starts = [self.dates.playoffs_start, self.dates.playoffs_start + timedelta(days=15),
                  self.dates.playoffs_start + timedelta(days=30), self.dates.finals_end - timedelta(days=12)]
        rounds_names = {1: "First Round", 2: "Conf. Semifinals", 3: "Conf. Finals", 4: "NBA Finals"}
        pairs = []
        for conf in ("East", "West"):
            q = qualified[conf]
            pairs += [(q[0], q[7]), (q[3], q[4]), (q[2], q[5]), (q[1], q[6])]
        for rnd in (1, 2, 3, 4):
            winners = []
            for s, (a, b) in enumerate(pairs):
                high, low = (a, b) if self._rank(a) <= self._rank(b) else (b, a)
                conf = TEAMS_BY_TRICODE[high].conference
                label = "NBA Finals" if rnd == 4 else f"{conf} {rounds_names[rnd]}"
                wins = {high: 0, low: 0}
                g = 0
                while max(wins.values()) < 4:
                    g += 1
                    home, away = (high, low) if g in (1, 2, 5, 7) else (low, high)
                    day = starts[rnd - 1] + timedelta(days=2 * (g - 1) + (s % 2 if rnd < 4 else 0))
                    res = self._post_game(f"004{yy}00{rnd}{s}{g}", "playoffs", day, home, away, label, f"Game {g}",
                                          g, rnd, hour=20 if s % 2 else 19, minute=30 if s % 2 else 0)
                    wins[home if res.winner_side == 0 else away] += 1
                winners.append(high if wins[high] == 4 else low)
            self.champion = winners[0]
            pairs = [(winners[k], winners[k + 1]) for k in range(0, len(winners) - 1, 2)]
        self._post.sort(key=lambda g: (g.tip, g.game_id))
        for g in self._post:
            self._post_by_day.setdefault(g.day, []).append(g)

    def _rank(self, team: str) -> tuple[int, float]:
        return self._seeds.get(team, 99), -self.standings()[team].pct

    @functools.cached_property
    def market(self):
        """The season's sportsbook lines (:class:`~nbaprops.simulator.books.Market`)."""
        from .books import Market

        return Market(self)

    def simulate_all(self) -> None:
        """Simulate every game of the season (regular, play-in, playoffs)."""
        self.postseason()

    def describe_series(self, sched: Scheduled) -> str:
        """'CLE leads 1-0' style series text after ``sched`` (playoffs only)."""
        if sched.kind != "playoffs":
            return ""
        wins = {sched.home: 0, sched.away: 0}
        for g in self.postseason():
            if g.kind == "playoffs" and g.game_id[:-1] == sched.game_id[:-1] and g.series_game <= sched.series_game:
                r = self.result(g.game_id)
                wins[g.home if r.winner_side == 0 else g.away] += 1
        (lead, lw), (_, tw) = sorted(wins.items(), key=lambda kv: -kv[1])
        if lw == tw:
            return f"Series tied {lw}-{tw}"
        return f"{lead} {'wins' if lw == 4 else 'leads'} {lw}-{tw}"


__all__ = ["Exhibition", "Record", "Season", "fmt_record"]

fmt_record = _fmt

