"""The computations of the system processors: one pass over the planned dates, walk-forward per date.

Every expected player of a date (one ``ml_feature_store`` row) gets one row per system: a prediction,
or PASS with the reason (no line, features not production-ready, too little history, edge or value
too small). Inputs of date D are D's feature rows and lines, and only games strictly before D.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
import pyarrow as pa

from nbaprops.orchestration.compute import Computation, ComputeResult, TableWrite
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import PlanItem
from nbaprops.precompute.feature_contract import CURRENT_VERSION
from nbaprops.predictions import ensemble, supersede, xgb
from nbaprops.predictions import form as player_form
from nbaprops.predictions.inputs import FEATURE_STORE, SUMMARY, UPCOMING, feature_table, history_rows, target_rows
from nbaprops.predictions.pricing import Calibration, best_price, fit_calibration, offers_from, recommend
from nbaprops.predictions.systems import RULE_SYSTEMS, Estimate, PastGame, moving_average, similarity
from nbaprops.predictions.tables import ML_MODELS, system_table

REQUIRE_PRODUCTION_READY = True
SIMILARITY_DAYS, SIMILARITY_GAMES = 90, 30
CALIBRATION_DAYS = 42  # P(over) of date D is calibrated on the graded games of the 6 weeks before D
PAST_DAYS = max(SIMILARITY_DAYS, CALIBRATION_DAYS)  # the one history window the rule systems read (shared)


def calibrated(est: Estimate | str, cal: Calibration) -> Estimate | str:
    """The estimate with its spread scaled and its edge shrink set from the calibration of games before D."""
    if isinstance(est, str):
        return est
    return Estimate(min(60.0, max(0.0, est.mean - cal.bias)), est.spread * cal.spread_scale, {
        **est.components, "raw_mean": round(est.mean, 3), "bias_removed": cal.bias, "edge_shrink": cal.shrink,
        "spread_scale": cal.spread_scale, "calibration_rows": cal.rows}, shrink=cal.shrink)


class RollingCalibration:
    """Per date D, :func:`fit_calibration` over graded (mean, spread, line, actual) of [D - days, D)."""

    def __init__(self, graded: list[tuple[date, float, float, float | None, float]], days: int = CALIBRATION_DAYS):
        self.graded = sorted(graded, key=lambda g: g[0])
        self.dates = [g[0] for g in self.graded]
        self.days = days

    def at(self, day: date) -> Calibration:
        lo = bisect.bisect_left(self.dates, day - timedelta(days=self.days))
        hi = bisect.bisect_left(self.dates, day)
        return fit_calibration([g[1:] for g in self.graded[lo:hi]])


def prediction_row(system: str, r: dict[str, Any], est: Estimate | str, run_id: str, *,
                   model_version: str | None = None) -> dict[str, Any]:
    """One output row: the estimate priced against the row's line, or PASS with the reason."""
    line = r.get("current_line")
    offers = offers_from(r.get("points_line_by_book"), line)
    over_odds, over_book = best_price(offers, line, "OVER")
    under_odds, under_book = best_price(offers, line, "UNDER")
    row: dict[str, Any] = {
        "system_id": system, "player_lookup": r["player_lookup"], "game_date": r["game_date"],
        "game_id": r["game_id"], "team_abbr": r.get("team_abbr"), "opponent_team_abbr": r.get("opponent_team_abbr"),
        "current_points_line": line, "opening_line": r.get("opening_line"), "line_source": r.get("line_source"),
        "line_books_count": r.get("line_books_count"), "over_odds_american": over_odds, "over_book": over_book,
        "under_odds_american": under_odds, "under_book": under_book, "bet_book": None, "bet_line": None,
        "bet_odds_american": None, "baseline_last_10": r["x"]["points_avg_last_10"],
        "model_version": model_version, "feature_version": r.get("feature_version") or CURRENT_VERSION,
        "feature_quality_score": r.get("feature_quality_score"), "is_production_ready": r.get("is_production_ready"),
        "is_active": True, "prediction_run_id": run_id,
        "predicted_points": None, "predicted_spread": None, "over_probability": None, "push_probability": None,
        "confidence_score": None, "expected_value": None, "line_margin": None, "components": None,
    }
    if isinstance(est, str):
        return {**row, "recommendation": "PASS", "pass_reason": est}
    call = recommend(est.mean, est.spread, line, shrink=est.shrink, offers=offers)
    reason = call.pass_reason
    rec = call.recommendation
    if REQUIRE_PRODUCTION_READY and not r.get("is_production_ready") and rec != "PASS":
        rec, reason = "PASS", "features not production-ready"
    if rec != "PASS" and call.bet is not None:
        row.update(bet_book=call.bet.book, bet_line=call.bet.line, bet_odds_american=call.bet_odds)
    return {
        **row, "predicted_points": round(est.mean, 2), "predicted_spread": round(est.spread, 3),
        "over_probability": _r(call.over_probability, 4), "push_probability": _r(call.push_probability, 4),
        "confidence_score": call.confidence_score, "expected_value": _r(call.expected_value, 4),
        "line_margin": None if line is None else round(est.mean - line, 2),
        "components": json.dumps(est.components, sort_keys=True), "recommendation": rec, "pass_reason": reason,
    }


def _r(v: float | None, n: int) -> float | None:
    return None if v is None else round(v, n)


class SystemCompute(Computation):
    """Base: read the planned dates' feature rows, ask ``estimates`` per date, build the rows."""

    system = ""

    def __init__(self) -> None:
        self.table = system_table(self.system)

    def tables_read(self) -> frozenset[str]:
        return frozenset({FEATURE_STORE, UPCOMING})

    def prepare(self, ctx: RunContext, days: list[date]) -> None:
        pass

    def estimates(self, ctx: RunContext, day: date, rows: list[dict[str, Any]]
                  ) -> tuple[list[Estimate | str], str | None]:
        raise NotImplementedError

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        days = sorted(i.data_date for i in items)
        by_day: dict[date, list[dict[str, Any]]] = defaultdict(list)
        for r in target_rows(ctx.warehouse, days[0], days[-1]):
            by_day[r["game_date"]].append(r)
        self.side: list[dict[str, Any]] = []
        self.prepare(ctx, days)
        out: list[dict[str, Any]] = []
        result = ComputeResult(rows=pa.table({}))
        for d in days:
            rows = by_day.get(d, [])
            ests, version = self.estimates(ctx, d, rows) if rows else ([], None)
            out.extend(prediction_row(self.system, r, e, ctx.run_id, model_version=version)
                       for r, e in zip(rows, ests, strict=True))
            result.records_processed[d] = len(rows)
        previous = supersede.previous_rows(ctx.warehouse, self.table, days)
        out = supersede.merge(previous, out, self.table, ctx.run_id, datetime.now(UTC))
        result.rows = pa.Table.from_pylist(out, schema=self.table.arrow_schema())
        if self.side:
            result.side_writes.append(TableWrite(ML_MODELS, self.side, ML_MODELS.key))
        return result


class RuleCompute(SystemCompute):
    """A rule-based system; P(over) calibrated on the system's own estimates of the graded games before D."""

    def __init__(self, system: str) -> None:
        self.system = system
        self.fn = RULE_SYSTEMS[system]
        super().__init__()

    def tables_read(self) -> frozenset[str]:
        return super().tables_read() | {SUMMARY}

    def prepare(self, ctx, days):
        self.calibration = rule_calibration(ctx, days, self.fn)

    def estimates(self, ctx, day, rows):
        cal = self.calibration.at(day)
        return [calibrated(self.fn(r["x"]), cal) for r in rows], None


def rule_calibration(ctx: RunContext, days: list[date], fn,
                     history: list[dict[str, Any]] | None = None) -> RollingCalibration:
    """``fn``'s estimates of the graded games of the calibration window before each day (from
    ``history`` when the caller has already read a window covering it)."""
    lo = days[0] - timedelta(days=CALIBRATION_DAYS)
    if history is None:
        history = history_rows(ctx.warehouse, days[0] - timedelta(days=PAST_DAYS), days[-1])
    graded = []
    for h in history:
        if h["game_date"] >= lo:
            est = fn(h["x"])
            graded.append((h["game_date"], est.mean, est.spread, h["points_line"], float(h["points"])))
    return RollingCalibration(graded)


class SimilarityCompute(SystemCompute):
    system = "similarity"

    def tables_read(self) -> frozenset[str]:
        return super().tables_read() | {SUMMARY}

    def prepare(self, ctx, days):
        history = history_rows(ctx.warehouse, days[0] - timedelta(days=PAST_DAYS), days[-1])
        # calibrated as the moving average is (its estimates of past games need each game's own history)
        self.calibration = rule_calibration(ctx, days, moving_average, history)
        self.past: dict[str, list[PastGame]] = defaultdict(list)
        for h in history:
            self.past[h["player_lookup"]].append(PastGame(h["game_date"], float(h["points"]), h["x"]))

    def estimates(self, ctx, day, rows):
        lo = day - timedelta(days=SIMILARITY_DAYS)
        out: list[Estimate | str] = []
        for r in rows:
            games = [g for g in self.past.get(r["player_lookup"], []) if lo <= g.game_date < day][-SIMILARITY_GAMES:]
            out.append(similarity(r["x"], games))
        cal = self.calibration.at(day)
        return [calibrated(e, cal) for e in out], None


class XGBoostCompute(SystemCompute):
    """The trained system on ``xgb.FEATURE_VERSION``'s feature rows (its own table when not v1) plus
    recent form; the players predicted are every system's (v1's rows), one without a row of that
    version passes with the reason."""

    system = "xgboost"

    def tables_read(self) -> frozenset[str]:
        return super().tables_read() | {SUMMARY, feature_table(xgb.FEATURE_VERSION)}

    def prepare(self, ctx, days):
        self.version = version = xgb.FEATURE_VERSION
        lo = xgb.as_of_for(days[0]) - timedelta(days=xgb.TRAIN_DAYS + 120)
        self.form = player_form.load_form(ctx.warehouse, lo, days[-1])
        self.own: dict[tuple, dict[str, float]] | None = None
        if version != CURRENT_VERSION:
            self.own = {(r["player_lookup"], r["game_id"], r["game_date"]): r["x"]
                        for r in target_rows(ctx.warehouse, days[0], days[-1], version)}
        self.models: dict[date, xgb.Model | str] = {}
        self.history: list[dict[str, Any]] | None = None
        for as_of in sorted({xgb.as_of_for(d) for d in days}):
            model = xgb.load(ctx.store, xgb.version_for(as_of, version))
            if model is None:
                if self.history is None:
                    lo = xgb.as_of_for(days[0]) - timedelta(days=xgb.TRAIN_DAYS)
                    self.history = history_rows(ctx.warehouse, lo, xgb.as_of_for(days[-1]), version)
                    player_form.attach(self.history, self.form)
                model = xgb.train(ctx.warehouse, ctx.store, as_of, rows=self.history, feature_version=version)
            self.models[as_of] = model
            if isinstance(model, xgb.Model):
                self.side.append(model.registry_row())

    def estimates(self, ctx, day, rows):
        model = self.models[xgb.as_of_for(day)]
        if isinstance(model, str):
            return [f"no trained model: {model}"] * len(rows), None
        inputs = rows if self.own is None else [
            {**r, "x": self.own[k]} for r in rows
            if (k := (r["player_lookup"], r["game_id"], r["game_date"])) in self.own]
        player_form.attach(inputs, self.form)
        shrink = model.meta.get("edge_shrink", 1.0)
        predicted = {(r["player_lookup"], r["game_id"]): Estimate(
            m, sd, {"model_version": model.version, "edge_shrink": shrink}, shrink=shrink)
            for r, (m, sd) in zip(inputs, model.predict([r["x"] for r in inputs]), strict=True)}
        missing = f"no {self.version} feature row"
        return [predicted.get((r["player_lookup"], r["game_id"]), missing) for r in rows], model.version


ENSEMBLE_CURRENT_SQL = """
SELECT player_lookup, game_id, game_date, predicted_points, predicted_spread
FROM {table} WHERE game_date BETWEEN :start_date AND :end_date AND predicted_points IS NOT NULL AND is_active
"""
ENSEMBLE_GRADED_SQL = """
SELECT p.player_lookup, p.game_id, p.game_date, p.predicted_points, p.predicted_spread, s.points, s.points_line
FROM {table} AS p
JOIN nba_analytics.player_game_summary AS s
  ON s.player_lookup = p.player_lookup AND s.game_id = p.game_id AND s.game_date = p.game_date
WHERE p.game_date >= :start_date AND p.game_date < :end_date AND p.predicted_points IS NOT NULL AND p.is_active
  AND s.minutes > 0 AND s.points IS NOT NULL
"""


class EnsembleCompute(SystemCompute):
    system = "ensemble"

    def tables_read(self) -> frozenset[str]:
        return super().tables_read() | {SUMMARY} | {system_table(s).full_name for s in ensemble.COMPONENTS}

    def prepare(self, ctx, days):
        self.current: dict[tuple, dict[str, Estimate]] = defaultdict(dict)
        self.past: dict[tuple, dict[str, Any]] = {}
        params = {"start_date": days[0], "end_date": days[-1]}
        past = {"start_date": days[0] - timedelta(days=ensemble.WINDOW_DAYS), "end_date": days[-1]}
        for s in ensemble.COMPONENTS:
            t = system_table(s).full_name
            for r in ctx.warehouse.query(ENSEMBLE_CURRENT_SQL.format(table=t), params):
                key = (r["player_lookup"], r["game_id"], r["game_date"])
                self.current[key][s] = Estimate(r["predicted_points"], r["predicted_spread"])
            rows = ctx.warehouse.query(ENSEMBLE_GRADED_SQL.format(table=t), past)
            for r in rows:
                key = (r["player_lookup"], r["game_id"], r["game_date"])
                entry = self.past.setdefault(key, {"line": r["points_line"], "actual": float(r["points"]), "est": {}})
                entry["est"][s] = Estimate(r["predicted_points"], r["predicted_spread"])
        # the graded games by date as arrays (components' means and spreads, NaN where one did not
        # predict), so each day's window is a few slices rather than a scan of every game
        by_date: dict[date, list[dict[str, Any]]] = defaultdict(list)
        for (_, _, d), v in self.past.items():
            by_date[d].append(v)
        self.by_date = {d: (np.array([[v["est"][s].mean if s in v["est"] else np.nan for s in ensemble.COMPONENTS]
                                      for v in vs], dtype=float),
                            np.array([[v["est"][s].spread if s in v["est"] else np.nan for s in ensemble.COMPONENTS]
                                      for v in vs], dtype=float),
                            np.array([v["actual"] for v in vs], dtype=float), [v["line"] for v in vs])
                        for d, vs in by_date.items()}
        self.past_dates = sorted(self.by_date)

    def estimates(self, ctx, day, rows):
        lo = day - timedelta(days=ensemble.WINDOW_DAYS)
        window = [self.by_date[d] for d in self.past_dates if lo <= d < day]
        width = len(ensemble.COMPONENTS)
        means = np.concatenate([w[0] for w in window]) if window else np.empty((0, width))
        spreads = np.concatenate([w[1] for w in window]) if window else np.empty((0, width))
        actual = np.concatenate([w[2] for w in window]) if window else np.empty(0)
        lines = [line for w in window for line in w[3]]
        weights, method = ensemble.learn_weights_arrays(means, actual)
        version = f"ens_{method}_{day:%Y%m%d}"
        # P(over) calibrated on the ensemble's means (with today's weights) of the graded games before D
        mean, spread, ok = ensemble.combine_arrays(means, spreads, weights)
        graded = [(float(m), float(sd), line, float(a))
                  for m, sd, line, a, k in zip(mean, spread, lines, actual, ok, strict=True) if k]
        cal = fit_calibration(graded)
        out = [calibrated(ensemble.combine(self.current.get((r["player_lookup"], r["game_id"], r["game_date"]), {}),
                                           weights), cal) for r in rows]
        return out, version
