"""``League``: teams, players and rosters across seasons, deterministic from one seed.

Rosters evolve between seasons (aging, retirements, a draft, trades and signings) and at each
season's trade deadline. Seasons (games, results, books) are built lazily and cached.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from nbaprops.ids import TEAMS, TEAMS_BY_TRICODE, Team

from .calendar import SEASONS, season_dates
from .injuries import Spell, make_spells
from .players import SLOT_POSITIONS, Player, make_player, name_key, unique_name
from .rng import rng_for

if TYPE_CHECKING:
    from .parallel import BulkSimulator

ROSTER_SLOTS = ("PG", "SG", "SF", "PF", "C", "PG", "SG", "SF", "PF", "C", "SG", "PF", "C")
OFFICIAL_NAMES = (
    "John Goble", "Ray Acosta", "Robert Hussey", "Kevin Scott", "Brent Barnaky", "Nate Green", "Scott Foster",
    "Tony Brothers", "Marc Davis", "Zach Zarba", "James Capers", "Ed Malloy", "Sean Wright", "Josh Tiven",
    "Bill Kennedy", "Kane Fitzgerald", "Curtis Blair", "Eric Lewis", "Courtney Kirkland", "Tre Maddox",
    "Ben Taylor", "Mitchell Ervin", "JB DeRosa", "Rodney Mott", "Derrick Collins", "Karl Lane", "Jacyn Goble",
    "Mark Lindsay", "Sha'Rae Mitchell", "Jenna Schroeder", "Natalie Sago", "Phenizee Ransom", "Matt Myers",
    "Nick Buchert", "Dannica Mosher", "Tyler Ford", "Brandon Adair", "Eric Dalen", "Andy Nagy", "Scott Twardoski",
    "Gediminas Petraitis", "Justin Van Duyne", "Simone Jelks", "Lauren Holtkamp", "Evan Scott", "Brian Forte",
    "Leon Wood", "Bennie Adams", "Tom Washington", "David Guthrie", "Marat Kogut", "Mousa Dagher", "Pat Fraher",
    "Aaron Smith", "Danielle Scott", "Intae Hwang", "Jason Goldenberg", "John Butler", "Kevin Cutler", "CJ Washington",
)


AFTER_LAST_SEASON = datetime(SEASONS[-1] + 1, 7, 1, tzinfo=UTC)  # a July 1: every simulated game is over


@dataclass(frozen=True)
class Official:
    code: int
    name: str
    number: int


@dataclass(frozen=True)
class Transaction:
    day: date
    kind: str  # "Trade" | "Signing" | "Waive" | "Draft"
    team: str
    player: int  # player index
    description: str
    group: int


class League:
    """A deterministic simulated NBA.

    ``as_of`` decides which games count as final for a request that carries no time of its own (a
    simulated scrape's requests carry theirs: :mod:`.clock`); default: after every simulated season, never
    the wall clock, so the same request gets the same answer on any day. ``game_cache`` is how many
    recent games are kept with their play-by-play (:meth:`Season.game`, about 270 KB each) and their
    betting lines.
    """

    def __init__(self, seed: int = 7, as_of: datetime | date | None = None, game_cache: int = 64):
        self.seed = seed
        self.game_cache = game_cache
        if isinstance(as_of, datetime):
            self.as_of = as_of if as_of.tzinfo else as_of.replace(tzinfo=UTC)
        elif isinstance(as_of, date):
            self.as_of = datetime(as_of.year, as_of.month, as_of.day, tzinfo=UTC)
        else:
            self.as_of = AFTER_LAST_SEASON
        self.teams: tuple[Team, ...] = TEAMS
        self.officials = tuple(
            Official(code=101_000 + i * 37, name=name, number=(i * 7) % 90 + 1)
            for i, name in enumerate(OFFICIAL_NAMES)
        )
        self._players: dict[int, dict[int, Player]] = {}  # season -> index -> player
        self._rosters: dict[int, dict[str, list[int]]] = {}  # season -> team -> indexes (season start)
        self._deadline_moves: dict[int, list[tuple[int, str, str]]] = {}  # season -> (player, from, to)
        self._transactions: dict[int, list[Transaction]] = {}
        self._next_index = 0
        self._names: set[str] = set()  # name_key of every player created so far
        self._team_quality = {t.tricode: rng_for(seed, "quality", t.tricode).uniform(0.0, 1.0) for t in TEAMS}
        self._seasons: dict[int, object] = {}
        self._player_memo: dict[tuple[int, int], Player] = {}
        self._roster_memo: dict[tuple[int, str, bool], list[int]] = {}
        # Where a season's box scores come from in bulk when not simulated here (parallel.simulate_many):
        # a render pool's helpers, or, inside a helper, the parent process. None: simulate them here.
        self.bulk: BulkSimulator | None = None

    # --- players and rosters -------------------------------------------------------------------------
    def _new_player(self, year: int, slot: str, tier: float, rookie: bool, two_way: bool = False) -> Player:
        """A new player whose name no other player of the league ever had (see :func:`unique_name`)."""
        index = self._next_index
        self._next_index += 1
        player = make_player(rng_for(self.seed, "player", index), index, slot, tier, year, rookie, two_way)
        player = unique_name(player, self._names, lambda attempt: rng_for(self.seed, "rename", index, attempt))
        self._names.add(name_key(player))
        return player

    def _build(self, year: int) -> None:
        if year in self._rosters:
            return
        if year == SEASONS[0]:
            self._build_first(year)
        else:
            self._build(year - 1)
            self._build_next(year)
        self._build_deadline(year)

    def _tier(self, rng, team: str, depth: int) -> float:
        quality = self._team_quality[team]
        if depth == 0:
            return min(1.0, 0.7 + 0.3 * quality + rng.gauss(0, 0.05))
        if depth < 5:
            return max(0.35, min(0.92, 0.45 + 0.25 * quality + rng.gauss(0, 0.14)))
        if depth < 9:
            return max(0.2, min(0.6, 0.4 + rng.gauss(0, 0.08)))
        return max(0.02, min(0.3, 0.15 + rng.gauss(0, 0.06)))

    def _build_first(self, year: int) -> None:
        players: dict[int, Player] = {}
        rosters: dict[str, list[int]] = {}
        for t in TEAMS:
            rng = rng_for(self.seed, "roster", year, t.tricode)
            star = rng.randrange(5)
            idx = []
            for depth, slot in enumerate(ROSTER_SLOTS):
                order = 0 if depth == star else depth + (1 if depth < star else 0)
                p = self._new_player(year, slot, self._tier(rng, t.tricode, order), rookie=rng.random() < 0.1)
                players[p.index] = p
                idx.append(p.index)
            for slot in ("SG", "PF"):
                p = self._new_player(year, slot, 0.05, rookie=True, two_way=True)
                players[p.index] = p
                idx.append(p.index)
            rosters[t.tricode] = idx
        self._players[year] = players
        self._rosters[year] = rosters
        self._transactions[year] = []

    def _build_next(self, year: int) -> None:
        prev_players, prev_rosters = self._players[year - 1], self._rosters[year - 1]
        # rosters as they ended the previous season (after its deadline)
        ended = {team: list(ids) for team, ids in prev_rosters.items()}
        for index, src, dst in self._deadline_moves[year - 1]:
            ended[src].remove(index)
            ended[dst].append(index)
        players: dict[int, Player] = {}
        rosters: dict[str, list[int]] = {}
        txs: list[Transaction] = []
        group = year * 10_000
        for t in TEAMS:
            rng = rng_for(self.seed, "offseason", year, t.tricode)
            keep = []
            for index in ended[t.tricode]:
                p = prev_players[index]
                age = p.age_on(date(year, 10, 1))
                leaves = (age >= 35 and rng.random() < 0.5) or (p.skills.minutes < 8 and rng.random() < 0.3)
                if leaves:
                    group += 1
                    txs.append(Transaction(date(year, 7, rng.randint(1, 20)), "Waive", t.tricode, index,
                                           f"{t.full_name} waived {p.full_name}.", group))
                    continue
                players[index] = p.aged(rng_for(self.seed, "aging", year, index), age)
                keep.append(index)
            rosters[t.tricode] = keep
        # the draft, then signings to refill 15
        for pick, t in enumerate(sorted(TEAMS, key=lambda t: self._team_quality[t.tricode])):
            rng = rng_for(self.seed, "draft", year, t.tricode)
            slot = rng.choice(SLOT_POSITIONS)
            p = self._new_player(year, slot, max(0.15, 0.75 - pick * 0.018 + rng.gauss(0, 0.08)), rookie=True)
            p = _drafted(p, year, pick + 1)
            players[p.index] = p
            rosters[t.tricode].append(p.index)
            group += 1
            txs.append(Transaction(date(year, 6, 26), "Draft", t.tricode, p.index,
                                   f"{t.full_name} selected {p.full_name} with pick {pick + 1}.", group))
        for t in TEAMS:
            rng = rng_for(self.seed, "signings", year, t.tricode)
            ids = rosters[t.tricode]
            two_way = sum(players[i].two_way for i in ids)
            while len(ids) < 15:
                is_two_way = two_way < 2 and len(ids) >= 13
                slot = _missing_slot(players, ids)
                tier = 0.05 if is_two_way else self._tier(rng, t.tricode, rng.randint(3, 12))
                p = self._new_player(year, slot, tier, rookie=is_two_way, two_way=is_two_way)
                two_way += is_two_way
                players[p.index] = p
                ids.append(p.index)
                group += 1
                txs.append(Transaction(date(year, 7, rng.randint(6, 31)), "Signing", t.tricode, p.index,
                                       f"{t.full_name} signed {_position_word(p)} {p.full_name} to a "
                                       f"{'Two-Way Contract' if is_two_way else 'Contract'}.", group))
        # offseason trades: same-slot swaps between pairs of teams
        rng = rng_for(self.seed, "offseason-trades", year)
        for _ in range(6):
            a, b = rng.sample([t.tricode for t in TEAMS], 2)
            pa = rng.choice([i for i in rosters[a] if not players[i].two_way])
            cands = [i for i in rosters[b] if players[i].slot == players[pa].slot and not players[i].two_way]
            if not cands:
                continue
            pb = rng.choice(cands)
            rosters[a].remove(pa)
            rosters[b].remove(pb)
            rosters[a].append(pb)
            rosters[b].append(pa)
            day = date(year, 7, rng.randint(6, 31))
            group += 1
            for team, other, index in ((b, a, pa), (a, b, pb)):
                txs.append(Transaction(day, "Trade", team, index,
                                       f"In a trade with the {TEAMS_BY_TRICODE[other].full_name}, the "
                                       f"{TEAMS_BY_TRICODE[team].full_name} acquired {players[index].full_name}.",
                                       group))
        self._players[year] = players
        self._rosters[year] = rosters
        self._transactions[year] = txs

    def _build_deadline(self, year: int) -> None:
        rng = rng_for(self.seed, "deadline", year)
        players, rosters = self._players[year], self._rosters[year]
        moves: list[tuple[int, str, str]] = []
        used: set[int] = set()
        deadline = season_dates(year).trade_deadline
        group = year * 10_000 + 9000
        for _ in range(5):
            a, b = rng.sample([t.tricode for t in TEAMS], 2)
            pa = rng.choice([i for i in rosters[a] if not players[i].two_way and i not in used])
            cands = [i for i in rosters[b] if players[i].slot == players[pa].slot
                     and not players[i].two_way and i not in used]
            if not cands:
                continue
            pb = rng.choice(cands)
            used |= {pa, pb}
            moves += [(pa, a, b), (pb, b, a)]
            group += 1
            for team, other, index in ((b, a, pa), (a, b, pb)):
                self._transactions[year].append(Transaction(
                    deadline, "Trade", team, index,
                    f"In a trade with the {TEAMS_BY_TRICODE[other].full_name}, the "
                    f"{TEAMS_BY_TRICODE[team].full_name} acquired {players[index].full_name}.", group))
        self._deadline_moves[year] = moves

    def players(self, year: int) -> dict[int, Player]:
        """Every player on a roster at some point of season ``year``, by index."""
        self._build(year)
        return self._players[year]

    def player(self, year: int, index: int) -> Player:
        """Player ``index`` as of season ``year`` (or the last season he was in the league)."""
        found = self._player_memo.get((year, index))
        if found is not None:
            return found
        for y in range(year, SEASONS[0] - 1, -1):
            found = self.players(y).get(index)
            if found is not None:
                self._player_memo[(year, index)] = found  # seasons <= year never change once built
                return found
        raise KeyError(index)

    def roster(self, year: int, team: str, day: date | None = None) -> list[int]:
        """Player indexes on ``team`` on ``day`` (after the deadline trades from the deadline on)."""
        after = day is None or day >= season_dates(year).trade_deadline
        ids = self._roster_memo.get((year, team, after))
        if ids is None:
            self._build(year)
            ids = list(self._rosters[year][team])
            if after:
                for index, src, dst in self._deadline_moves[year]:
                    if src == team:
                        ids.remove(index)
                    elif dst == team:
                        ids.append(index)
            self._roster_memo[(year, team, after)] = ids
        return list(ids)

    def team_of(self, year: int, index: int, day: date | None = None) -> str | None:
        for t in TEAMS:
            if index in self.roster(year, t.tricode, day):
                return t.tricode
        return None

    def transactions(self, year: int) -> list[Transaction]:
        self._build(year)
        return self._transactions[year]

    @functools.cache  # noqa: B019 - one League lives as long as its caches
    def spells(self, year: int, index: int) -> list[Spell]:
        d = season_dates(year)
        return make_spells(rng_for(self.seed, "injury", year, index), d.regular_start - timedelta(days=10),
                           d.finals_end)

    def team_strength(self, year: int, team: str) -> float:
        """A rough rating used by the books: sum of skill-weighted minutes."""
        return self._team_quality[team]

    # --- seasons --------------------------------------------------------------------------------------
    def season(self, year: int):
        """The lazily simulated :class:`~nbaprops.simulator.season.Season` starting in ``year``."""
        from .season import Season

        if year not in self._seasons:
            season_dates(year)
            self._seasons[year] = Season(self, year)
        return self._seasons[year]

    def season_of_day(self, day: date) -> int:
        year = day.year if day.month >= 7 else day.year - 1
        return year

    def game(self, nba_game_id: str):
        """The fully simulated game (with play-by-play) for an NBA 10-digit id, or ``None``."""
        year = 2000 + int(nba_game_id[3:5])
        if year not in SEASONS:
            return None
        return self.season(year).game(nba_game_id)


def _drafted(p: Player, year: int, pick: int) -> Player:
    from dataclasses import replace

    return replace(p, draft_year=year, draft_round=1, draft_number=pick, from_year=year)


def _missing_slot(players: dict[int, Player], ids: list[int]) -> str:
    counts = {s: 0 for s in SLOT_POSITIONS}
    for i in ids:
        counts[players[i].slot] += 1
    return min(SLOT_POSITIONS, key=lambda s: (counts[s], SLOT_POSITIONS.index(s)))


def _position_word(p: Player) -> str:
    return {"G": "guard", "F": "forward", "C": "center"}[p.position[0]]
