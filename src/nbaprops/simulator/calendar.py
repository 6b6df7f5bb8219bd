"""The real season calendars and the regular-season schedule builder.

Regular-season date ranges, play-in and playoff windows follow the real seasons (2021-22 .. 2024-25
from the captured schedules; 2025-26 from the published calendar). The builder lays out 1,230 games:
every team plays 82 (41 home), nobody plays twice a day or three days running, and the All-Star break
has no games.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from nbaprops.ids import TEAMS


@dataclass(frozen=True)
class SeasonDates:
    start_year: int
    regular_start: date
    regular_end: date
    all_star_break: tuple[date, date]  # first and last day without regular-season games
    all_star_sunday: date
    trade_deadline: date
    play_in_start: date  # a Tuesday
    playoffs_start: date
    finals_end: date  # the latest possible Finals game 7

    @property
    def preseason_start(self) -> date:
        return self.regular_start - timedelta(days=17)


def _break(all_star_sunday: date) -> tuple[date, date]:
    return all_star_sunday - timedelta(days=3), all_star_sunday + timedelta(days=2)


def _dates(year: int, start: date, end: date, asg: date, deadline: date, play_in: date, po: date,
           finals: date) -> SeasonDates:
    return SeasonDates(year, start, end, _break(asg), asg, deadline, play_in, po, finals)


CALENDARS: dict[int, SeasonDates] = {
    2021: _dates(2021, date(2021, 10, 19), date(2022, 4, 10), date(2022, 2, 20), date(2022, 2, 10),
                 date(2022, 4, 12), date(2022, 4, 16), date(2022, 6, 16)),
    2022: _dates(2022, date(2022, 10, 18), date(2023, 4, 9), date(2023, 2, 19), date(2023, 2, 9),
                 date(2023, 4, 11), date(2023, 4, 15), date(2023, 6, 12)),
    2023: _dates(2023, date(2023, 10, 24), date(2024, 4, 14), date(2024, 2, 18), date(2024, 2, 8),
                 date(2024, 4, 16), date(2024, 4, 20), date(2024, 6, 17)),
    2024: _dates(2024, date(2024, 10, 22), date(2025, 4, 13), date(2025, 2, 16), date(2025, 2, 6),
                 date(2025, 4, 15), date(2025, 4, 19), date(2025, 6, 22)),
    2025: _dates(2025, date(2025, 10, 21), date(2026, 4, 12), date(2026, 2, 15), date(2026, 2, 5),
                 date(2026, 4, 14), date(2026, 4, 18), date(2026, 6, 19)),
}
SEASONS: tuple[int, ...] = tuple(sorted(CALENDARS))


def season_dates(start_year: int) -> SeasonDates:
    try:
        return CALENDARS[start_year]
    except KeyError:
        raise ValueError(f"the simulator covers seasons {SEASONS[0]}..{SEASONS[-1]}, not {start_year}") from None


def matchups(start_year: int) -> list[tuple[str, str]]:
    """(home, away) pairs: 1,230 games, 82 per team, 41 home, NBA-style opponent counts."""
    games: list[tuple[str, str]] = []
    by_conf: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in TEAMS:
        by_conf[t.conference][t.division].append(t.tricode)
    tri = [t.tricode for t in TEAMS]
    conf = {t.tricode: t.conference for t in TEAMS}
    div = {t.tricode: t.division for t in TEAMS}
    for i, a in enumerate(tri):
        for b in tri[i + 1:]:
            if conf[a] != conf[b]:
                games += [(a, b), (b, a)]
            elif div[a] == div[b]:
                games += [(a, b), (b, a)] * 2
    offset = start_year % 5
    for divisions in by_conf.values():
        names = sorted(divisions)
        three: set[frozenset[str]] = set()
        for k in range(3):
            xs, ys = divisions[names[k]], divisions[names[(k + 1) % 3]]
            for i in range(5):
                # X_i hosts Y_i twice (of 3); Y_{i+1} hosts X_i twice: every team 2 home-heavy series.
                yi, yn = ys[(i + offset) % 5], ys[(i + offset + 1) % 5]
                games += [(xs[i], yi), (xs[i], yi), (yi, xs[i]), (yn, xs[i]), (yn, xs[i]), (xs[i], yn)]
                three |= {frozenset((xs[i], yi)), frozenset((xs[i], yn))}
        members = [t for d in names for t in divisions[d]]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if div[a] != div[b] and frozenset((a, b)) not in three:
                    games += [(a, b), (b, a)] * 2
    return games


def game_days(dates: SeasonDates) -> list[date]:
    """Regular-season days with games: everything but the All-Star break and Thanksgiving."""
    days = []
    day = dates.regular_start
    while day <= dates.regular_end:
        in_break = dates.all_star_break[0] <= day <= dates.all_star_break[1]
        thanksgiving = day.month == 11 and day.weekday() == 3 and 22 <= day.day <= 28
        if not in_break and not thanksgiving and not (day.month == 12 and day.day == 24):
            days.append(day)
        day += timedelta(days=1)
    return days


def lay_out(pairs: list[tuple[str, str]], days: list[date], rng: random.Random) -> list[tuple[date, str, str]]:
    """Assign each (home, away) pair a day: pace every team evenly, allow back-to-backs, never 3 in a row."""
    remaining = list(pairs)
    rng.shuffle(remaining)
    played: dict[str, list[date]] = defaultdict(list)
    total = len(days)
    out: list[tuple[date, str, str]] = []
    for k, day in enumerate(days):
        target = 82 * (k + 1) / total
        yesterday, before = day - timedelta(days=1), day - timedelta(days=2)

        def tired(team: str, yesterday: date = yesterday, before: date = before) -> bool:
            p = played[team]
            return len(p) >= 2 and p[-1] == yesterday and p[-2] == before

        def deficit(team: str, target: float = target) -> float:
            return target - len(played[team])

        busy: set[str] = set()
        cap = 15 if k >= total - 3 else rng.choice((4, 6, 7, 8, 9, 10, 11, 12, 13))
        scored = sorted(remaining, key=lambda g: -(deficit(g[0]) + deficit(g[1]) + rng.random() * 0.8))
        todays = []
        for g in scored:
            if len(todays) >= cap:
                break
            home, away = g
            if home in busy or away in busy or tired(home) or tired(away):
                continue
            if deficit(home) + deficit(away) < (0.2 if k < total - 10 else -2.0):
                continue
            todays.append(g)
            busy |= {home, away}
        for g in todays:
            remaining.remove(g)
            played[g[0]].append(day)
            played[g[1]].append(day)
            out.append((day, g[0], g[1]))
    # Anything left goes on the latest day where both teams are free.
    for home, away in remaining:
        for day in reversed(days):
            if day not in played[home] and day not in played[away]:
                played[home].append(day)
                played[away].append(day)
                out.append((day, home, away))
                break
        else:  # pragma: no cover - the pacing above leaves at most a handful
            raise RuntimeError("could not place every regular-season game")
    out.sort(key=lambda g: (g[0], g[1]))
    return out
