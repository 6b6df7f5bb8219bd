"""The feature contract is the one list of features, and every Phase 4 statement is portable SQL.

Phase 5 imports ``feature_contract``; the feature store's SQL is generated from it, so these tests
pin the reference's order and defaults and check the generated SQL follows the contract.
"""

from __future__ import annotations

import pytest
import sqlglot
from sqlglot.errors import ErrorLevel

from nbaprops.precompute import PROCESSORS, ml_feature_store
from nbaprops.precompute.feature_contract import (
    CURRENT_VERSION,
    FEATURE_SETS,
    SOURCE_WEIGHTS,
    feature_set,
    feature_sql,
)

REFERENCE_ORDER = (
    "points_avg_last_5", "points_avg_last_10", "points_avg_season", "points_std_last_10", "games_in_last_7_days",
    "fatigue_score", "shot_zone_mismatch_score", "pace_score", "usage_spike_score", "rest_advantage",
    "injury_risk", "recent_trend", "minutes_change", "opponent_def_rating", "opponent_pace", "home_away",
    "back_to_back", "playoff_game", "pct_paint", "pct_mid_range", "pct_three", "pct_free_throw", "team_pace",
    "team_off_rating", "team_win_pct",
)


def test_v1_is_the_reference_vector_in_order_with_its_defaults():
    v1 = feature_set("v1_baseline_25")
    assert CURRENT_VERSION == "v1_baseline_25" and v1.names == REFERENCE_ORDER and len(v1) == 25
    assert v1.defaults == {**dict.fromkeys(REFERENCE_ORDER, 0.0),
                           "points_avg_last_5": 10.0, "points_avg_last_10": 10.0, "points_avg_season": 10.0,
                           "points_std_last_10": 5.0, "games_in_last_7_days": 3.0, "fatigue_score": 50.0,
                           "opponent_def_rating": 112.0, "opponent_pace": 100.0, "pct_paint": 0.30,
                           "pct_mid_range": 0.20, "pct_three": 0.35, "pct_free_throw": 0.15, "team_pace": 100.0,
                           "team_off_rating": 112.0, "team_win_pct": 0.5}
    assert all(set(f.sources) <= set(SOURCE_WEIGHTS) - {"default"} for f in v1.features)


def test_an_unknown_version_names_the_known_ones():
    with pytest.raises(KeyError, match="v1_baseline_25"):
        feature_set("v2_nope")
    assert list(FEATURE_SETS) == ["v1_baseline_25", "v2_context_31"]


def test_v2_is_v1_unchanged_then_the_pre_tip_context_in_its_own_table():
    v1, v2 = feature_set("v1_baseline_25"), feature_set("v2_context_31")
    assert v2.names[:25] == v1.names == REFERENCE_ORDER and v2.features[:25] == v1.features
    assert v2.names[25:] == ("teammates_out", "team_spread", "game_total", "line_movement", "books_line_spread",
                             "line_books_count")
    sql = ml_feature_store.PROCESSOR_V2.compute.sql
    assert feature_sql("v2_context_31") in sql and feature_sql() in ml_feature_store.PROCESSOR.compute.sql
    assert "teammates_out__value" not in ml_feature_store.PROCESSOR.compute.sql  # v1's statement is v1's
    assert ml_feature_store.PROCESSOR_V2.output_table == "nba_precompute.ml_feature_store_v2"
    for f in v2.features:
        for source in f.sources:
            assert f" AS {f.name}__{source}" in sql, (f.name, source)


def test_the_feature_store_sql_is_generated_from_the_contract_in_its_order():
    sql = ml_feature_store.PROCESSOR.compute.sql
    assert "\n  -- @features\n" not in sql and "\n  -- @vector\n" not in sql and feature_sql() in sql
    positions = [sql.index(f"{name}__value") for name in REFERENCE_ORDER]
    assert positions == sorted(positions)
    for f in feature_set().features:  # every candidate column the contract names is computed in base
        for source in f.sources:
            assert f" AS {f.name}__{source}" in sql, (f.name, source)


@pytest.mark.parametrize("processor", PROCESSORS, ids=lambda p: p.name)
def test_each_statement_transpiles_to_bigquery_and_reads_exactly_what_it_declares(processor):
    out = sqlglot.transpile(processor.compute.sql, read="duckdb", write="bigquery",
                            unsupported_level=ErrorLevel.RAISE)
    assert len(out) == 1
    assert processor.compute.tables_read() == {u.table for u in processor.reads}
