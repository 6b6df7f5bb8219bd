"""The ensemble: the other systems' means combined with weights learned walk-forward.

For date D the weights are inverse mean squared errors of each system over its predictions of the
previous ``WINDOW_DAYS`` days before D (graded against the points scored), normalised; with fewer than
``MIN_GRADED`` graded predictions per system the weights are equal. A player's ensemble mean uses the
systems that predicted him (weights renormalised); its spread is the square root of the weighted mean
of their variances.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from nbaprops.predictions.systems import Estimate

COMPONENTS = ("moving_average", "zone_matchup", "similarity", "xgboost")
WINDOW_DAYS = 28
MIN_GRADED = 100


def learn_weights(graded: Mapping[str, Sequence[tuple[float, float]]]) -> tuple[dict[str, float], str]:
    """Weights from each system's (predicted, actual) pairs before D; the method used."""
    systems = [s for s in COMPONENTS if s in graded]
    if not systems or any(len(graded[s]) < MIN_GRADED for s in systems):
        return {s: 1.0 / len(COMPONENTS) for s in COMPONENTS}, "equal"
    inv = {s: 1.0 / max(1e-6, sum((p - a) ** 2 for p, a in graded[s]) / len(graded[s])) for s in systems}
    total = sum(inv.values())
    return {s: inv[s] / total for s in systems}, "inverse_mse"


def combine(estimates: Mapping[str, Estimate], weights: Mapping[str, float]) -> Estimate | str:
    used = {s: e for s, e in estimates.items() if weights.get(s, 0) > 0}
    if len(used) < 2:
        return f"only {len(used)} component system(s) predicted (needs 2)"
    total = sum(weights[s] for s in used)
    mean = sum(weights[s] * e.mean for s, e in used.items()) / total
    var = sum(weights[s] * e.spread ** 2 for s, e in used.items()) / total
    means = [e.mean for e in used.values()]
    spread_between = math.sqrt(sum((m - mean) ** 2 for m in means) / len(means))
    return Estimate(mean, math.sqrt(var), {
        "weights": {s: round(weights[s] / total, 4) for s in used},
        "component_means": {s: round(e.mean, 3) for s, e in used.items()},
        "agreement_std": round(spread_between, 3),
    })
