"""Phase 5 on three simulated weeks through the real runner: features -> predictions -> grading.

Every expected player gets a row per system (a prediction or PASS with a reason); the trained system
passes, with its reason, until it has history, and every model it uses was trained only on games
before the dates it predicts; a rerun replaces a date's rows; grading writes results and daily figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from nbaprops.cli.main import app
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.predictions import PROCESSORS
from nbaprops.predictions.pricing import payout
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


def _rows_of(env: Environment, day: date) -> list[dict]:
    return q(env, "SELECT system_id, player_lookup, game_id, prediction_run_id, is_active, current_points_line, "
                  "superseded_by FROM nba_predictions.player_prop_predictions WHERE game_date = :d "
                  "ORDER BY ALL", d=day)


def _rerun(env: Environment, day: date) -> dict[str, str]:
    runs = {}
    for proc in PROCESSORS:
        report = run_processor(env, proc, day, day, options=FORCED)
        assert report.ok, proc.name
        runs[proc.name] = report.run_id
    return runs


def test_an_identical_forced_rerun_of_a_date_adds_no_row_and_keeps_the_run_ids(season):
    day = date(2024, 11, 6)
    before = _rows_of(season, day)
    assert before and all(r["is_active"] for r in before)
    _rerun(season, day)
    assert _rows_of(season, day) == before  # same rows, same prediction_run_id: nothing new, nothing superseded
    dupes = q(season, "SELECT count(*) AS n FROM (SELECT system_id, player_lookup, game_id FROM "
                      "nba_predictions.prediction_results GROUP BY 1, 2, 3 HAVING count(*) > 1)")
    assert dupes[0]["n"] == 0


def test_a_rerun_after_a_line_moved_keeps_the_earlier_rows_marked_superseded_and_grades_only_the_new(season):
    day = date(2024, 11, 7)
    moved = q(season, "SELECT player_lookup, game_id, current_line FROM nba_analytics.upcoming_player_game_context "
                      "WHERE game_date = :d AND current_line IS NOT NULL ORDER BY player_lookup LIMIT 1", d=day)[0]
    before = _rows_of(season, day)
    season.warehouse.execute(
        "UPDATE nba_analytics.upcoming_player_game_context SET current_line = current_line + 2, "
        "points_line_by_book = NULL WHERE game_date = :d AND player_lookup = :p",
        {"d": day, "p": moved["player_lookup"]})
    runs = _rerun(season, day)
    after = _rows_of(season, day)
    others = [r for r in after if r["player_lookup"] != moved["player_lookup"]]
    assert others == [r for r in before if r["player_lookup"] != moved["player_lookup"]]  # untouched
    his = [r for r in after if r["player_lookup"] == moved["player_lookup"]]
    assert len(his) == 2 * len(SYSTEMS)
    for system in SYSTEMS:
        old, new = sorted((r for r in his if r["system_id"] == system), key=lambda r: r["is_active"])
        assert (old["is_active"], old["current_points_line"]) == (False, moved["current_line"])
        assert (new["is_active"], new["current_points_line"]) == (True, moved["current_line"] + 2)
        assert old["superseded_by"] == new["prediction_run_id"] == runs[system]
    graded = q(season, "SELECT system_id, prediction_line FROM nba_predictions.prediction_results "
                       "WHERE game_date = :d AND player_lookup = :p", d=day, p=moved["player_lookup"])
    if graded:  # he played: graded once per system, against the new line only
        assert sorted(g["system_id"] for g in graded) == sorted(SYSTEMS)
        assert {g["prediction_line"] for g in graded} == {moved["current_line"] + 2}
    superseded = q(season, "SELECT count(*) AS n FROM nba_predictions.system_predictions_xgboost "
                           "WHERE game_date = :d AND NOT is_active AND superseded_at IS NOT NULL", d=day)
    assert superseded[0]["n"] == 1


def test_prices_come_from_the_books_and_bets_are_graded_at_the_shopped_line_and_price(season):
    rows = q(season, "SELECT p.player_lookup, p.game_id, p.current_points_line, p.over_odds_american, p.over_book, "
                     "p.under_odds_american, p.under_book, CAST(u.points_line_by_book AS VARCHAR) AS books "
                     "FROM nba_predictions.player_prop_predictions p JOIN nba_analytics.upcoming_player_game_context u "
                     "USING (player_lookup, game_id, game_date) WHERE p.is_active AND p.system_id = 'moving_average' "
                     "AND u.points_line_by_book IS NOT NULL")
    assert len(rows) > 500
    for r in rows:  # the best price for each side among the books posting the consensus line, and its book
        books = {b: v for b, v in json.loads(r["books"]).items() if v["close"] == r["current_points_line"]}
        assert payout(r["over_odds_american"]) == max(payout(v["over"]) for v in books.values())  # -100 = +100
        assert books[r["over_book"]]["over"] == r["over_odds_american"]
        assert books[r["under_book"]]["under"] == r["under_odds_american"]
    assert len({r["over_odds_american"] for r in rows}) > 3  # real prices, not -110 everywhere
    # three weeks in, features are not production-ready and every system passes: hand-make two bets on
    # one date's active rows (taken at a book's line and price) and grade that date again
    day = date(2024, 11, 8)
    won, pushed = q(season, "SELECT p.system_id, p.player_lookup, s.points "
                            "FROM nba_predictions.player_prop_predictions p "
                            "JOIN nba_analytics.player_game_summary s USING (player_lookup, game_id, game_date) "
                            "WHERE p.game_date = :d AND p.is_active AND s.minutes > 0 AND p.current_points_line "
                            "IS NOT NULL ORDER BY p.system_id, p.player_lookup LIMIT 2", d=day)
    for r, side, line, odds in ((won, "OVER", won["points"] - 0.5, 120), (pushed, "UNDER", pushed["points"], -130)):
        season.warehouse.execute(
            "UPDATE nba_predictions.player_prop_predictions SET recommendation = :side, pass_reason = NULL, "
            "bet_book = 'fanduel', bet_line = :line, bet_odds_american = :odds WHERE game_date = :d AND is_active "
            "AND system_id = :s AND player_lookup = :p",
            {"side": side, "line": line, "odds": odds, "d": day, "s": r["system_id"], "p": r["player_lookup"]})
    grading = [p for p in PROCESSORS if p.name in ("prediction_results", "system_daily_performance")]
    for proc in grading:
        assert run_processor(season, proc, day, day, options=FORCED).ok
    graded = {r["player_lookup"]: r for r in q(
        season, "SELECT * FROM nba_predictions.prediction_results WHERE game_date = :d AND bet_line IS NOT NULL",
        d=day)}
    assert (graded[won["player_lookup"]]["bet_result"], graded[won["player_lookup"]]["bet_return"]) == ("OVER", 1.2)
    assert graded[won["player_lookup"]]["prediction_correct"] is True
    push = graded[pushed["player_lookup"]]
    assert (push["bet_result"], push["bet_return"], push["prediction_correct"]) == ("PUSH", 0.0, None)
    for r in q(season, "SELECT * FROM nba_predictions.prediction_results"):
        if r["prediction_line"] is None:
            assert r["actual_result"] is None
            continue
        expected = "OVER" if r["actual_points"] > r["prediction_line"] else (
            "UNDER" if r["actual_points"] < r["prediction_line"] else "PUSH")
        assert r["actual_result"] == expected
        if r["predicted_recommendation"] == "PASS":
            assert r["bet_return"] is None and r["prediction_correct"] is None
    perf = q(season, "SELECT * FROM nba_predictions.system_daily_performance WHERE game_date = :d", d=day)
    assert {r["system_id"] for r in perf} == set(SYSTEMS)
    assert sum(p["pushes"] for p in perf) == 1 and sum(p["units_return"] for p in perf) == pytest.approx(1.2)
    for p in perf:
        assert p["bets"] == p["over_count"] + p["under_count"] - p["pushes"]


@pytest.fixture(scope="module")
def warehouse_path(season) -> str:
    return q(season, "SELECT path FROM duckdb_databases() WHERE NOT internal AND path IS NOT NULL")[0]["path"]


def _cli(season: Environment, path: str, monkeypatch) -> CliRunner:
    """The commands on the season's files (the test's own connection closed: DuckDB has one writer)."""
    season.warehouse.close()
    monkeypatch.setenv("NBAPROPS_WAREHOUSE", f"duckdb:///{path}")
    monkeypatch.setenv("NBAPROPS_OBJECT_STORE", season.store.uri(""))
    monkeypatch.setenv("NBAPROPS_HOME", str(Path(path).parent))
    return CliRunner()


def test_evaluate_and_train_commands_report_each_system_beside_the_market_and_last_10(season, warehouse_path,
                                                                                       monkeypatch):
    path = warehouse_path
    runner = _cli(season, path, monkeypatch)
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


def test_validate_phase_5_names_each_player_without_a_row_and_the_command_that_fills_it(season, warehouse_path,
                                                                                        monkeypatch):
    runner = _cli(season, warehouse_path, monkeypatch)
    args = ["validate", "--phase", "5", "--start-date", START.isoformat(), "--end-date", END.isoformat(), "--json"]
    ok = runner.invoke(app, args)
    assert ok.exit_code == 0, ok.output
    players = json.loads(ok.stdout)["players"]
    assert players["expected_rows"] == players["predicted_rows"] + players["passed_with_reason"] > 0
    assert players["graded_rows"] == players["graded_expected"] > 0
    assert not [p for p in players["problems"] if p["gating"]]
    day = date(2024, 11, 5)
    with duckdb.connect(warehouse_path) as con:  # a player's similarity row lost, and another's reason
        gone, blank = con.execute(
            "SELECT player_lookup FROM nba_predictions.system_predictions_similarity WHERE game_date = ? "
            "AND is_active AND recommendation = 'PASS' ORDER BY player_lookup LIMIT 2", [day]).fetchall()
        con.execute("DELETE FROM nba_predictions.system_predictions_similarity WHERE game_date = ? "
                    "AND player_lookup = ?", [day, gone[0]])
        con.execute("UPDATE nba_predictions.system_predictions_xgboost SET pass_reason = NULL, recommendation = "
                    "'PASS' WHERE game_date = ? AND player_lookup = ?", [day, blank[0]])
    bad = runner.invoke(app, args)
    assert bad.exit_code == 1
    problems = {(p["table"], p["kind"]): p for p in json.loads(bad.stdout)["players"]["problems"] if p["gating"]}
    missing = problems[("nba_predictions.system_predictions_similarity", "expected player without a row")]
    assert missing["examples"] == [gone[0]] and missing["game_date"] == day.isoformat()
    assert missing["fix"].startswith("nbaprops run predictions/similarity --start-date 2024-11-05")
    unexplained = problems[("nba_predictions.system_predictions_xgboost", "PASS without a reason")]
    assert unexplained["examples"] == [blank[0]]
    text = runner.invoke(app, args[:-1])
    assert "expected player without a row" in text.output and gone[0] in text.output
    for fix in (missing["fix"], unexplained["fix"]):  # the printed commands fill the gaps
        out = runner.invoke(app, fix.split()[1:])
        assert out.exit_code == 0, out.output
    assert runner.invoke(app, args).exit_code == 0


def test_the_html_report_renders_its_plots_in_a_headless_browser(season, warehouse_path, monkeypatch, tmp_path):
    from tests.predictions.browser import render

    runner = _cli(season, warehouse_path, monkeypatch)
    page = tmp_path / "report.html"
    out = runner.invoke(app, ["evaluate", "--start-date", START.isoformat(), "--end-date", END.isoformat(),
                              "--html", str(page)])
    assert out.exit_code == 0, out.output
    shown = render(page, tmp_path)
    assert shown.console_errors == []
    assert shown.dom.count("<img") == 4 and "Calibration of" not in shown.dom  # the plots are images, not text
    for title in ("Calibration", "Hit rate and return by edge", "MAE by week", "Predicted vs actual"):
        assert f'<img alt="{title}" src="data:image/png;base64,' in shown.dom
    assert "<td>xgboost</td>" in shown.dom
    assert len(shown.tall_bands()) == 4, shown.tall_bands()  # each of the four figures was decoded and drawn
    # the check is not vacuous: a page whose image does not decode and whose script throws fails both ways
    broken = tmp_path / "broken.html"
    broken.write_text('<!doctype html><html><body><h1>x</h1><img alt="Calibration" src="data:image/png;base64,AAAA">'
                      "<script>undefinedFunction()</script></body></html>")
    bad = render(broken, tmp_path)
    assert bad.tall_bands() == [] and any("undefinedFunction" in e for e in bad.console_errors)
