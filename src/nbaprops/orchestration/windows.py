"""Lookback windows as pure functions of a declaration, a date and the schedule.

"The last 10 games" of a team means that team's last 10 final games of the season before the date,
not the league's last 10 game dates (a team's 10 games span about 20 of those). A player's expected
games are his team's. Windows stop at the season's first day unless an upstream says otherwise, and
a window before a season's first game expects nothing: opening night has no lookback to miss.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from nbaprops.orchestration.declarations import Upstream
from nbaprops.seasons import season_start


@dataclass(frozen=True)
class ScheduledGame:
    day: date
    home: str
    away: str
    final: bool


@dataclass
class ScheduleView:
    """The schedule's games around a run, indexed for window arithmetic (no warehouse access)."""

    games: list[ScheduledGame]
    final_dates: list[date] = field(init=False)
    final_set: frozenset[date] = field(init=False)
    all_dates: list[date] = field(init=False)
    _team_finals: dict[str, list[date]] = field(init=False)
    _teams_on: dict[date, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.final_dates = sorted({g.day for g in self.games if g.final})
        self.final_set = frozenset(self.final_dates)
        self.all_dates = sorted({g.day for g in self.games})
        self._team_finals = {}
        self._teams_on = {}
        for g in self.games:
            self._teams_on.setdefault(g.day, set()).update((g.home, g.away))
            if g.final:
                for team in (g.home, g.away):
                    self._team_finals.setdefault(team, []).append(g.day)
        for days in self._team_finals.values():
            days.sort()

    def teams_on(self, day: date) -> set[str]:
        return self._teams_on.get(day, set())

    def team_final_dates(self, team: str) -> list[date]:
        return self._team_finals.get(team, [])


@dataclass(frozen=True)
class Window:
    """The dates of an upstream that date ``day`` needs, and the game dates in them that must have rows."""

    start: date
    end: date
    expected: tuple[date, ...]  # final game dates that must be present (for gap detection)

    @property
    def empty(self) -> bool:
        return self.start > self.end


def between(days: list[date], lo: date, hi: date) -> list[date]:
    """The sorted ``days`` from ``lo`` to ``hi`` inclusive (bisection: windows are asked per date)."""
    return days[bisect_left(days, lo):bisect_right(days, hi)]


def _last_n(days: list[date], before: date, n: int, floor: date) -> list[date]:
    """The last ``n`` of ``days`` strictly before ``before`` and on or after ``floor``."""
    idx = bisect_left(days, before)
    return [d for d in days[max(0, idx - n):idx] if d >= floor]


def window(up: Upstream, day: date, schedule: ScheduleView) -> Window:
    """The window of ``up`` for ``day`` and the final game dates it expects."""
    end = day if up.include_date else day - timedelta(days=1)
    floor = date.min if up.cross_season else season_start(day)
    start = end
    if up.lookback_days:
        start = day - timedelta(days=up.lookback_days)
    if up.season_to_date:
        start = min(start, season_start(day))
    expected: set[date] = set()
    if up.lookback_games:
        if up.per == "league":
            games = _last_n(schedule.final_dates, day, up.lookback_games, floor)
        else:  # each team's (a player's team's) own games
            games = [d for team in schedule.teams_on(day)
                     for d in _last_n(schedule.team_final_dates(team), day, up.lookback_games, floor)]
        expected.update(games)
        start = min([start, *games]) if games else start
    start = max(start, floor)
    if not up.lookback_games:
        expected.update(between(schedule.final_dates, start, end))
    if up.include_date and day in schedule.final_set:
        expected.add(day)
    return Window(start, end, tuple(sorted(d for d in expected if start <= d <= end)))


def lookback_reach(ups: Sequence[Upstream], days: list[date]) -> date:
    """The earliest date any window of these upstreams can reach for ``days`` (what to load of the schedule)."""
    first = min(days)
    reach = first - timedelta(days=max((u.lookback_days for u in ups), default=0) + 1)
    if any(u.cross_season for u in ups):
        # a cross-season game window may reach into the previous season: load it whole
        return min(reach, season_start(season_start(first) - timedelta(days=1)))
    return min(reach, season_start(first))
