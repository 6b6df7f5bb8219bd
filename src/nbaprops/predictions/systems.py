"""The rule-based systems (reference B5), on one feature row of the contract, signs fixed.

Each returns an :class:`Estimate` (mean, spread, the adjustments it applied) or a pass reason. Features
are read by name from the one contract (``feature_contract``); fatigue_score is 0-100 with higher =
fresher (so a rested player gains), shot_zone_mismatch_score is positive when the opponent is weak
where the player shoots (so it adds), and a higher opponent defensive rating (a worse defence) adds.
Adjustment sizes are the reference's, scaled down where the reference's were larger than the effect
they stand for; predictions are clamped to 0-60.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Features = Mapping[str, float]


@dataclass(frozen=True)
class Estimate:
    mean: float
    spread: float
    components: dict[str, Any] = field(default_factory=dict)
    shrink: float = 1.0  # share of the edge over the line taken as real when pricing (fitted on history)


def clamp(x: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, x))


def base_spread(mean: float, std_last_10: float) -> float:
    """A points spread: half the player's recent std, half a Poisson-like 1.35 * sqrt(mean), floor 2.5."""
    return max(2.5, 0.5 * std_last_10 + 0.5 * 1.35 * math.sqrt(max(mean, 1.0)))


def _fatigue(f: Features, per_point: float = 0.02) -> float:
    return (f["fatigue_score"] - 50.0) * per_point  # higher = fresher: +1 point at 100, -1 at 0


def _venue(f: Features, home: float, away: float) -> float:
    return home if f["home_away"] >= 0.5 else away


def moving_average(f: Features) -> Estimate:
    base = 0.5 * f["points_avg_last_5"] + 0.3 * f["points_avg_last_10"] + 0.2 * f["points_avg_season"]
    adj = {
        "fatigue": _fatigue(f),
        "shot_zone": 0.3 * f["shot_zone_mismatch_score"],
        "back_to_back": -0.8 * f["back_to_back"],
        "pace": 0.3 * f["pace_score"],
        "home_away": _venue(f, 0.4, -0.4),
        "usage_spike": 0.4 * f["usage_spike_score"],
    }
    mean = clamp(base + sum(adj.values()), 0.0, 60.0)
    return Estimate(mean, base_spread(mean, f["points_std_last_10"]), {"base": round(base, 3), **_r(adj)})


def zone_matchup(f: Features) -> Estimate:
    base = 0.6 * f["points_avg_season"] + 0.4 * f["points_avg_last_10"]
    # a worse (higher) defensive rating allows more: + for a weak defence, scaled by the player's volume
    defence = clamp((f["opponent_def_rating"] - 112.0) * 0.012 * base, -2.5, 2.5)
    adj = {
        "shot_zone": 0.5 * f["shot_zone_mismatch_score"],
        "opponent_defence": defence,
        "pace": 0.4 * f["pace_score"],
        "home_away": _venue(f, 0.4, -0.4),
        "fatigue": _fatigue(f, 0.015),
    }
    mean = clamp(base + sum(adj.values()), 0.0, 60.0)
    return Estimate(mean, base_spread(mean, f["points_std_last_10"]), {"base": round(base, 3), **_r(adj)})


# --- similarity -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PastGame:
    game_date: date
    points: float
    features: Features


def _tier(def_rating: float) -> int:
    return 0 if def_rating < 110 else 1 if def_rating < 115 else 2  # elite / average / weak


def _rest(f: Features) -> int:
    if f["back_to_back"] >= 0.5:
        return 0
    return 1 if f["games_in_last_7_days"] >= 3 else 2


def _form(f: Features) -> int:
    d = f["points_avg_last_5"] - f["points_avg_season"]
    return 1 if d >= 3 else -1 if d <= -3 else 0


def similarity_score(now: Features, then: Features) -> float:
    t = abs(_tier(now["opponent_def_rating"]) - _tier(then["opponent_def_rating"]))
    r = abs(_rest(now) - _rest(then))
    return ((40 if t == 0 else 20 if t == 1 else 0) + (30 if r == 0 else 15 if r == 1 else 0)
            + (15 if (now["home_away"] >= 0.5) == (then["home_away"] >= 0.5) else 0)
            + (15 if _form(now) == _form(then) else 5))


MIN_SIMILAR = 5


def similarity(f: Features, history: Sequence[PastGame], *, min_score: float = 70.0, top: int = 20,
               ) -> Estimate | str:
    """Similarity-weighted mean of the player's past games in like contexts (history: his games before D)."""
    scored = sorted(((similarity_score(f, g.features), g) for g in history), key=lambda x: (-x[0], x[1].game_date),
                    )
    kept = [(s, g) for s, g in scored if s >= min_score][:top]
    if len(kept) < MIN_SIMILAR:
        return f"only {len(kept)} similar past games (needs {MIN_SIMILAR})"
    total = sum(s for s, _ in kept)
    sim_mean = sum(s * g.points for s, g in kept) / total
    sim_std = math.sqrt(sum(s * (g.points - sim_mean) ** 2 for s, g in kept) / total)
    # shrink the similar-games mean toward the player's recent level by how many games back it
    w = len(kept) / (len(kept) + 8.0)
    recent = 0.5 * f["points_avg_last_10"] + 0.5 * f["points_avg_season"]
    base = w * sim_mean + (1 - w) * recent
    adj = {
        "fatigue": _fatigue(f, 0.015),
        "shot_zone": 0.4 * f["shot_zone_mismatch_score"],
        "pace": 0.3 * f["pace_score"],
        "usage_spike": 0.4 * f["usage_spike_score"],
    }
    mean = clamp(base + sum(adj.values()), 0.0, 60.0)
    spread = max(2.5, 0.5 * sim_std + 0.5 * base_spread(mean, f["points_std_last_10"]))
    comps = {"similarity_baseline": round(sim_mean, 3), "similar_games_count": len(kept),
             "avg_similarity_score": round(total / len(kept), 2), "base": round(base, 3), **_r(adj)}
    return Estimate(mean, spread, comps)


def _r(d: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3) for k, v in d.items()}


RULE_SYSTEMS = {"moving_average": moving_average, "zone_matchup": zone_matchup}
