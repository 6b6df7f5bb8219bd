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
              under_odds: int = DEFAULT_ODDS, *, min_edge: float = MIN_EDGE, min_ev: float = MIN_EV) -> Call:
    if line is None:
        return Call("PASS", None, None, None, None, "no points line posted")
    p_over, p_push = over_push_probability(mean, spread, line)
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
