"""From a predicted mean and spread to P(over), expected value at a price, and a recommendation.

Points are modelled as normal(mean, spread) with a continuity correction: over a line L means
points >= floor(L) + 1, and a whole-number line pushes on exactly L. Line shopping: every book's main
line with its over and under prices (American odds; -110 where the source has none) is an offer, and
the bet is the side and offer with the largest expected value; it is recommended only when the edge
|mean - consensus line| and that expected value both clear their thresholds; otherwise PASS with why.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
class Offer:
    """One book's main line before tip-off with its prices (None: the source has no price)."""

    book: str | None
    line: float
    over: int | None = None
    under: int | None = None

    def price(self, side: str) -> int:
        odds = self.over if side == "OVER" else self.under
        return DEFAULT_ODDS if odds is None else int(odds)


def offers_from(lines_by_book: Any, consensus: float | None) -> list[Offer]:
    """Each book's closing main line and prices from Phase 3's ``lines_by_book`` JSON
    (``{"book": {"open": .., "close": .., "over": .., "under": ..}}``); the consensus at -110 alone when
    the books are not known."""
    books = json.loads(lines_by_book) if isinstance(lines_by_book, str) else (lines_by_book or {})
    offers = [Offer(b, float(v["close"]), _odds(v.get("over")), _odds(v.get("under")))
              for b, v in sorted(books.items()) if v.get("close") is not None]
    if not offers and consensus is not None:
        offers = [Offer(None, consensus)]
    return offers


def _odds(v: Any) -> int | None:
    return None if v is None else int(v)


def best_price(offers: Sequence[Offer], line: float, side: str) -> tuple[int, str | None]:
    """The best price for ``side`` among the books posting ``line`` (-110 and no book when none do)."""
    at_line = [o for o in offers if o.line == line]
    if not at_line:
        return DEFAULT_ODDS, None
    best = max(at_line, key=lambda o: (payout(o.price(side)), -(o.book is None), o.book or ""))
    return best.price(side), best.book


@dataclass(frozen=True)
class Call:
    recommendation: str
    over_probability: float | None
    push_probability: float | None
    confidence_score: float | None
    expected_value: float | None
    pass_reason: str | None
    bet: Offer | None = None  # the offer the side is priced at (the best expected value)
    bet_odds: int | None = None


def recommend(mean: float, spread: float, line: float | None, over_odds: int = DEFAULT_ODDS,
              under_odds: int = DEFAULT_ODDS, *, min_edge: float = MIN_EDGE, min_ev: float = MIN_EV,
              shrink: float = 1.0, offers: Sequence[Offer] | None = None) -> Call:
    """``line`` is the consensus; ``offers`` the books' main lines and prices to shop among (the
    consensus at ``over_odds``/``under_odds`` when none). ``shrink``: the share of the edge over the
    consensus that history says is real (the fitted slope of actual - line on predicted - line); every
    probability is computed at the mean ``line + shrink * (mean - line)``. P(over) reported is at the
    consensus line."""
    if line is None:
        return Call("PASS", None, None, None, None, "no points line posted")
    centre = line + shrink * (mean - line)
    p_over, p_push = over_push_probability(centre, spread, line)
    offers = list(offers) if offers else [Offer(None, line, over_odds, under_odds)]
    edge = mean - line
    side = "OVER" if edge >= 0 else "UNDER"  # the side the edge points to, at the offer worth most
    ev, offer, confidence = max((_value(centre, spread, o, side) for o in offers), key=lambda v: v[0])
    if abs(edge) < min_edge:
        return Call("PASS", p_over, p_push, confidence, ev, f"edge {edge:+.1f} below {min_edge:g} points")
    if ev < min_ev:
        return Call("PASS", p_over, p_push, confidence, ev,
                    f"expected value {ev:+.3f} below {min_ev:g} at the best price")
    return Call(side, p_over, p_push, confidence, ev, None, offer, offer.price(side))


def _value(centre: float, spread: float, offer: Offer, side: str) -> tuple[float, Offer, float]:
    """(expected value per unit, the offer, confidence 0-100) of ``side`` at ``offer``."""
    p_over, p_push = over_push_probability(centre, spread, offer.line)
    p_under = 1.0 - p_over - p_push
    p_win, p_lose = (p_over, p_under) if side == "OVER" else (p_under, p_over)
    ev = p_win * payout(offer.price(side)) - p_lose
    return ev, offer, round(100.0 * p_win / max(p_win + p_lose, 1e-9), 2)


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
