"""The trained system on hand-made history: never trained on the as-of date or later, saved and loaded
from the object store, and passing with a reason when history is too short."""

from __future__ import annotations

import random
from datetime import date, timedelta

from nbaprops.precompute.feature_contract import feature_set
from nbaprops.predictions import xgb
from nbaprops.storage.object_store import ObjectStore


def history(days: int, per_day: int = 60) -> list[dict]:
    rng = random.Random(3)
    rows = []
    for d in range(days):
        for p in range(per_day):
            x = dict(feature_set().defaults)
            level = 5 + (p % 25)
            x.update(points_avg_last_5=level + rng.gauss(0, 2), points_avg_last_10=level + rng.gauss(0, 1),
                     points_avg_season=level)
            rows.append({"game_date": date(2024, 10, 22) + timedelta(days=d), "x": x,
                         "points": max(0, round(level + rng.gauss(0, 4)))})
    return rows


def test_a_model_as_of_d_never_saw_d_or_later_and_round_trips_through_the_store(tmp_path):
    store = ObjectStore(str(tmp_path / "store"))
    rows = history(20)
    as_of = date(2024, 11, 4)
    model = xgb.train(None, store, as_of, rows=rows)  # rows after as_of are offered and must be ignored
    assert isinstance(model, xgb.Model)
    assert date.fromisoformat(model.meta["training_end"]) < as_of
    assert model.meta["training_rows"] == sum(1 for r in rows if r["game_date"] < as_of)
    assert model.meta["validation_mae"] < model.meta["validation_baseline_mae"] * 1.2
    assert store.exists(f"models/xgboost/{model.version}/model.json")
    loaded = xgb.load(store, model.version)
    xs = [r["x"] for r in rows[:5]]
    assert loaded is not None and loaded.predict(xs) == model.predict(xs)
    assert model.registry_row()["training_end"] < model.registry_row()["as_of_date"]


def test_too_little_history_is_a_reason_not_a_model(tmp_path):
    reason = xgb.train(None, None, date(2024, 10, 24), rows=history(2))
    assert isinstance(reason, str) and "too little history" in reason


def test_weekly_cadence_trains_as_of_the_monday_on_or_before_the_date():
    assert xgb.as_of_for(date(2024, 11, 6)) == date(2024, 11, 4)
    assert xgb.as_of_for(date(2024, 11, 4)) == date(2024, 11, 4)


def test_recent_form_is_the_state_after_the_last_game_strictly_before_the_date():
    from nbaprops.predictions.form import ALPHA, Form

    games = [{"player_lookup": "a", "game_date": date(2024, 11, d), "points": p, "minutes": 30.0}
             for d, p in ((1, 10), (3, 20), (5, 30))]
    form = Form(games)
    assert form.at("a", date(2024, 11, 1))["ewma_points"] != form.at("a", date(2024, 11, 1))["ewma_points"]  # NaN
    assert form.at("a", date(2024, 11, 3))["ewma_points"] == 10  # the game of the 3rd is not known on the 3rd
    assert form.at("a", date(2024, 11, 4))["ewma_points"] == (1 - ALPHA) * 10 + ALPHA * 20
    assert form.at("a", date(2024, 11, 30))["minutes_avg_last_3"] == 30


def test_season_rates_are_before_the_date_and_restart_after_the_off_season():
    from nbaprops.predictions.form import FORM_FEATURES, Form

    games = [{"player_lookup": "a", "game_date": d, "points": p, "minutes": m, "fga": 10, "fta": 2,
              "usage_rate": 20.0}
             for d, p, m in ((date(2024, 3, 1), 40, 40.0), (date(2024, 11, 1), 10, 20.0),
                             (date(2024, 11, 3), 30, 30.0))]
    form = Form(games)
    on_3rd = form.at("a", date(2024, 11, 3))  # only the game of the 1st this season: last season's is not counted
    assert on_3rd["season_games"] == 1 and on_3rd["season_points_per_minute"] == 0.5
    assert on_3rd["last_minutes"] == 20
    later = form.at("a", date(2024, 11, 10))
    assert later["season_games"] == 2 and later["season_points_per_minute"] == 40 / 50
    assert later["season_rate_at_recent_minutes"] == 40 / 50 * later["ewma_minutes_fast"]
    assert later["ewma_fga"] == 10 and set(later) == set(FORM_FEATURES)


def test_on_v2_the_model_learns_from_the_injury_report_and_game_lines(tmp_path):
    """v2 rows where teammates out free points: the model trained on v2 predicts more with more out."""
    rng = random.Random(5)
    v2 = feature_set("v2_context_31")
    rows = []
    for d in range(20):
        for p in range(60):
            x = dict(v2.defaults)
            level, out = 5 + (p % 25), rng.choice((0.0, 1.0, 2.0, 3.0))
            x.update(points_avg_last_5=level, points_avg_last_10=level, points_avg_season=level, teammates_out=out)
            rows.append({"game_date": date(2024, 10, 22) + timedelta(days=d), "x": x,
                         "points": max(0, round(level + 2.5 * out + rng.gauss(0, 3)))})
    model = xgb.train(None, None, date(2024, 11, 11), rows=rows, feature_version=v2.version)
    assert isinstance(model, xgb.Model) and model.meta["feature_version"] == "v2_context_31"
    assert model.version.startswith("xgb_v2_context_31_") and "teammates_out" in model.meta["feature_names"]
    base = {**v2.defaults, "points_avg_last_5": 15.0, "points_avg_last_10": 15.0, "points_avg_season": 15.0}
    (none, _), (three, _) = model.predict([{**base, "teammates_out": 0.0}, {**base, "teammates_out": 3.0}])
    assert three - none > 4  # 2.5 points per absent teammate, learned
