"""Recent form of each player before a date, from his played games in player_game_summary: exponentially
weighted averages of points, minutes, shot and free-throw attempts and usage (points and minutes also at
a fast and a slow pace), his last-3 and last minutes, his season's points per minute (and times his recent
minutes: the scoring rate at the minutes he now plays) and games played this season.
Extra inputs of the xgboost system beside the contract's features (a value is the state after his last
game strictly before the date). On the real 2024-25 season they took xgboost from 0.989x to 0.985x the
last-10 average's MAE (README, "Predictions, measured honestly")."""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date
from typing import Any

from nbaprops.storage.warehouse import Warehouse

ALPHA = 0.15  # weight of the newest game
# (input, box-score column, weight of the newest game): exponentially weighted averages
EWMAS: tuple[tuple[str, str, float], ...] = (
    ("ewma_points", "points", ALPHA), ("ewma_minutes", "minutes", ALPHA),
    ("ewma_points_fast", "points", 0.3), ("ewma_points_slow", "points", 0.07),
    ("ewma_minutes_fast", "minutes", 0.3), ("ewma_fga", "fga", ALPHA), ("ewma_fta", "fta", ALPHA),
    ("ewma_usage", "usage_rate", ALPHA), ("ewma_minutes_slow", "minutes", 0.07),
)
# the inputs (ewma_minutes_slow only through the slow rate: on its own it did not help)
FORM_FEATURES = ("ewma_points", "ewma_minutes", "minutes_avg_last_3", "ewma_points_per_minute",
                 *(name for name, _, _ in EWMAS[2:-1]), "season_points_per_minute",
                 "season_rate_at_recent_minutes", "slow_rate_at_recent_minutes", "last_minutes", "season_games")
SEASON_BREAK_DAYS = 90  # a longer gap between two of his games starts a new season's totals

FORM_SQL = """
SELECT player_lookup, game_date, points, minutes, field_goals_attempted AS fga, free_throws_attempted AS fta,
       usage_rate
FROM nba_analytics.player_game_summary
WHERE game_date >= :start_date AND game_date < :end_date AND minutes > 0 AND points IS NOT NULL
ORDER BY player_lookup, game_date
"""


def _step(s: dict[str, Any] | None, r: dict[str, Any]) -> dict[str, Any]:
    """The state after game ``r`` given the state ``s`` before it (None: his first game)."""
    s = {} if s is None else dict(s)
    if s and (r["game_date"] - s["last_date"]).days > SEASON_BREAK_DAYS:
        s["season_points"] = s["season_minutes"] = s["season_games"] = 0.0
    for name, column, alpha in EWMAS:
        v = r.get(column)
        if v is not None:
            s[name] = float(v) if name not in s else (1 - alpha) * s[name] + alpha * float(v)
    mins = float(r["minutes"])
    s["last"] = [*s.get("last", []), mins][-3:]
    s["season_points"] = s.get("season_points", 0.0) + float(r["points"])
    s["season_minutes"] = s.get("season_minutes", 0.0) + mins
    s["season_games"] = s.get("season_games", 0.0) + 1
    s["last_date"] = r["game_date"]
    return s


def _inputs(s: dict[str, Any]) -> dict[str, float]:
    season_rate = s["season_points"] / max(s["season_minutes"], 1.0)
    slow_rate = s["ewma_points_slow"] / max(s["ewma_minutes_slow"], 1.0)
    out = {name: s.get(name, float("nan")) for name, _, _ in EWMAS[:-1]}
    return {**out, "minutes_avg_last_3": sum(s["last"]) / len(s["last"]),
            "ewma_points_per_minute": s["ewma_points"] / max(s["ewma_minutes"], 1.0),
            "season_points_per_minute": season_rate,
            "season_rate_at_recent_minutes": season_rate * s["ewma_minutes_fast"],
            "slow_rate_at_recent_minutes": slow_rate * s["ewma_minutes_fast"],
            "last_minutes": s["last"][-1], "season_games": s["season_games"]}


class Form:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.dates: dict[str, list[date]] = defaultdict(list)
        self.states: dict[str, list[dict[str, float]]] = defaultdict(list)
        state: dict[str, dict[str, Any]] = {}
        for r in rows:
            p = r["player_lookup"]
            state[p] = _step(state.get(p), r)
            self.dates[p].append(r["game_date"])
            self.states[p].append(_inputs(state[p]))

    def at(self, player: str, day: date) -> dict[str, float]:
        """The state after the player's last game strictly before ``day`` (NaN: no game; xgboost's missing)."""
        i = bisect.bisect_left(self.dates.get(player, []), day)
        if i == 0:
            return dict.fromkeys(FORM_FEATURES, float("nan"))
        return self.states[player][i - 1]


def load_form(wh: Warehouse, start: date, end: date) -> Form:
    return Form(wh.query(FORM_SQL, {"start_date": start, "end_date": end}))


def attach(rows: list[dict[str, Any]], form: Form) -> None:
    for r in rows:
        r["x"] = {**r["x"], **form.at(r["player_lookup"], r["game_date"])}
