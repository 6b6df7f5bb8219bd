"""Sportsbooks: event ids, and opening/closing lines priced from noisy pre-game estimates.

Player points (efficient, issue #14): each book's line is its own estimate of the player's median points
from what is known before the game: the players' skills, the teams' strengths and who plays
(:func:`~nbaprops.simulator.game.pregame_points`, then mean -> median), plus one market-wide error per
player and game and the book's own error, on half-point lines. Overs hit about half the time at every
scoring level (``benchmarks/realism.py``). The opening lines (phases 0 and 1, a day before tip-off) know
the injury report of the day before; from phase 2 the books know who dresses, so news moves the lines.
DraftKings and FanDuel also post alternate points lines (:meth:`Market.offered`, up to ten and five per
player), each priced further from even than the book's main line: :func:`main_lines` recovers it.

Rebounds, assists and threes: season-to-date averages (shrunk toward a skill prior) with the same kinds of
errors. Lines exist from an opening snapshot about a day before tip-off and move at two times before the
closing snapshot five minutes before tip-off.
"""

from __future__ import annotations

import _random
import functools
import hashlib
import math
import random
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from .game import AST, DREB, FG3M, OREB, PTS, SEC, Scheduled, pregame_points
from .injuries import status_on
from .rng import hex_id, rng_for

if TYPE_CHECKING:
    from .season import Season


@dataclass(frozen=True)
class Book:
    key: str
    title: str
    bp_id: int


BOOKS: tuple[Book, ...] = (
    Book("draftkings", "DraftKings", 12), Book("fanduel", "FanDuel", 10), Book("betmgm", "BetMGM", 19),
    Book("caesars", "Caesars", 13),
)
BOOKS_BY_KEY = {b.key: b for b in BOOKS}
PROP_MARKETS = ("player_points", "player_rebounds", "player_assists", "player_threes")
GAME_MARKETS = ("h2h", "spreads", "totals")
BP_MARKETS = {156: "player_points", 157: "player_rebounds", 151: "player_assists", 162: "player_threes"}


LEAGUE_TEAM_POINTS = 112.7  # what the market expects an average team to score
POINTS_PER_EDGE = 213.0  # team points per unit of the engine's make-rate edge (about 89 shots x 2.4 points)
MARKET_ERROR = 0.04  # sd of the market's shared relative error on a player's points
MIN_PRICED_POINTS = 3.0  # books post no points line for a player whose median is lower (deep bench)


def _median(mean: float) -> float:
    """The median of a player's points given their mean (points are right-skewed: the median is lower)."""
    a, b, knee, star, star_slope = MEDIAN_SHIFT
    return mean - a + b * (mean if mean < knee else knee) - (star_slope * (mean - star) if mean > star else 0.0)


# median = mean - 0.95 + 0.072 min(mean, 14) - 0.12 max(0, mean - 20), fitted on simulated seasons (the
# estimate of a star's mean runs high: his minutes are capped and his shots shared with the bench)
MEDIAN_SHIFT = (0.95, 0.072, 14.0, 20.0, 0.12)
ALTERNATES = {"draftkings": 10, "fanduel": 5}  # the most player-points lines a book posts per player
_DENSITY0 = 1 / math.sqrt(2 * math.pi)


def _spread(points: float) -> float:
    """The sd of a player's points around his expectation (the simulated league's, about 1.5 sqrt(mean))."""
    return 1.5 * math.sqrt(points if points > 1.0 else 1.0)


class PropLine(NamedTuple):
    """One player's line at one book (a tuple: cheaper to build than a frozen dataclass, and a season
    of sources builds some 600,000)."""

    player: int
    point: float
    over: int  # American price
    under: int


@dataclass(frozen=True)
class GameLines:
    home_spread: float
    spread_prices: tuple[int, int]  # home, away
    total: float
    total_prices: tuple[int, int]  # over, under
    moneyline: tuple[int, int]  # home, away


def event_id(seed: int, game_id: str) -> str:
    """The Odds API style 32-hex event id (a hash, then the NBA game id's digits, which are hex too)."""
    return hex_id(seed, "odds-event", game_id, length=22) + game_id


def game_of_event(seed: int, event: str) -> str | None:
    """The NBA game id behind an Odds API event id, or None if it is not one of ours."""
    if len(event) != 32 or not event[22:].isdigit() or event_id(seed, event[22:]) != event:
        return None
    return event[22:]


def bp_event_id(game_id: str) -> int:
    """BettingPros numeric event id: season digits, type digit, sequence (0022400561 -> 24200561)."""
    return int(game_id[3:5] + game_id[2] + game_id[5:])


def game_of_bp_event(event: int | str) -> str | None:
    text = str(event)
    if len(text) != 8 or not text.isdigit():
        return None
    return f"00{text[2]}{text[:2]}{text[3:]}"


def snapshot_times(sched: Scheduled) -> tuple[datetime, datetime, datetime, datetime]:
    """(open, move1, move2, close) for a game, on a 5-minute grid."""
    return _snapshot_times(sched.game_id, sched.tip)


@functools.lru_cache(maxsize=4096)  # every odds and offers request asks; a season has ~1,320 games
def _snapshot_times(game_id: str, tip: datetime) -> tuple[datetime, datetime, datetime, datetime]:
    tip = tip.replace(second=0)
    close = tip - timedelta(minutes=5 + tip.minute % 5)
    opened = close - timedelta(hours=26)
    rng = rng_for(0, "moves", game_id)
    m1 = opened + timedelta(minutes=5 * rng.randint(12, 120))
    m2 = close - timedelta(minutes=5 * rng.randint(6, 60))
    return opened, m1, m2, close


def phase_at(sched: Scheduled, moment: datetime) -> tuple[int, datetime] | None:
    """Which line version (0 open .. 3 close) is current at ``moment``, and when it was set."""
    times = snapshot_times(sched)
    if moment < times[0]:
        return None
    k = max(i for i, t in enumerate(times) if t <= moment)
    return k, times[k]


_local = threading.local()
_c_seed = _random.Random.seed


_blake2b = hashlib.blake2b
_from_bytes = int.from_bytes


def _seeded(key: str) -> random.Random:
    """``rng_for(seed, *parts)`` for ``key`` = ``"|".join(map(str, (seed, *parts)))``, without building a
    new ``Random``: this thread's one, reseeded. Use it up before the next call."""
    rng = getattr(_local, "rng", None)
    if rng is None:
        rng = _local.rng = random.Random()
    # derive() inlined, then what Random.seed(int) does: seed the generator, forget a cached gauss value
    _c_seed(rng, _from_bytes(_blake2b(key.encode(), digest_size=8).digest(), "big"))
    rng.gauss_next = None
    return rng


def _gauss(seed: int, *parts: object, sigma: float) -> float:
    """``rng_for(seed, *parts).gauss(0, sigma)`` (the same number) without building a new ``Random``."""
    return _seeded("|".join([str(seed), *map(str, parts)])).gauss(0, sigma)


def american(prob: float) -> int:
    # min(0.95, max(0.05, prob)) and int(round(price / 5) * 5) if abs(price) >= 100, without the calls
    prob = prob if prob > 0.05 else 0.05
    prob = prob if prob < 0.95 else 0.95
    price = -100 * prob / (1 - prob) if prob >= 0.5 else 100 * (1 - prob) / prob
    if price >= 100 or price <= -100:
        return round(price / 5) * 5
    return -100 if price < 0 else 100


@functools.cache  # American prices are few (multiples of 5)
def decimal_price(price: int) -> float:
    return round(1 + (price / 100 if price > 0 else 100 / -price), 2)


class Market:
    """All lines of one season."""

    def __init__(self, season: Season):
        self.season = season
        self.seed = season.league.seed
        # lines of the games asked for last (``league.game_cache`` of them): game id -> :meth:`_game`;
        # the sources ask for one game's markets and books together
        self._recent: OrderedDict[str, dict] = OrderedDict()
        self._recent_lock = threading.Lock()
        self._priors: dict[int, tuple[float, float, float, float, float]] = {}

    @functools.cached_property
    def _means(self) -> dict[str, dict[int, tuple[float, ...]]]:
        """Per game, per player: season-to-date (pts, reb, ast, threes, minutes, games) before that game."""
        sums: dict[int, list[float]] = {}
        out: dict[str, dict[int, tuple[float, ...]]] = {}
        for g in self.season.all_games():
            res = self.season.result(g.game_id)
            snap: dict[int, tuple[float, ...]] = {}
            for side in (0, 1):
                for i in res.order[side]:
                    s = sums.get(i)
                    snap[i] = (*tuple(v / s[5] for v in s[:5]), s[5]) if s else (0, 0, 0, 0, 0, 0)
            out[g.game_id] = snap
            for side in (0, 1):
                for i in res.order[side]:
                    b = res.box[i]
                    s = sums.setdefault(i, [0.0] * 6)
                    for k, v in enumerate((b[PTS], b[OREB] + b[DREB], b[AST], b[FG3M], b[SEC] / 60, 1)):
                        s[k] += v
        return out

    def _prior(self, index: int) -> tuple[float, float, float, float, float]:
        prior = self._priors.get(index)
        if prior is None:
            s = self.season.league.player(self.season.year, index).skills
            m = s.minutes
            prior = self._priors[index] = (
                m * 0.26 * s.usage ** 0.5 * s.efficiency, m * 0.045 * (s.oreb + s.dreb) ** 0.8,
                m * 0.045 * s.ast, m * 0.028 * s.mix[2] * s.usage ** 0.5 * 2, m)
        return prior

    def expectation(self, game_id: str, index: int) -> tuple[float, float, float, float, float]:
        """A book's pre-game estimate of (pts, reb, ast, threes, minutes) for a player."""
        mean = self._means.get(game_id, {}).get(index)
        prior = self._prior(index)
        n = mean[5] if mean else 0
        if not n:
            return prior
        return tuple((n * mean[k] + 6 * prior[k]) / (n + 6) for k in range(5))  # type: ignore[return-value]

    def _game(self, game_id: str) -> dict:
        """The cache of one game's lines: {"estimates": per player, market: shared draws, (book, market):
        the book's draws, (book, market, phase): lines, ("gamelines", book, phase): game lines}."""
        with self._recent_lock:
            cache = self._recent.get(game_id)
            if cache is None:
                cache = self._recent[game_id] = {}
                if len(self._recent) > self.season.league.game_cache:
                    self._recent.popitem(last=False)
            else:
                self._recent.move_to_end(game_id)
        return cache

    def _points(self, sched: Scheduled, cache: dict) -> list[tuple[int, list[float]]]:
        """(player, the market's estimate of his median points at each phase) for every player priced.

        The market knows what a sharp bettor knows before the game: the players' skills, the teams'
        strengths and who will play. At the opening (phases 0 and 1, a day before) that is the injury
        report of the day before, with questionable players assumed to play; from phase 2 (near tip-off)
        it is who actually dresses: news between the two moves the lines of the teammates of a player
        ruled out (more minutes and shots) or back. Each player's estimate carries one market-wide error.
        """
        found = cache.get("points")
        if found is not None:
            return found
        league, year = self.season.league, self.season.year
        res = self.season.result(sched.game_id)
        strength = [league.team_strength(year, t) for t in (sched.home, sched.away)]
        opened = snapshot_times(sched)[0] - timedelta(hours=4)  # ET
        out: list[tuple[int, list[float]]] = []
        for side, team in enumerate((sched.home, sched.away)):
            edge = 0.025 * (strength[side] - strength[1 - side]) + (0.012 if side == 0 else -0.012)
            team_points = LEAGUE_TEAM_POINTS + POINTS_PER_EDGE * edge
            late = list(res.order[side])
            early = self._expected_playing(team, sched, opened.date(), opened.hour)
            est_late = dict(zip(late, self._estimate(late, team_points), strict=True))
            est_early = dict(zip(early, self._estimate(early, team_points), strict=True))
            for i in late:
                rng = _seeded(f"{self.seed}|market|{sched.game_id}|{i}|player_points")
                error = 1 + rng.gauss(0, MARKET_ERROR)
                first = est_early.get(i, est_late[i])
                out.append((i, [_median(first * error), _median(first * error),
                                _median(est_late[i] * error), _median(est_late[i] * error)]))
        cache["points"] = out
        return out

    def _estimate(self, playing: list[int], team_points: float) -> list[float]:
        players = self.season.league.players(self.season.year)
        return pregame_points([players[i].skills for i in playing], team_points)

    def _expected_playing(self, team: str, sched: Scheduled, day: date, hour: int) -> list[int]:
        """Who a team is expected to play, from the injury report at ``day`` ``hour`` (ET)."""
        league, year = self.season.league, self.season.year
        players = league.players(year)
        active = []
        for i in sorted(league.roster(year, team, sched.day), key=lambda i: -players[i].skills.minutes):
            status, _ = status_on(league.spells(year, i), day, hour)
            if status in ("Out", "Doubtful") or (players[i].two_way and len(active) >= 11):
                continue
            active.append(i)
        return active[:10]

    def _shared(self, sched: Scheduled, market: str, cache: dict) -> list[tuple[int, float, list[float]]]:
        """(player, market-wide base, drift per phase) for every player the books price in ``market``."""
        if market == "player_points":
            return [(i, est[3], [v - est[3] for v in est]) for i, est in self._points(sched, cache)
                    if est[3] >= MIN_PRICED_POINTS]
        estimates = cache.get("estimates")  # the same for the four markets
        if estimates is None:
            res = self.season.result(sched.game_id)
            estimates = cache["estimates"] = [(i, self.expectation(sched.game_id, i))
                                              for side in (0, 1) for i in res.order[side]]
        col = PROP_MARKETS.index(market)
        key = f"{self.seed}|market|{sched.game_id}|"  # rng_for(seed, "market", game, player, market)
        out = []
        for i, est in estimates:
            if est[4] < 14 or est[col] < 0.8:
                continue
            shared = _seeded(f"{key}{i}|{market}")
            base = est[col] * (1 + shared.gauss(0, 0.08))
            drift = [0.0, shared.choice((-0.5, 0, 0, 0.5)), shared.choice((-1, -0.5, 0, 0.5, 1)), 0.0]
            drift[3] = drift[2] + shared.choice((-0.5, 0, 0, 0.5))
            out.append((i, base, drift))
        return out

    def props(self, sched: Scheduled, book: str, market: str, phase: int) -> list[PropLine]:
        """Lines of one market at one book at one phase (0 open .. 3 close)."""
        cache = self._game(sched.game_id)
        key = (book, market, phase)
        lines = cache.get(key)
        if lines is None:
            shared = cache.get(market)
            if shared is None:
                shared = cache[market] = self._shared(sched, market, cache)
            col = PROP_MARKETS.index(market)
            draws = cache.get((book, market))
            if draws is None:  # the book's own error: the same at every phase
                sigma = 0.35 if col == 0 else 0.2
                seeds = f"{self.seed}|book|{book}|{sched.game_id}|"  # _gauss(seed, "book", book, game, i, market)
                draws = cache[(book, market)] = [_seeded(f"{seeds}{i}|{market}").gauss(0, sigma)
                                                 for i, _, _ in shared]
            lines = []
            floor, price = math.floor, american
            for (i, base, drift), draw in zip(shared, draws, strict=True):
                value = base + draw + drift[phase]
                point = floor(value) + 0.5
                point = point if point > 0.5 else 0.5  # max(0.5, point)
                # the main line is shaded toward even: half the lean the book's own distribution gives
                weight = 0.5 * _DENSITY0 / _spread(value) if col == 0 else 0.5
                lean = (value - point) * weight
                lines.append(PropLine(i, point, price(0.524 + lean), price(0.524 - lean)))
            cache[key] = lines
        return list(lines)

    def offered(self, sched: Scheduled, book: str, market: str, phase: int) -> list[PropLine]:
        """Every line a book shows in ``market`` at ``phase``: its main lines (:meth:`props`) and, at the
        books that post them (``ALTERNATES``), alternate player-points lines around each main line, for
        each player in ascending point order (as real Odds API responses list them).

        An alternate is priced from the book's own distribution of the player's points (normal, sd
        ``_spread``) with the usual vig, so it is always further from even than the book's main line:
        :func:`main_lines` recovers :meth:`props` exactly.
        """
        mains = self.props(sched, book, market, phase)
        most = ALTERNATES.get(book, 0) if market == "player_points" else 0
        if not most:
            return mains
        cache = self._game(sched.game_id)
        key = (book, market, phase, "offered")
        lines = cache.get(key)
        if lines is None:
            shared, draws = cache[market], cache[(book, market)]  # props() built them
            lines = []
            for main, (i, base, drift), draw in zip(mains, shared, draws, strict=True):
                value = base + draw + drift[phase]
                count = min(most, max(1, int((base - 6) / 2.5)))  # ten for a 31-point star, one below 8.5
                spread = _spread(value)
                for step in range(-((count - 1) // 2), count // 2 + 1):
                    point = main.point + step
                    if point < 0.5:
                        continue
                    if step == 0:
                        lines.append(main)
                        continue
                    p_over = 0.5 * math.erfc((point - value) / (spread * math.sqrt(2)))
                    lines.append(PropLine(i, point, american(p_over + 0.024), american(1 - p_over + 0.024)))
            cache[key] = lines
        return list(lines)

    def game_lines(self, sched: Scheduled, book: str, phase: int) -> GameLines:
        cache = self._game(sched.game_id)
        lines = cache.get(("gamelines", book, phase))
        if lines is None:  # asked for once per market (h2h, spreads, totals) of a request
            lines = cache[("gamelines", book, phase)] = self._game_lines(sched, book, phase)
        return lines

    def _game_lines(self, sched: Scheduled, book: str, phase: int) -> GameLines:
        league = self.season.league
        rng = rng_for(self.seed, "gamelines", sched.game_id)
        diff = 9 * (league.team_strength(self.season.year, sched.home)
                    - league.team_strength(self.season.year, sched.away)) + 2.5
        margin = diff + rng.gauss(0, 2) + [0, rng.choice((-0.5, 0, 0.5)), rng.choice((-1, 0, 1)), 0][phase]
        total = 224 + rng.gauss(0, 6) + [0, rng.choice((-1, 0, 1)), rng.choice((-1.5, 0, 1.5)), 0][phase]
        mine = rng_for(self.seed, "gameline-book", book, sched.game_id)
        margin += mine.choice((-0.5, 0, 0, 0.5))
        total += mine.choice((-0.5, 0, 0, 0.5))
        spread = -(round(margin * 2) / 2)
        p_home = 1 / (1 + math.exp(-margin / 6.5))
        return GameLines(spread, (-110, -110), math.floor(total) + 0.5, (-110, -110),
                         (american(p_home + 0.02), american(1 - p_home + 0.02)))


def main_lines(lines: list[PropLine]) -> list[PropLine]:
    """Each player's main line among a book's lines: the one priced closest to even (alternates dropped).

    Closest to even: the smallest gap between the over's and the under's implied probabilities; ties go to
    the lower point. Players keep the order of their first line.
    """
    best: dict[int, tuple[float, float, PropLine]] = {}
    for line in lines:
        key = (abs(_implied(line.over) - _implied(line.under)), line.point)
        found = best.get(line.player)
        if found is None or key < found[:2]:
            best[line.player] = (*key, line)
    return [v[2] for v in best.values()]


def _implied(price: int) -> float:
    """The implied probability of an American price (vig included)."""
    return -price / (-price + 100) if price < 0 else 100 / (price + 100)
