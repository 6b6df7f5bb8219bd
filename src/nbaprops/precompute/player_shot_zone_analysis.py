"""nba_precompute.player_shot_zone_analysis: each expected player's shot mix before D.

Over his last 10 and 20 played games of the season before D: the share of shots from the paint,
mid-range and three (percent), make rates, attempts per game, assisted / unassisted share of makes,
and the primary scoring zone. Only play-by-play zones count; where Phase 3 had to estimate them (no
play-by-play, as in the real box-score data) the rates stay NULL and the row is flagged, never invented.
"""

from __future__ import annotations

from nbaprops.precompute.columns import completeness_columns
from nbaprops.precompute.reads import phase3_window, precompute_processor, same_date
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_precompute",
    "player_shot_zone_analysis",
    (
        col("player_lookup", "STRING", True), col("game_date", "DATE", True, "analysis date D"),
        col("season_year", "INT64", True), col("team_abbr", "STRING", False, "his team on D"),
        col("games_used_last_10", "INT64", True, "played games in the window (up to 10)"),
        col("games_used_last_20", "INT64", True),
        col("zone_games_last_10", "INT64", True, "of those, games with play-by-play zones"),
        col("zone_games_last_20", "INT64", True),
        col("total_shots_last_10", "INT64"),
        col("paint_rate_last_10", "FLOAT64", False, "percent of shots; NULL without play-by-play zones"),
        col("mid_range_rate_last_10", "FLOAT64"), col("three_pt_rate_last_10", "FLOAT64"),
        col("paint_pct_last_10", "FLOAT64"), col("mid_range_pct_last_10", "FLOAT64"),
        col("three_pt_pct_last_10", "FLOAT64"),
        col("paint_attempts_per_game", "FLOAT64"), col("mid_range_attempts_per_game", "FLOAT64"),
        col("three_pt_attempts_per_game", "FLOAT64"),
        col("assisted_rate_last_10", "FLOAT64", False, "percent of field-goal makes"),
        col("unassisted_rate_last_10", "FLOAT64"),
        col("paint_rate_last_20", "FLOAT64"), col("mid_range_rate_last_20", "FLOAT64"),
        col("three_pt_rate_last_20", "FLOAT64"), col("paint_pct_last_20", "FLOAT64"),
        col("primary_scoring_zone", "STRING", False, "paint | three | mid_range | balanced; NULL without zones"),
        col("zones_defaulted", "BOOL", True, "no play-by-play zones in the window: rates NULL"),
        *completeness_columns(10, 20),
    ),
    key=("player_lookup", "game_date"),
    partition="game_date",
    cluster=("player_lookup",),
    description="Each expected player's shot zones over his last 10 and 20 games before the analysis date.",
)

PROCESSOR = precompute_processor("player_shot_zone_analysis", TABLE, __file__, (
    same_date("nba_analytics.upcoming_player_game_context"),
    phase3_window("nba_analytics.player_game_summary", games=20, per="player"),
))
