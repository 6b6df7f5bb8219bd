"""Evaluation of graded predictions, each figure beside the market line and a last-10-games average on
the SAME player-games.

Comparisons are made on rows a system predicted that also have a line (so the market has a number):
MAE, RMSE, bias, within 3/5 points for the system, the consensus line and the last-10 average. Bets:
the system's recommended OVER/UNDER calls, graded against the line and at the price each was taken at
(the best among the books; pushes return 0 and count as neither win nor loss), by edge bucket; the
last-10 average "bets" the same way (consensus line, -110) when it is at least the same minimum edge
away from the line, as a naive benchmark. Brier score of P(over) on lines that did not push, beside a
coin (0.25), and a calibration table of P(over) by tenths.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from nbaprops.predictions.pricing import DEFAULT_ODDS, MIN_EDGE, payout
from nbaprops.storage.warehouse import Warehouse

EDGE_BUCKETS: tuple[tuple[float, float], ...] = ((0.0, 1.0), (1.0, 2.0), (2.0, 3.0), (3.0, 5.0), (5.0, math.inf))

RESULTS_SQL = """
SELECT system_id, player_lookup, game_date, game_id, predicted_points, actual_points, predicted_recommendation,
       prediction_line, actual_result, bet_book, bet_line, bet_odds_american, bet_result, bet_return,
       over_probability, baseline_last_10, line_margin
FROM nba_predictions.prediction_results
WHERE game_date BETWEEN :start_date AND :end_date AND predicted_points IS NOT NULL
  {system_filter}
ORDER BY system_id, game_date, player_lookup
"""


def load_results(wh: Warehouse, start: date, end: date, system: str | None = None) -> list[dict[str, Any]]:
    sql = RESULTS_SQL.format(system_filter="AND system_id = :system" if system else "")
    params: dict[str, Any] = {"start_date": start, "end_date": end}
    if system:
        params["system"] = system
    return wh.query(sql, params)


def error_stats(pred: Sequence[float], actual: Sequence[float]) -> dict[str, float | int | None]:
    n = len(pred)
    if not n:
        return {"n": 0, "mae": None, "rmse": None, "bias": None, "within_3": None, "within_5": None}
    err = [p - a for p, a in zip(pred, actual, strict=True)]
    return {"n": n, "mae": _r(sum(abs(e) for e in err) / n), "rmse": _r(math.sqrt(sum(e * e for e in err) / n)),
            "bias": _r(sum(err) / n), "within_3": _r(sum(abs(e) <= 3 for e in err) / n),
            "within_5": _r(sum(abs(e) <= 5 for e in err) / n)}


def _r(v: float | None, n: int = 4) -> float | None:
    return None if v is None else round(v, n)


def _bets(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Hit rate and return of (side, line, actual) bets at -110: pushes are their own count."""
    n = wins = pushes = 0
    ret = 0.0
    for side, line, actual in rows:
        if actual == line:
            pushes += 1
            continue
        n += 1
        won = (side == "OVER") == (actual > line)
        wins += won
        ret += payout(DEFAULT_ODDS) if won else -1.0
    return {"bets": n, "wins": wins, "pushes": pushes, "hit_rate": _r(wins / n) if n else None,
            "units": _r(ret, 2), "roi": _r(ret / (n + pushes)) if n + pushes else None}


def system_bets(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The system's recommended bets at the line and price each was taken at (bet_return), by edge bucket."""
    placed = [r for r in rows if r["predicted_recommendation"] in ("OVER", "UNDER") and r["bet_return"] is not None]

    def summary(sel: Sequence[dict[str, Any]]) -> dict[str, Any]:
        graded = [r for r in sel if r["bet_result"] != "PUSH"]
        wins = sum(r["predicted_recommendation"] == r["bet_result"] for r in graded)
        units = sum(r["bet_return"] for r in sel)
        return {"bets": len(graded), "wins": wins, "pushes": len(sel) - len(graded),
                "hit_rate": _r(wins / len(graded)) if graded else None, "units": _r(units, 2),
                "roi": _r(units / len(sel)) if sel else None}

    out = summary(placed)
    out["by_edge"] = {_bucket_name(lo, hi): summary([r for r in placed if lo <= abs(r["line_margin"]) < hi])
                      for lo, hi in EDGE_BUCKETS}
    return out


def baseline_bets(rows: Sequence[dict[str, Any]], min_edge: float = MIN_EDGE) -> dict[str, Any]:
    """The last-10 average bet against the line when at least ``min_edge`` away (a naive benchmark)."""
    bets = [("OVER" if r["baseline_last_10"] > r["prediction_line"] else "UNDER", r["prediction_line"],
             r["actual_points"]) for r in rows if abs(r["baseline_last_10"] - r["prediction_line"]) >= min_edge]
    return _bets(bets)


def _bucket_name(lo: float, hi: float) -> str:
    return f"{lo:g}+" if math.isinf(hi) else f"{lo:g}-{hi:g}"


def brier(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    graded = [r for r in rows if r["over_probability"] is not None and r["actual_result"] in ("OVER", "UNDER")]
    if not graded:
        return {"n": 0, "brier": None, "coin_brier": 0.25, "calibration": []}
    outcome = [1.0 if r["actual_result"] == "OVER" else 0.0 for r in graded]
    score = sum((r["over_probability"] - o) ** 2 for r, o in zip(graded, outcome, strict=True)) / len(graded)
    bins: dict[int, list[tuple[float, float]]] = {}
    for r, o in zip(graded, outcome, strict=True):
        bins.setdefault(min(9, int(r["over_probability"] * 10)), []).append((r["over_probability"], o))
    calibration = [{"bin": f"{b / 10:.1f}-{(b + 1) / 10:.1f}", "n": len(v), "mean_p": _r(sum(p for p, _ in v) / len(v)),
                    "observed": _r(sum(o for _, o in v) / len(v))} for b, v in sorted(bins.items())]
    return {"n": len(graded), "brier": _r(score), "coin_brier": 0.25, "calibration": calibration}


def evaluate_system(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One system's rows (predicted, graded) -> every figure, beside the market and the last-10 average."""
    lined = [r for r in rows if r["prediction_line"] is not None]
    actual_all = [float(r["actual_points"]) for r in rows]
    actual = [float(r["actual_points"]) for r in lined]
    return {
        "player_games": len(rows),
        "all_predicted": {"system": error_stats([r["predicted_points"] for r in rows], actual_all),
                          "last_10": error_stats([r["baseline_last_10"] for r in rows], actual_all)},
        "with_line": {"system": error_stats([r["predicted_points"] for r in lined], actual),
                      "market_line": error_stats([r["prediction_line"] for r in lined], actual),
                      "last_10": error_stats([r["baseline_last_10"] for r in lined], actual)},
        "bets": {"system": system_bets(lined), "last_10": baseline_bets(lined)},
        "probability": brier(lined),
    }


def evaluate(wh: Warehouse, start: date, end: date, system: str | None = None) -> dict[str, Any]:
    rows = load_results(wh, start, end, system)
    by_system: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_system.setdefault(r["system_id"], []).append(r)
    return {"start_date": start.isoformat(), "end_date": end.isoformat(),
            "systems": {s: evaluate_system(v) for s, v in sorted(by_system.items())}}
