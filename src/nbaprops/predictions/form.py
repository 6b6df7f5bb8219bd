"""Recent form of each player before a date, from his played games in player_game_summary: an
exponentially weighted average of points and of minutes, his last-3 minutes, and the share of his
points from the line of free throws is left to the contract. Extra inputs of the xgboost system beside
the contract's features (a value is the state after his last game strictly before the date)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date
from typing import Any

from nbaprops.storage.warehouse import Warehouse

FORM_FEATURES = ("ewma_points", "ewma_minutes", "minutes_avg_last_3", "ewma_points_per_minute")
ALPHA = 0.15  # weight of the newest game

FORM_SQL = """
SELECT player_lookup, game_date, points, minutes
FROM nba_analytics.player_game_summary
WHERE game_date >= :start_date AND game_date < :end_date AND minutes > 0 AND points IS NOT NULL
ORDER BY player_lookup, game_date
"""


class Form:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.dates: dict[str, list[date]] = defaultdict(list)
        self.states: dict[str, list[dict[str, float]]] = defaultdict(list)
        state: dict[str, Any] = {}
        for r in rows:
            p = r["player_lookup"]
            s = state.get(p)
            pts, mins = float(r["points"]), float(r["minutes"])
            if s is None:
                s = {"ewma_points": pts, "ewma_minutes": mins, "last": [mins]}
            else:
                s = {"ewma_points": (1 - ALPHA) * s["ewma_points"] + ALPHA * pts,
                     "ewma_minutes": (1 - ALPHA) * s["ewma_minutes"] + ALPHA * mins, "last": (s["last"] + [mins])[-3:]}
            state[p] = s
            self.dates[p].append(r["game_date"])
            self.states[p].append({
                "ewma_points": s["ewma_points"], "ewma_minutes": s["ewma_minutes"],
                "minutes_avg_last_3": sum(s["last"]) / len(s["last"]),
                "ewma_points_per_minute": s["ewma_points"] / max(s["ewma_minutes"], 1.0)})

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
