"""``nbaprops train --as-of D``: train the xgboost system on games strictly before D, save it under
``models/xgboost/<version>/`` and register it in ``nba_predictions.ml_models``."""

from __future__ import annotations

import typer

from nbaprops.cli.common import console, environment, parse_date, print_json


def train(
    as_of: str = typer.Option(..., "--as-of", help="Train on games strictly before this date (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Train, save and register the xgboost model as of D (a date with too little history says why)."""
    from nbaprops.predictions import xgb
    from nbaprops.predictions.tables import ML_MODELS

    day = parse_date(as_of, "--as-of")
    with environment(must_exist=True) as env:
        model = xgb.train(env.warehouse, env.store, day, feature_version=xgb.FEATURE_VERSION)
        if isinstance(model, str):
            console.print(f"not trained: {model}")
            raise typer.Exit(1)
        env.warehouse.replace_keys(ML_MODELS, ML_MODELS.key, [model.registry_row()])
    meta = {k: v for k, v in model.meta.items() if k not in ("feature_names",)}
    if as_json:
        print_json(meta)
        return
    console.print(f"trained {meta['model_version']}: {meta['training_rows']} rows "
                  f"{meta['training_start']}..{meta['training_end']} (before {meta['as_of_date']}), "
                  f"{meta['trees']} trees; validation MAE {meta['validation_mae']} vs last-10 "
                  f"{meta['validation_baseline_mae']} on {meta['validation_rows']} rows; saved {meta['model_path']}")
