"""Simulated players: identity (ids of every source, name spellings) and latent skills."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from nbaprops.ids import fold_diacritics

from .names import COLLEGES, make_name

fold = functools.cache(fold_diacritics)
"""``fold_diacritics`` memoised: renderers fold the same few hundred names millions of times a season."""

POSITIONS = ("G", "G", "F", "F", "C")
SLOT_POSITIONS = ("PG", "SG", "SF", "PF", "C")


@dataclass(frozen=True)
class Skills:
    """Latent per-player tendencies that drive the possession simulation."""

    minutes: float  # target minutes when healthy
    usage: float  # relative weight of taking a team's shot
    mix: tuple[float, float, float]  # share of shots at rim/paint, mid-range, three
    efficiency: float  # multiplier on league-average make rates
    ft_pct: float
    oreb: float
    dreb: float
    ast: float
    stl: float
    blk: float
    tov: float
    foul: float


@dataclass(frozen=True)
class Player:
    """One person. ``person_id`` is NBA.com-style; the other ids are the per-source ids."""

    index: int
    person_id: int
    first: str
    last: str
    suffix: str
    country: str
    birth_date: date
    height_in: int
    weight_lb: int
    position: str  # G / F / C / G-F / F-C
    slot: str  # PG..C, for lineup shape
    jersey: str
    college: str
    draft_year: int | None
    draft_round: int | None
    draft_number: int | None
    from_year: int
    two_way: bool
    skills: Skills = field(compare=False)

    # --- ids of the other sources -------------------------------------------------------------------
    @property
    def bdl_id(self) -> int:
        return 3 + self.index * 7 if self.index < 400 else 56_677_000 + self.index

    @property
    def espn_id(self) -> int:
        return 3_100_000 + self.index * 37

    @property
    def bp_id(self) -> int:
        return 3000 + self.index

    @functools.cached_property
    def br_id(self) -> str:
        last = "".join(ch for ch in fold(self.last).lower() if ch.isalpha())[:5]
        first = "".join(ch for ch in fold(self.first).lower() if ch.isalpha())[:2]
        return f"{last}{first}{(self.index % 9) + 1:02d}"

    # --- names as each source spells them ------------------------------------------------------------
    @functools.cached_property
    def last_full(self) -> str:
        """Last name with suffix, as NBA.com lists it ("Jackson Jr.")."""
        return f"{self.last} {self.suffix}".strip()

    @functools.cached_property
    def full_name(self) -> str:
        """NBA.com spelling: diacritics kept, suffix kept ("Nikola Jokić", "Kelly Oubre Jr.")."""
        return f"{self.first} {self.last_full}"

    @functools.cached_property
    def ascii_name(self) -> str:
        """Folded spelling used by BDL, ESPN and BettingPros ("Nikola Jokic")."""
        return fold(self.full_name)

    @functools.cached_property
    def book_name(self) -> str:
        """Sportsbook spelling: folded, suffix without its period ("Kelly Oubre Jr")."""
        return self.ascii_name.replace("Jr.", "Jr").replace("Sr.", "Sr")

    @functools.cached_property
    def initial_name(self) -> str:
        """Play-by-play style "N. Jokić"."""
        return f"{self.first[0]}. {self.last_full}"

    @functools.cached_property
    def slug(self) -> str:
        text = fold(self.full_name).lower().replace(".", "")
        return "-".join("".join(ch if ch.isalnum() else " " for ch in text).split())

    def height_str(self) -> str:
        return f"{self.height_in // 12}-{self.height_in % 12}"

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))

    def aged(self, rng: random.Random, age: int) -> Player:
        """The player one season later: young players improve, veterans decline."""
        growth = 0.05 if age < 24 else 0.02 if age < 28 else -0.01 if age < 31 else -0.05
        growth += rng.gauss(0, 0.03)
        s = self.skills
        minutes = max(4.0, min(38.0, s.minutes * (1 + growth) + rng.gauss(0, 1.5)))
        skills = replace(s, minutes=minutes, usage=max(0.3, s.usage * (1 + growth)),
                         efficiency=max(0.8, min(1.2, s.efficiency + growth * 0.3)))
        return replace(self, skills=skills)


def _skills(rng: random.Random, slot: str, tier: float) -> Skills:
    """Skills for a slot (PG..C) at a tier in [0, 1] (1 = star)."""
    minutes = 6 + 30 * tier + rng.gauss(0, 2)
    usage = 0.42 + 1.5 * tier**1.25 + rng.gauss(0, 0.1)
    three = {"PG": 0.46, "SG": 0.52, "SF": 0.46, "PF": 0.36, "C": 0.15}[slot] + rng.gauss(0, 0.08)
    mid = 0.14 + rng.gauss(0, 0.05)
    three, mid = max(0.01, min(0.7, three)), max(0.03, min(0.3, mid))
    rim = max(0.1, 1 - three - mid)
    total = rim + mid + three
    big = slot in ("PF", "C")
    return Skills(
        minutes=max(3.0, min(37.0, minutes)),
        usage=max(0.3, usage),
        mix=(rim / total, mid / total, three / total),
        efficiency=max(0.85, min(1.15, 0.97 + 0.08 * tier + rng.gauss(0, 0.04))),
        ft_pct=max(0.5, min(0.94, (0.66 if slot == "C" else 0.78) + rng.gauss(0, 0.06))),
        oreb=(2.6 if slot == "C" else 1.7 if big else 0.7) * rng.uniform(0.7, 1.3),
        dreb=(3.0 if slot == "C" else 2.2 if big else 1.1) * rng.uniform(0.7, 1.3),
        ast=(2.6 if slot == "PG" else 1.2 if slot in ("SG", "SF") else 0.7) * (0.6 + tier) * rng.uniform(0.7, 1.3),
        stl=rng.uniform(0.6, 1.4),
        blk=(2.5 if slot == "C" else 1.5 if big else 0.5) * rng.uniform(0.6, 1.4),
        tov=(0.6 + tier) * rng.uniform(0.7, 1.3),
        foul=rng.uniform(0.7, 1.3) * (1.3 if big else 1.0),
    )


def make_player(rng: random.Random, index: int, slot: str, tier: float, season_start: int,
                rookie: bool, two_way: bool = False) -> Player:
    """Create one player; rookies are 19-22 and were drafted in ``season_start``."""
    first, last, suffix, country = make_name(rng)
    age = rng.randint(19, 22) if rookie else rng.randint(21, 34)
    birth = date(season_start - age, rng.randint(1, 12), rng.randint(1, 28))
    height = {"PG": 75, "SG": 77, "SF": 79, "PF": 81, "C": 83}[slot] + rng.randint(-2, 2)
    weight = 180 + (height - 72) * 7 + rng.randint(-15, 20)
    position = {"PG": "G", "SG": rng.choice(("G", "G-F")), "SF": rng.choice(("F", "G-F", "F")),
                "PF": rng.choice(("F", "F-C")), "C": rng.choice(("C", "C-F", "F-C"))}[slot]
    from_year = season_start if rookie else season_start - max(0, age - 21) + rng.randint(-1, 1)
    drafted = rng.random() < 0.8
    draft_round = (1 if rng.random() < 0.6 else 2) if drafted else None
    return Player(
        index=index,
        person_id=1_629_000 + index * 3 if index < 3000 else 1_640_000 + index,
        first=first, last=last, suffix=suffix, country=country, birth_date=birth,
        height_in=height, weight_lb=weight, position=position, slot=slot,
        jersey=str(rng.choice((0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 15, 20, 21, 22, 23, 24, 25, 30, 33, 35))),
        college=rng.choice(COLLEGES) if country == "USA" else "",
        draft_year=from_year if drafted else None,
        draft_round=draft_round,
        draft_number=(rng.randint(1, 30) + (30 if draft_round == 2 else 0)) if drafted else None,
        from_year=from_year, two_way=two_way,
        skills=_skills(rng, slot, tier),
    )


def name_key(p: Player) -> str:
    """What makes two names "the same" for some source: diacritics folded, case, punctuation and the
    generational suffix ignored ("Nikola Jokić" = "Nikola Jokic", "R.J. Hill" = "RJ Hill Jr.")."""
    return "".join(ch for ch in fold(f"{p.first}{p.last}").lower() if ch.isalnum())


def unique_name(p: Player, taken: set[str], rng_of: Callable[[int], random.Random]) -> Player:
    """``p`` itself if its name is free, else ``p`` renamed from ``rng_of(1)``, ``rng_of(2)``, ... until it is.

    Real leagues practically never have two players with one name, and sources key on names (the injury
    report lists "Last, First" per game). Only the name (and the country/college that go with it) changes,
    so every other draw of the player, and every other player, stays as it was.
    """
    attempt = 0
    while name_key(p) in taken:
        attempt += 1
        rng = rng_of(attempt)
        first, last, suffix, country = make_name(rng)
        if (country == "USA") != (p.country == "USA"):
            college = rng.choice(COLLEGES) if country == "USA" else ""
        else:
            college = p.college
        p = replace(p, first=first, last=last, suffix=suffix, country=country, college=college)
    return p
