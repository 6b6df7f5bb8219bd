"""nba_precompute.player_composite_factors: the adjustment factors of each expected player on D.

Four factors (calculation version ``v1_4factors``), each from data known before D:

- ``fatigue_score`` 0-100, **higher = fresher** (the one convention, also in the feature store):
  100, -15 on a back-to-back (+5 after two or more days off), -10 for 4+ games in 7 days, -10 for
  240+ minutes in 7 days, -8 above 35 minutes a game in them, -12 / -5 for two / one back-to-backs in
  14 days, -10 / -5 at age 35 / 30; clamped. ``fatigue_adjustment`` = (score - 100) / 20.
- ``shot_zone_mismatch_score`` -10..10: the opponent's rate allowed in the player's main zone against
  the league (percentage points, + = weak defence) x min(his rate there / 50, 1), x1.2 beyond 5.
  **Positive = a weak opposing zone helps the shooter.**
- ``pace_score`` = pace differential / 2, clamped to +-3.
- ``usage_spike_score`` = (projected usage - season usage) x 0.3, x1.15 / x1.30 with one / two or
  more teammates out when positive, clamped to +-3.

A factor whose inputs are missing is 0, flagged (``*_defaulted``) and its inputs named in
``defaulted_inputs``; nothing NULL enters the arithmetic.
"""

from __future__ import annotations

from nbaprops.precompute.columns import completeness_columns
from nbaprops.precompute.reads import phase3_window, precompute_processor, same_date
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_precompute",
    "player_composite_factors",
    (
        col("player_lookup", "STRING", True), col("game_id", "STRING", True), col("game_date", "DATE", True),
        col("season_year", "INT64", True), col("team_abbr", "STRING"), col("opponent_team_abbr", "STRING"),
        col("days_rest", "INT64", False, "days off before D (0 = back-to-back); NULL for the first game"),
        col("opponent_days_rest", "INT64"), col("is_back_to_back", "BOOL", True),
        col("games_in_last_7_days", "INT64", True), col("minutes_in_last_7_days", "FLOAT64", True),
        col("avg_minutes_per_game_last_7", "FLOAT64", True),
        col("back_to_backs_last_14_days", "INT64", True), col("player_age", "INT64"),
        col("fatigue_score", "INT64", True, "0-100, higher = fresher"),
        col("fatigue_adjustment", "FLOAT64", True, "(fatigue_score - 100) / 20: -5..0"),
        col("shot_zone_mismatch_score", "FLOAT64", True, "-10..10, + = weak opposing zone helps him; 0 if defaulted"),
        col("mismatch_zone", "STRING", False, "the zone compared: paint | mid_range | three"),
        col("shot_zone_mismatch_defaulted", "BOOL", True),
        col("pace_score", "FLOAT64", True), col("pace_score_defaulted", "BOOL", True),
        col("usage_spike_score", "FLOAT64", True), col("usage_spike_defaulted", "BOOL", True),
        col("total_composite_adjustment", "FLOAT64", True, "fatigue adjustment + mismatch + pace + usage"),
        col("defaulted_inputs", "JSON", True, "inputs that were NULL and replaced by a neutral value"),
        col("has_warnings", "BOOL", True), col("warning_details", "JSON", True),
        col("calculation_version", "STRING", True),
        *completeness_columns(10),
    ),
    key=("player_lookup", "game_id"),
    partition="game_date",
    cluster=("player_lookup",),
    description="Each expected player's fatigue, zone-matchup, pace and usage factors for the analysis date.",
)

PROCESSOR = precompute_processor("player_composite_factors", TABLE, __file__, (
    same_date("nba_analytics.upcoming_player_game_context"),
    same_date("nba_analytics.upcoming_team_game_context"),
    same_date("nba_precompute.team_defense_zone_analysis"),
    same_date("nba_precompute.player_shot_zone_analysis"),
    phase3_window("nba_analytics.player_game_summary", season_to_date=True),
))
