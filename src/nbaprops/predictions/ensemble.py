"""The ensemble: the other systems' means combined with weights learned walk-forward.

For date D the weights are a non-negative least-squares fit of the points scored on the systems'
predictions over the ``WINDOW_DAYS`` days before D (player-games every component predicted),
normalised to sum to 1; with fewer than ``MIN_GRADED`` such player-games the weights are equal. A
player's ensemble mean uses the systems that predicted him (at least 2; weights renormalised); its
spread is the square root of the weighted mean of their variances. P(over) is then calibrated on the
ensemble's own means of the graded games before D (bias, edge shrink, spread scale).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from scipy.optimize import nnls

from nbaprops.predictions.systems import Estimate

COMPONENTS = ("moving_average", "zone_matchup", "similarity", "xgboost")
WINDOW_DAYS = 28
MIN_GRADED = 100


def learn_weights(graded: Sequence[tuple[Mapping[str, float], float]]) -> tuple[dict[str, float], str]:
    """Weights from ({system: predicted}, actual) of player-games before D; the method used."""
    means = np.array([[p.get(s, np.nan) for s in COMPONENTS] for p, _ in graded], dtype=float).reshape(-1, 4)
    return learn_weights_arrays(means, np.array([a for _, a in graded], dtype=float))


def learn_weights_arrays(means: np.ndarray, actual: np.ndarray) -> tuple[dict[str, float], str]:
    """:func:`learn_weights` on a (games x COMPONENTS) matrix of means (NaN: the system did not predict)."""
    full = ~np.isnan(means).any(axis=1)
    if full.sum() < MIN_GRADED:
        return {s: 1.0 / len(COMPONENTS) for s in COMPONENTS}, "equal"
    x, y = means[full], actual[full]
    w, _ = nnls(x, y)
    if w.sum() <= 0:
        return {s: 1.0 / len(COMPONENTS) for s in COMPONENTS}, "equal"
    return {s: float(v / w.sum()) for s, v in zip(COMPONENTS, w, strict=True)}, "nnls"


def combine(estimates: Mapping[str, Estimate], weights: Mapping[str, float]) -> Estimate | str:
    """Weighted mean of the component estimates present (at least 2); equal weights among them when
    none of them has a positive weight."""
    if len(estimates) < 2:
        return f"only {len(estimates)} component system(s) predicted (needs 2)"
    used = {s: e for s, e in estimates.items() if weights.get(s, 0) > 0}
    if not used:
        used, weights = dict(estimates), dict.fromkeys(estimates, 1.0)
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


def combine_arrays(means: np.ndarray, spreads: np.ndarray, weights: Mapping[str, float]
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`combine` for many player-games at once (rows of COMPONENTS columns, NaN where a system did
    not predict): the means, the spreads, and which rows had at least 2 components."""
    present = ~np.isnan(means)
    w = np.array([weights.get(s, 0.0) for s in COMPONENTS], dtype=float)
    used = present & (w > 0)
    none_used = ~used.any(axis=1)
    used[none_used] = present[none_used]  # equal weights among the present ones, as combine does
    wu = np.where(used, np.where(none_used[:, None], 1.0, w), 0.0)
    total = np.maximum(wu.sum(axis=1), 1e-12)
    mean = (wu * np.nan_to_num(means)).sum(axis=1) / total
    spread = np.sqrt((wu * np.nan_to_num(spreads) ** 2).sum(axis=1) / total)
    return mean, spread, present.sum(axis=1) >= 2
