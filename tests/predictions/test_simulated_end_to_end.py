"""Phase 5 on three simulated weeks through the real runner: features -> predictions -> grading.

Every expected player gets a row per system (a prediction or PASS with a reason); the trained system
passes, with its reason, until it has history, and every model it uses was trained only on games
before the dates it predicts; a rerun replaces a date's rows; grading writes results and daily figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.predictions import PROCESSORS
from nbaprops.predictions.systems_registry import SYSTEMS
from tests.precompute.world import END, START, run_all

NORMAL = RunOptions(skip_downstream_trigger=True)
FORCED = RunOptions(skip_downstream_trigger=True, force=True)


@pytest.fixture(scope="module")
def season(phase4_copy) -> Iterator[Environment]:
    env = phase4_copy()
    run_all(env, PROCESSORS, NORMAL)
    yield env
    env.warehouse.close()


def q(env: Environment, sql: str, **params) -> list[dict]:
    return env.warehouse.query(sql, params)


def test_every_feature_row_has_one_row_per_system(season):
    features = q(season, "SELECT count(*) AS n FROM nba_precompute.ml_feature_store")[0]["n"]
    by_system = q(season, "SELECT system_id, count(*) AS n, count(DISTINCT player_lookup || game_id) AS k "
                          "FROM nba_predictions.player_prop_predictions GROUP BY system_id")
    assert {r["system_id"] for r in by_system} == set(SYSTEMS)
    assert all(r["n"] == features == r["k"] for r in by_system), by_system


def test_pass_rows_always_say_why_and_predictions_have_a_spread(season):
    rows = q(season, "SELECT * FROM nba_predictions.player_prop_predictions")
    assert all(r["pass_reason"] for r in rows if r["recommendation"] == "PASS")
    predicted = [r for r in rows if r["predicted_points"] is not None]
    assert all(0 <= r["predicted_points"] <= 60 and r["predicted_spread"] >= 2.5 for r in predicted)
    assert all(0 <= r["over_probability"] <= 1 for r in predicted if r["current_points_line"] is not None)
    assert {r["recommendation"] for r in rows} <= {"OVER", "UNDER", "PASS"}


def test_rule_systems_predict_from_opening_night_while_xgboost_passes_with_its_reason(season):
    first = q(season, "SELECT system_id, predicted_points, pass_reason FROM nba_predictions.player_prop_predictions "
                      "WHERE game_date = :d", d=START)
    for r in first:
        if r["system_id"] in ("moving_average", "zone_matchup"):
            assert r["predicted_points"] is not None
        if r["system_id"] == "xgboost":
            assert r["predicted_points"] is None and "too little history" in r["pass_reason"]
    later = q(season, "SELECT count(*) AS n FROM nba_predictions.player_prop_predictions "
                      "WHERE system_id = 'xgboost' AND predicted_points IS NOT NULL AND game_date >= :d",
              d=date(2024, 11, 4))
    assert later[0]["n"] > 100


def test_every_model_used_was_trained_only_on_games_before_the_dates_it_predicted(season):
    models = {r["model_version"]: r for r in q(season, "SELECT * FROM nba_predictions.ml_models")}
    assert models
    for m in models.values():
        assert m["training_end"] < m["as_of_date"] and m["training_rows"] >= 400 and m["validation_mae"] > 0
        assert season.store.exists(m["model_path"])
    used = q(season, "SELECT model_version, min(game_date) AS lo FROM nba_predictions.player_prop_predictions "
                     "WHERE system_id = 'xgboost' AND model_version IS NOT NULL GROUP BY model_version")
    for u in used:
        assert models[u["model_version"]]["training_end"] < u["lo"]
        assert models[u["model_version"]]["as_of_date"] <= u["lo"]


def test_a_forced_rerun_of_a_date_replaces_its_rows_without_duplicates(season):
    day = date(2024, 11, 6)
    before = q(season, "SELECT system_id, count(*) AS n FROM nba_predictions.player_prop_predictions "
                       "WHERE game_date = :d GROUP BY system_id ORDER BY system_id", d=day)
    runs = set()
    for proc in PROCESSORS:
        report = run_processor(season, proc, day, day, options=FORCED)
        assert report.ok, proc.name
        runs.add(report.run_id)
    after = q(season, "SELECT system_id, count(*) AS n FROM nba_predictions.player_prop_predictions "
                      "WHERE game_date = :d GROUP BY system_id ORDER BY system_id", d=day)
    assert after == before
    ids = q(season, "SELECT DISTINCT prediction_run_id FROM nba_predictions.player_prop_predictions "
                    "WHERE game_date = :d", d=day)
    assert {r["prediction_run_id"] for r in ids} <= runs
    dupes = q(season, "SELECT count(*) AS n FROM (SELECT system_id, player_lookup, game_id FROM "
                      "nba_predictions.prediction_results GROUP BY 1, 2, 3 HAVING count(*) > 1)")
    assert dupes[0]["n"] == 0


def test_grading_counts_pushes_apart_and_returns_follow_the_price(season):
    rows = q(season, "SELECT * FROM nba_predictions.prediction_results")
    assert rows
    for r in rows:
        if r["prediction_line"] is None:
            assert r["actual_result"] is None
            continue
        expected = "OVER" if r["actual_points"] > r["prediction_line"] else (
            "UNDER" if r["actual_points"] < r["prediction_line"] else "PUSH")
        assert r["actual_result"] == expected
        if r["predicted_recommendation"] == "PASS":
            assert r["bet_return"] is None and r["prediction_correct"] is None
        elif expected == "PUSH":
            assert r["bet_return"] == 0 and r["prediction_correct"] is None
        else:
            assert r["prediction_correct"] == (r["predicted_recommendation"] == expected)
            assert r["bet_return"] == pytest.approx(100 / 110 if r["prediction_correct"] else -1.0)
    perf = q(season, "SELECT * FROM nba_predictions.system_daily_performance")
    assert {r["system_id"] for r in perf} == set(SYSTEMS)
    for p in perf:
        assert p["bets"] == p["over_count"] + p["under_count"] - p["pushes"] - _unlined_bets(season, p)


def _unlined_bets(env, p) -> int:
    return 0  # a recommended bet always has a line (no line = PASS)


def test_evaluate_and_train_commands_report_each_system_beside_the_market_and_last_10(season, monkeypatch):
    import json

    from typer.testing import CliRunner

    from nbaprops.cli.main import app

    path = q(season, "SELECT path FROM duckdb_databases() WHERE NOT internal AND path IS NOT NULL")[0]["path"]
    season.warehouse.close()
    monkeypatch.setenv("NBAPROPS_WAREHOUSE", f"duckdb:///{path}")
    monkeypatch.setenv("NBAPROPS_OBJECT_STORE", season.store.uri(""))
    monkeypatch.setenv("NBAPROPS_HOME", str(Path(path).parent))
    runner = CliRunner()
    out = runner.invoke(app, ["evaluate", "--start-date", START.isoformat(), "--end-date", END.isoformat(), "--json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    assert set(report["systems"]) == {"moving_average", "zone_matchup", "similarity", "xgboost", "ensemble"}
    ma = report["systems"]["moving_average"]
    assert ma["with_line"]["system"]["n"] == ma["with_line"]["market_line"]["n"] == ma["with_line"]["last_10"]["n"]
    assert ma["with_line"]["market_line"]["mae"] > 0 and 0 <= ma["probability"]["brier"] <= 1
    page = Path(path).parent / "report.html"
    text = runner.invoke(app, ["evaluate", "--start-date", START.isoformat(), "--end-date", END.isoformat(),
                               "--system", "xgboost", "--html", str(page)])
    assert text.exit_code == 0 and "xgboost" in text.output and "moving_average" not in text.output
    body = page.read_text()
    assert body.count('src="data:image/png;base64,') == 4 and "http" not in body  # plots inline, offline
    trained = runner.invoke(app, ["train", "--as-of", "2024-11-12", "--json"])
    assert trained.exit_code == 0, trained.output
    meta = json.loads(trained.stdout)
    assert meta["training_end"] < "2024-11-12" and meta["model_version"].endswith("20241112")
    early = runner.invoke(app, ["train", "--as-of", "2024-10-23"])
    assert early.exit_code == 1 and "too little history" in early.output
