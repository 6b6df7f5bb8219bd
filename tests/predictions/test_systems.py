"""Each system on hand-made feature rows (signs fixed: fresher adds, a weak opposing zone adds), the
probability and price rules, and the ensemble's walk-forward weights."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nbaprops.precompute.feature_contract import feature_set
from nbaprops.predictions import ensemble
from nbaprops.predictions.inputs import decode
from nbaprops.predictions.pricing import over_push_probability, payout, recommend
from nbaprops.predictions.systems import Estimate, PastGame, moving_average, similarity, zone_matchup


def row(**over: float) -> dict[str, float]:
    x = dict(feature_set().defaults)
    x.update(points_avg_last_5=20.0, points_avg_last_10=18.0, points_avg_season=16.0, points_std_last_10=4.0,
             fatigue_score=50.0, home_away=1.0)
    x.update(over)
    return x


def test_moving_average_is_the_weighted_average_plus_home():
    est = moving_average(row())
    assert est.mean == pytest.approx(0.5 * 20 + 0.3 * 18 + 0.2 * 16 + 0.4)
    assert est.components["base"] == pytest.approx(18.6)


def test_a_fresher_player_is_predicted_higher_not_lower():
    assert moving_average(row(fatigue_score=90)).mean > moving_average(row(fatigue_score=20)).mean
    assert zone_matchup(row(fatigue_score=90)).mean > zone_matchup(row(fatigue_score=20)).mean


def test_a_weak_opposing_zone_and_a_weak_defence_add_points():
    assert zone_matchup(row(shot_zone_mismatch_score=3)).mean > zone_matchup(row(shot_zone_mismatch_score=-3)).mean
    assert zone_matchup(row(opponent_def_rating=120)).mean > zone_matchup(row(opponent_def_rating=105)).mean
    assert moving_average(row(shot_zone_mismatch_score=3)).mean > moving_average(row()).mean


def test_back_to_back_and_away_cost_points_and_predictions_stay_in_0_60():
    assert moving_average(row(back_to_back=1)).mean < moving_average(row()).mean
    assert moving_average(row(home_away=0)).mean < moving_average(row()).mean
    assert moving_average(row(points_avg_last_5=90, points_avg_last_10=90, points_avg_season=90)).mean == 60


def test_spread_grows_with_the_players_variance():
    assert moving_average(row(points_std_last_10=9)).spread > moving_average(row(points_std_last_10=2)).spread


def test_similarity_needs_five_similar_games_and_weights_them():
    now = row()
    past = [PastGame(date(2024, 11, 1) + timedelta(days=i), 25.0, row()) for i in range(6)]
    est = similarity(now, past)
    assert isinstance(est, Estimate) and est.components["similar_games_count"] == 6
    assert est.components["similarity_baseline"] == pytest.approx(25.0)
    recent = 0.5 * 18 + 0.5 * 16
    assert est.mean == pytest.approx(6 / 14 * 25 + 8 / 14 * recent, abs=1e-6)
    unlike = [PastGame(g.game_date, 25.0, row(opponent_def_rating=100, back_to_back=1, home_away=0)) for g in past]
    assert "only 0 similar" in similarity(now, unlike)  # too few: passes with the reason
    assert isinstance(similarity(now, past[:4]), str)


def test_over_probability_is_a_half_at_the_mean_and_whole_lines_can_push():
    p_over, p_push = over_push_probability(20.0, 5.0, 20.5)
    assert p_over == pytest.approx(0.5 - 0.0398, abs=1e-3) and p_push == 0
    p_over, p_push = over_push_probability(20.0, 5.0, 20.0)
    assert p_push == pytest.approx(0.0797, abs=1e-3) and p_over == pytest.approx((1 - p_push) / 2, abs=1e-9)


def test_recommendation_follows_edge_and_value_at_the_price():
    assert payout(-110) == pytest.approx(100 / 110) and payout(150) == 1.5
    assert recommend(25.0, 5.0, 20.5).recommendation == "OVER"
    assert recommend(15.0, 5.0, 20.5).recommendation == "UNDER"
    small = recommend(21.0, 5.0, 20.5)
    assert small.recommendation == "PASS" and "edge" in small.pass_reason
    expensive = recommend(22.0, 6.0, 20.5, over_odds=-400)  # edge but no value at -400
    assert expensive.recommendation == "PASS" and "expected value" in expensive.pass_reason
    assert recommend(25.0, 5.0, None).pass_reason == "no points line posted"


def test_feature_rows_are_decoded_by_the_contract_and_a_foreign_order_is_refused():
    names = list(feature_set().names)
    values = list(range(len(names)))
    assert decode({"feature_names": names, "features": values})["points_avg_season"] == 2
    with pytest.raises(ValueError):
        decode({"feature_names": list(reversed(names)), "features": values})


def test_ensemble_weights_are_equal_without_history_and_favour_the_more_accurate_system():
    w, method = ensemble.learn_weights({})
    assert method == "equal" and len(set(w.values())) == 1
    # xgboost is the truth plus small noise, the others are noisier: the fit puts its weight on xgboost
    import random
    rng = random.Random(1)
    graded = []
    for _ in range(300):
        truth = rng.uniform(5, 30)
        graded.append(({"moving_average": truth + rng.gauss(0, 6), "zone_matchup": truth + rng.gauss(0, 5),
                        "similarity": truth + rng.gauss(0, 5), "xgboost": truth + rng.gauss(0, 1)}, truth))
    w, method = ensemble.learn_weights(graded)
    assert method == "nnls" and w["xgboost"] > 0.8 and min(w.values()) >= 0
    assert sum(w.values()) == pytest.approx(1.0)
    assert ensemble.learn_weights(graded[:50])[1] == "equal"
    est = ensemble.combine({"moving_average": Estimate(10, 4), "xgboost": Estimate(20, 4)},
                           {"moving_average": 0.25, "xgboost": 0.75})
    assert est.mean == pytest.approx(17.5) and est.spread == pytest.approx(4.0)
    assert isinstance(ensemble.combine({"xgboost": Estimate(20, 4)}, w), str)


def test_calibration_shrinks_the_edge_to_what_history_shows_and_scales_the_spread():
    from nbaprops.predictions.pricing import PRIOR_SHRINK, fit_calibration

    # the actual lands a third of the way from the line to the prediction, 2 points either side
    graded = [(20.0 + e, 4.0, 20.5, 20.5 + (e - 0.5) / 3 + (2 if (i // 4) % 2 else -2))
              for i, e in enumerate([-3.0, -1.0, 1.0, 3.0] * 100)]
    cal = fit_calibration(graded)
    assert cal.shrink == pytest.approx(1 / 3, abs=0.02) and cal.rows == 400
    assert 0 < cal.spread_scale < 2
    assert fit_calibration(graded[:10]).shrink == PRIOR_SHRINK  # too little history: the prior
    full = recommend(23.5, 5.0, 20.5)
    shrunk = recommend(23.5, 5.0, 20.5, shrink=1 / 3)
    assert full.over_probability > shrunk.over_probability > 0.5
    assert recommend(22.5, 5.0, 20.5, shrink=0.2).recommendation == "PASS"  # no value once shrunk


def test_line_shopping_takes_the_side_at_the_book_worth_most_and_names_it():
    from nbaprops.predictions.pricing import Offer, best_price, offers_from

    books = ('{"betmgm": {"open": 20.5, "close": 20.5, "over": -125, "under": 105}, '
             '"draftkings": {"open": 20.5, "close": 20.5, "over": -105, "under": -115}, '
             '"fanduel": {"open": 21.5, "close": 19.5, "over": -115, "under": -105}, '
             '"bettingpros_x": {"open": 20.5, "close": 20.5, "over": null, "under": null}}')
    offers = offers_from(books, 20.5)
    assert Offer("fanduel", 19.5, -115, -105) in offers
    assert best_price(offers, 20.5, "OVER") == (-105, "draftkings")  # best over price at the consensus line
    assert best_price(offers, 20.5, "UNDER") == (105, "betmgm")
    assert best_price(offers, 22.5, "OVER") == (-110, None)  # no book posts it
    over = recommend(24.0, 5.0, 20.5, offers=offers)
    # fanduel's lower line at -115 beats draftkings' 20.5 at -105 for a mean of 24 (value computed for both)
    assert over.recommendation == "OVER" and over.bet == Offer("fanduel", 19.5, -115, -105)
    assert over.bet_odds == -115 and over.expected_value > recommend(24.0, 5.0, 20.5, over_odds=-105).expected_value
    under = recommend(17.0, 5.0, 20.5, offers=offers)
    assert under.recommendation == "UNDER" and under.bet.book == "betmgm" and under.bet_odds == 105
    # the same prices without books: the consensus at -110 (the source has no prices)
    plain = recommend(24.0, 5.0, 20.5, offers=offers_from(None, 20.5))
    assert plain.bet == Offer(None, 20.5) and plain.bet_odds == -110


def test_the_ensemble_combines_many_games_at_once_exactly_as_one_by_one():
    import numpy as np

    nan = float("nan")
    games = [(20.0, 22.0, nan, 21.0), (10.0, nan, nan, nan), (nan, 15.0, 17.0, nan), (8.0, 9.0, 10.0, 11.0)]
    spreads = [(4.0, 5.0, nan, 4.5), (3.0, nan, nan, nan), (nan, 4.0, 4.2, nan), (3.0, 3.1, 3.2, 3.3)]
    for weights in ({"moving_average": 0.1, "zone_matchup": 0.2, "similarity": 0.3, "xgboost": 0.4},
                    {"moving_average": 0.0, "zone_matchup": 0.0, "similarity": 0.0, "xgboost": 1.0}):
        mean, spread, ok = ensemble.combine_arrays(np.array(games), np.array(spreads), weights)
        for i, (g, sd) in enumerate(zip(games, spreads, strict=True)):
            one = ensemble.combine({s: Estimate(m, v) for s, m, v in zip(ensemble.COMPONENTS, g, sd, strict=True)
                                    if m == m}, weights)
            assert ok[i] == (not isinstance(one, str))
            if ok[i]:
                assert (mean[i], spread[i]) == (pytest.approx(one.mean), pytest.approx(one.spread))
