"""The xgboost system: a gradient-boosted regressor of points on the contract's features.

Walk-forward: a model ``as of`` date A is trained only on feature rows of games strictly before A
(joined to the points scored), validated on the last 15% of its dates, refitted on all of them with
the validated number of trees, and saved to the object store under ``models/xgboost/<version>/``
(``model.json`` + ``metadata.json``). Prediction for date D uses the model as of the Monday of D's
week (weekly cadence; never later than D). The spread is ``residual_scale * sqrt(mean)``, the scale
fitted on the validation residuals, so P(over) is calibrated on unseen games. Too little history: no
model, and the system passes with the reason.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
import xgboost as xgb

from nbaprops.precompute.feature_contract import CURRENT_VERSION, feature_set
from nbaprops.predictions import form as player_form
from nbaprops.predictions.inputs import history_rows
from nbaprops.predictions.pricing import fit_calibration
from nbaprops.storage.object_store import ObjectStore
from nbaprops.storage.warehouse import Warehouse

SYSTEM = "xgboost"
FEATURE_VERSION = CURRENT_VERSION  # the contract version the system is trained and predicts on
MIN_TRAIN_ROWS = 400
TRAIN_DAYS = 400
PARAMS: dict[str, Any] = {"objective": "reg:squarederror", "max_depth": 4, "eta": 0.05, "subsample": 0.8,
                          "colsample_bytree": 0.8, "min_child_weight": 5, "lambda": 2.0, "nthread": 1,
                          "seed": 7, "eval_metric": "mae", "max_bin": 128}
MAX_TREES = 400


def as_of_for(day: date) -> date:
    """Weekly cadence: the Monday of ``day``'s week (<= day, so the training ends before day)."""
    return day - timedelta(days=day.weekday())


def version_for(as_of: date, feature_version: str = CURRENT_VERSION) -> str:
    """``xgb_<feature version>_<spec>_<as of>``: spec hashes the inputs and parameters, so a changed model
    never loads an older one's file."""
    spec = hashlib.sha1(json.dumps([input_names(feature_version), PARAMS, MAX_TREES], sort_keys=True).encode())
    return f"xgb_{feature_version}_{spec.hexdigest()[:6]}_{as_of:%Y%m%d}"


def model_dir(version: str) -> str:
    return f"models/{SYSTEM}/{version}"


@dataclass
class Model:
    booster: xgb.Booster
    meta: dict[str, Any]

    @property
    def version(self) -> str:
        return self.meta["model_version"]

    def predict(self, xs: list[dict[str, float]]) -> list[tuple[float, float]]:
        """(mean, spread) per feature row (the contract's features, plus the form inputs it was trained on)."""
        if not xs:
            return []
        names = tuple(self.meta["feature_names"])
        mat = np.array([[x.get(n, np.nan) for n in names] for x in xs], dtype=float)
        means = self.booster.predict(xgb.DMatrix(mat, feature_names=list(names)))
        scale = self.meta["residual_scale"]
        out = []
        for m in means:
            m = float(min(60.0, max(0.0, m)))
            out.append((m, max(2.5, scale * math.sqrt(max(m, 1.0)))))
        return out

    def registry_row(self) -> dict[str, Any]:
        m = self.meta
        return {
            "system_id": SYSTEM, "model_version": m["model_version"], "as_of_date": date.fromisoformat(m["as_of_date"]),
            "training_start": date.fromisoformat(m["training_start"]),
            "training_end": date.fromisoformat(m["training_end"]), "feature_version": m["feature_version"],
            "training_rows": m["training_rows"], "validation_rows": m["validation_rows"],
            "validation_mae": m["validation_mae"], "validation_baseline_mae": m["validation_baseline_mae"],
            "residual_scale": m["residual_scale"], "model_path": m["model_path"],
            "params": json.dumps(m["params"], sort_keys=True), "trained_at": datetime.fromisoformat(m["trained_at"]),
        }


def input_names(feature_version: str = CURRENT_VERSION) -> tuple[str, ...]:
    """The model's inputs: the contract's features, in its order, then the players' recent form."""
    return (*feature_set(feature_version).names, *player_form.FORM_FEATURES)


def _matrix(rows: list[dict[str, Any]], names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[r["x"].get(n, np.nan) for n in names] for r in rows], dtype=float)
    y = np.array([float(r["points"]) for r in rows], dtype=float)
    return x, y


def train(wh: Warehouse, store: ObjectStore | None, as_of: date, *, feature_version: str = CURRENT_VERSION,
          min_rows: int = MIN_TRAIN_ROWS, rows: list[dict[str, Any]] | None = None) -> Model | str:
    """Train on games strictly before ``as_of``; save it when a store is given. A str is why not."""
    names = input_names(feature_version)
    if rows is None:
        rows = history_rows(wh, as_of - timedelta(days=TRAIN_DAYS), as_of, feature_version)
        player_form.attach(rows, player_form.load_form(wh, as_of - timedelta(days=TRAIN_DAYS + 120), as_of))
    rows = [r for r in rows if r["game_date"] < as_of]
    if len(rows) < min_rows:
        return f"too little history before {as_of}: {len(rows)} graded feature rows (needs {min_rows})"
    dates = sorted({r["game_date"] for r in rows})
    cut = dates[max(1, int(len(dates) * 0.85))] if len(dates) > 1 else dates[-1]
    fit_rows = [r for r in rows if r["game_date"] < cut]
    val_rows = [r for r in rows if r["game_date"] >= cut]
    if not fit_rows or not val_rows:
        return f"too few dates before {as_of} to validate ({len(dates)})"
    xf, yf = _matrix(fit_rows, names)
    xv, yv = _matrix(val_rows, names)
    dfit = xgb.DMatrix(xf, label=yf, feature_names=list(names))
    dval = xgb.DMatrix(xv, label=yv, feature_names=list(names))
    probe = xgb.train(PARAMS, dfit, MAX_TREES, evals=[(dval, "val")], early_stopping_rounds=30, verbose_eval=False)
    trees = probe.best_iteration + 1
    pv = np.clip(probe.predict(dval, iteration_range=(0, trees)), 0, 60)
    residual_scale = float(np.sqrt(np.mean((yv - pv) ** 2 / np.maximum(pv, 1.0))))
    # the share of the edge over the line that is real on unseen games: slope of (actual - line) on
    # (predicted - line) over the validation rows with a line (P(over) is priced with it)
    edge_shrink = fit_calibration([(float(p), 1.0, r.get("points_line"), float(y))
                                   for p, y, r in zip(pv, yv, val_rows, strict=True)]).shrink
    xa, ya = _matrix(rows, names)
    booster = xgb.train(PARAMS, xgb.DMatrix(xa, label=ya, feature_names=list(names)), trees)
    version = version_for(as_of, feature_version)
    meta = {
        "system_id": SYSTEM, "model_version": version, "as_of_date": as_of.isoformat(),
        "training_start": dates[0].isoformat(), "training_end": dates[-1].isoformat(),
        "feature_version": feature_version, "feature_names": list(names), "training_rows": len(rows),
        "validation_rows": len(val_rows), "validation_mae": round(float(np.mean(np.abs(yv - pv))), 4),
        "validation_baseline_mae": round(float(np.mean(np.abs(
            yv - np.array([r["x"]["points_avg_last_10"] for r in val_rows])))), 4),
        "residual_scale": round(residual_scale, 4), "edge_shrink": edge_shrink, "trees": trees, "params": PARAMS,
        "model_path": f"{model_dir(version)}/model.json", "trained_at": datetime.now(UTC).isoformat(),
    }
    model = Model(booster, meta)
    if store is not None:
        save(store, model)
    return model


def save(store: ObjectStore, model: Model) -> None:
    d = model_dir(model.version)
    store.write(f"{d}/model.json", bytes(model.booster.save_raw(raw_format="json")))
    store.write(f"{d}/metadata.json", json.dumps(model.meta, indent=2, sort_keys=True).encode())


def load(store: ObjectStore, version: str) -> Model | None:
    d = model_dir(version)
    if not (store.exists(f"{d}/model.json") and store.exists(f"{d}/metadata.json")):
        return None
    booster = xgb.Booster()
    booster.load_model(bytearray(store.read(f"{d}/model.json")))
    booster.set_param({"nthread": 1})
    return Model(booster, json.loads(store.read(f"{d}/metadata.json")))


def model_for(wh: Warehouse, store: ObjectStore, day: date, *, feature_version: str = CURRENT_VERSION,
              rows: list[dict[str, Any]] | None = None) -> tuple[Model | str, bool]:
    """The model for predicting ``day`` (loaded, else trained and saved) and whether it was trained now."""
    as_of = as_of_for(day)
    found = load(store, version_for(as_of, feature_version))
    if found is not None:
        return found, False
    trained = train(wh, store, as_of, feature_version=feature_version, rows=rows)
    return trained, isinstance(trained, Model)
