"""Evaluation on hand-made graded rows: the market and last-10 on the same rows, pushes apart, buckets."""

from __future__ import annotations

import pytest

from nbaprops.predictions.evaluation import evaluate_system


def g(pred, actual, line, rec, ret, p_over, l10, result=None):
    result = result or (None if line is None else "OVER" if actual > line else "UNDER" if actual < line else "PUSH")
    return {"predicted_points": pred, "actual_points": actual, "prediction_line": line,
            "predicted_recommendation": rec, "bet_return": ret, "over_probability": p_over,
            "baseline_last_10": l10, "actual_result": result, "line_margin": None if line is None else pred - line,
            "bet_result": result if rec in ("OVER", "UNDER") else None}  # bet at the consensus line here


ROWS = [
    g(25.0, 28, 21.5, "OVER", 100 / 110, 0.8, 20.0),   # edge 3.5, won
    g(15.0, 20, 19.5, "UNDER", -1.0, 0.2, 18.0),       # edge 4.5, lost
    g(12.0, 12, 12.0, "PASS", None, 0.5, 12.0),        # a push, not bet
    g(18.0, 20, 20.0, "UNDER", 0.0, 0.3, 21.0),        # a push on a bet: return 0, neither win nor loss
    g(10.0, 7, None, "PASS", None, None, 9.0),         # no line: only in the all-rows comparison
]


def test_market_and_last_10_are_scored_on_exactly_the_systems_rows_with_a_line():
    r = evaluate_system(ROWS)
    s, m, b = r["with_line"]["system"], r["with_line"]["market_line"], r["with_line"]["last_10"]
    assert s["n"] == m["n"] == b["n"] == 4
    assert s["mae"] == pytest.approx((3 + 5 + 0 + 2) / 4)
    assert m["mae"] == pytest.approx((6.5 + 0.5 + 0 + 0) / 4)
    assert b["mae"] == pytest.approx((8 + 2 + 0 + 1) / 4)
    assert s["bias"] == pytest.approx((-3 - 5 + 0 - 2) / 4)
    assert r["all_predicted"]["system"]["n"] == 5


def test_bets_count_pushes_apart_and_return_follows_the_price_by_edge_bucket():
    bets = evaluate_system(ROWS)["bets"]["system"]
    assert (bets["bets"], bets["wins"], bets["pushes"]) == (2, 1, 1)
    assert bets["hit_rate"] == 0.5 and bets["units"] == pytest.approx(100 / 110 - 1, abs=0.01)
    assert bets["by_edge"]["3-5"]["bets"] == 2 and bets["by_edge"]["2-3"]["pushes"] == 1


def test_brier_skips_pushes_and_compares_with_a_coin():
    p = evaluate_system(ROWS)["probability"]
    assert p["n"] == 2 and p["brier"] == pytest.approx(((0.8 - 1) ** 2 + (0.2 - 1) ** 2) / 2)  # both went over
    assert p["coin_brier"] == 0.25
