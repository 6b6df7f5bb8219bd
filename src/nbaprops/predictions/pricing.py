"""From a predicted mean and spread to P(over), expected value at a price, and a recommendation.

Points are modelled as normal(mean, spread) with a continuity correction: over a line L means
points >= floor(L) + 1, and a whole-number line pushes on exactly L. A bet is recommended on the side
with the larger expected value at the offered American odds (-110 when the source has none), only when
the edge |mean - line| and that expected value both clear their thresholds; otherwise PASS with why.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DEFAULT_ODDS = -110
MIN_EDGE = 1.0  # points between the predicted mean and the line
MIN_EV = 0.02  # expected return per unit staked


def normal_cdf(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def payout(odds: int) -> float:
    """Units won per unit staked at American odds (-110 -> 0.909, +150 -> 1.5)."""
    return 100.0 / -odds if odds < 0 else odds / 100.0


def over_push_probability(mean: float, spread: float, line: float) -> tuple[float, float]:
    """P(points > line) and P(points == line) under normal(mean, spread) on whole points."""
    spread = max(spread, 0.5)
    if float(line).is_integer():
        p_push = normal_cdf((line + 0.5 - mean) / spread) - normal_cdf((line - 0.5 - mean) / spread)
        p_over = 1.0 - normal_cdf((line + 0.5 - mean) / spread)
    else:
        p_push = 0.0
        p_over = 1.0 - normal_cdf((math.floor(line) + 0.5 - mean) / spread)
    return p_over, p_push


@dataclass(frozen=True)
class Call:
    recommendation: str
    over_probability: float | None
    push_probability: float | None
    confidence_score: float | None
    expected_value: float | None
    pass_reason: str | None


def recommend(mean: float, spread: float, line: float | None, over_odds: int = DEFAULT_ODDS,
              under_odds: int = DEFAULT_ODDS, *, min_edge: float = MIN_EDGE, min_ev: float = MIN_EV,
              shrink: float = 1.0) -> Call:
    """``shrink``: the share of the edge that history says is real (the fitted slope of actual - line on
    predicted - line); the probability is computed at ``line + shrink * (mean - line)``."""
    if line is None:
        return Call("PASS", None, None, None, None, "no points line posted")
    p_over, p_push = over_push_probability(line + shrink * (mean - line), spread, line)
    p_under = 1.0 - p_over - p_push
    ev_over = p_over * payout(over_odds) - p_under
    ev_under = p_under * payout(under_odds) - p_over
    side, ev, p_side = ("OVER", ev_over, p_over) if ev_over >= ev_under else ("UNDER", ev_under, p_under)
    confidence = round(100.0 * p_side / max(p_over + p_under, 1e-9), 2)
    edge = mean - line
    if abs(edge) < min_edge:
        return Call("PASS", p_over, p_push, confidence, ev, f"edge {edge:+.1f} below {min_edge:g} points")
    if ev < min_ev:
        return Call("PASS", p_over, p_push, confidence, ev, f"expected value {ev:+.3f} below {min_ev:g} at the price")
    return Call(side, p_over, p_push, confidence, ev, None)


PRIOR_SHRINK = 0.5  # before any history: half the edge is taken as real
MIN_CALIBRATION_ROWS = 300


@dataclass(frozen=True)
class Calibration:
    """How far to trust a system's edge over the line, how to scale its spread, and its mean bias, from
    past games (predicted mean - actual, removed from the mean)."""

    shrink: float = PRIOR_SHRINK
    spread_scale: float = 1.0
    rows: int = 0
    bias: float = 0.0


def fit_calibration(graded: list[tuple[float, float, float | None, float]]) -> Calibration:
    """From (mean, spread, line, actual) of games before D: the mean bias, the slope of (actual - line) on
    (debiased mean - line) through the origin, clipped to [0, 1], and the spread scale making
    (actual - debiased mean) / spread unit."""
    if len(graded) < MIN_CALIBRATION_ROWS:
        return Calibration(rows=len(graded))
    bias = sum(m - a for m, _, _, a in graded) / len(graded)
    z2 = sum(((a - m + bias) / max(s, 0.5)) ** 2 for m, s, _, a in graded) / len(graded)
    lined = [(m - bias - line, a - line) for m, _, line, a in graded if line is not None]
    see = sum(e * e for e, _ in lined)
    shrink = PRIOR_SHRINK if len(lined) < MIN_CALIBRATION_ROWS or see <= 0 else \
        max(0.0, min(1.0, sum(e * y for e, y in lined) / see))
    return Calibration(round(shrink, 4), round(math.sqrt(z2), 4), len(graded), round(bias, 4))
