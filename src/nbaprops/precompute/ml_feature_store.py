"""nba_precompute.ml_feature_store: the feature vector of every player expected in a game on D.

One row per (player, game, date) for every player of upcoming_player_game_context, with or without a
points line: the features of the contract's version (``feature_contract``: 25 features of
``v1_baseline_25`` in the reference's order), each with its source (phase4, phase3 fallback,
calculated, default) and the row's ``feature_quality_score`` (mean source weight: 100 / 75 / 100 / 40).
The SQL's feature selection and vectors are generated from the contract, so the order Phase 5 reads
and the order written are one list. A later version is another ``FeatureSet`` written by its own
processor and table (``feature_version`` on every row); v1 rows are never rewritten by it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from nbaprops.orchestration.sql_processor import SqlCompute
from nbaprops.precompute.columns import PRODUCTION_READY_PCT
from nbaprops.precompute.feature_contract import CURRENT_VERSION, V2_CONTEXT_31, feature_sql, vector_sql
from nbaprops.precompute.reads import precompute_processor, same_date
from nbaprops.storage.schema import Table, col

_MARKER = re.compile(r"^[ \t]*--[ \t]*@(features|vector)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class FeatureSqlCompute(SqlCompute):
    """The SQL file with its ``-- @features`` / ``-- @vector`` lines generated from the contract."""

    version: str = CURRENT_VERSION

    @property
    def sql(self) -> str:
        generators = {"features": feature_sql, "vector": vector_sql}
        return _MARKER.sub(lambda m: "  " + generators[m.group(1)](self.version), super().sql)


TABLE = Table(
    "nba_precompute",
    "ml_feature_store",
    (
        col("player_lookup", "STRING", True), col("game_id", "STRING", True), col("game_date", "DATE", True),
        col("season_year", "INT64", True), col("team_abbr", "STRING"), col("opponent_team_abbr", "STRING"),
        col("is_home", "BOOL"), col("has_prop_line", "BOOL", True),
        col("feature_version", "STRING", True, "the feature_contract version these vectors follow"),
        col("feature_count", "INT64", True),
        col("feature_names", "JSON", True, "the contract's names, in order"),
        col("features", "JSON", True, "the values, in the contract's order; never NULL (defaults recorded)"),
        col("feature_sources", "JSON", True, "per feature: phase4 | phase3 | calculated | default"),
        col("feature_quality_score", "FLOAT64", True,
            "mean source weight: phase4 100, calculated 100, phase3 75, default 40"),
        col("data_source", "STRING", True, "phase4 (no default) | phase4_partial | mostly_defaults"),
        col("defaulted_features", "JSON", True, "names of the features that took their default"),
        col("default_feature_count", "INT64", True),
        col("expected_games_count", "INT64", True, "from player_daily_cache: his team's games before D"),
        col("actual_games_count", "INT64", True), col("missing_games_count", "INT64", True),
        col("completeness_percentage", "FLOAT64", True),
        col("l5_completeness_pct", "FLOAT64", True), col("l10_completeness_pct", "FLOAT64", True),
        col("is_production_ready", "BOOL", True,
            f"daily cache (>= {PRODUCTION_READY_PCT:g}% and full window), composite factors, shot zones and the "
            "opponent's zone defence are all production-ready"),
        col("data_quality_issues", "JSON", True),
        col("quality_score", "INT64", True, "min(feature_quality_score, the daily cache's quality score)"),
        col("early_season_flag", "BOOL", True), col("early_season_reason", "STRING"),
    ),
    key=("player_lookup", "game_id", "game_date"),
    partition="game_date",
    cluster=("player_lookup",),
    description="Every expected player's feature vector for the analysis date, with sources and quality.",
)

_PROCESSOR = precompute_processor("ml_feature_store", TABLE, __file__, (
    same_date("nba_analytics.upcoming_player_game_context"),
    same_date("nba_precompute.team_defense_zone_analysis"),
    same_date("nba_precompute.player_shot_zone_analysis"),
    same_date("nba_precompute.player_composite_factors"),
    same_date("nba_precompute.player_daily_cache"),
), schedule=False)
PROCESSOR = dataclasses.replace(
    _PROCESSOR, compute=FeatureSqlCompute(_PROCESSOR.compute.sql_path, TABLE, CURRENT_VERSION))  # type: ignore[attr-defined]

# v2 (feature_contract.V2_CONTEXT_31): the same statement generated for the v2 contract, into its own table
TABLE_V2 = dataclasses.replace(TABLE, name="ml_feature_store_v2",
                               description=f"{TABLE.description} Feature version {V2_CONTEXT_31.version}.")
PROCESSOR_V2 = dataclasses.replace(
    PROCESSOR, name="ml_feature_store_v2", table=TABLE_V2,
    compute=FeatureSqlCompute(_PROCESSOR.compute.sql_path, TABLE_V2, V2_CONTEXT_31.version))  # type: ignore[attr-defined]
TABLES = {CURRENT_VERSION: TABLE, V2_CONTEXT_31.version: TABLE_V2}  # each version's table
