"""nba_precompute.player_daily_cache: one row per expected player and analysis date, for the features.

Points (last 5, last 10, season, standard deviation of the last 10), minutes (last 10, season),
usage and true shooting of the last 10, free-throw share of points, the recent-trend and
minutes-change buckets, the team's pace and offensive rating over its last 10 games and its win share
this season, all from games strictly before D; plus the fatigue (higher = fresher), shot-zone and
opponent-defence values of D's Phase 4 rows. A value without the games it needs is NULL, and the
feature store records the default it uses instead.
"""

from __future__ import annotations

from nbaprops.precompute.columns import completeness_columns
from nbaprops.precompute.reads import phase3_window, precompute_processor, same_date
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_precompute",
    "player_daily_cache",
    (
        col("player_lookup", "STRING", True), col("game_date", "DATE", True, "analysis date D (cache date)"),
        col("season_year", "INT64", True), col("game_id", "STRING", True),
        col("team_abbr", "STRING"), col("opponent_team_abbr", "STRING"),
        col("games_played_season", "INT64", True, "played games this season before D"),
        col("points_avg_last_5", "FLOAT64"), col("points_avg_last_10", "FLOAT64"), col("points_avg_season", "FLOAT64"),
        col("points_std_last_10", "FLOAT64", False, "sample std; NULL below 2 games"),
        col("minutes_avg_last_10", "FLOAT64"), col("minutes_avg_season", "FLOAT64"),
        col("usage_rate_last_10", "FLOAT64"), col("usage_rate_season", "FLOAT64"), col("ts_pct_last_10", "FLOAT64"),
        col("ft_points_share_last_10", "FLOAT64", False, "free-throw makes / points, 0..0.5; NULL below 5 games"),
        col("recent_trend", "INT64", False, "-2..2 from newest 3 vs games 4-5 (+ = rising); NULL below 5 games"),
        col("minutes_change", "INT64", False, "-2..2 from last-10 vs season minutes (+-10%, +-20%)"),
        col("games_in_last_7_days", "INT64"),
        col("team_games_used", "INT64", True, "team games in the last-10 team window"),
        col("team_pace_last_10", "FLOAT64"), col("team_off_rating_last_10", "FLOAT64"),
        col("team_win_pct_season", "FLOAT64", False, "NULL below 5 decided team games"),
        col("fatigue_score", "INT64", False, "from player_composite_factors: higher = fresher"),
        col("fatigue_adjustment", "FLOAT64"),
        col("primary_scoring_zone", "STRING"), col("paint_rate_last_10", "FLOAT64"),
        col("mid_range_rate_last_10", "FLOAT64"), col("three_pt_rate_last_10", "FLOAT64"),
        col("zones_defaulted", "BOOL", True),
        col("opponent_def_rating_last_15", "FLOAT64"), col("opponent_pace_last_15", "FLOAT64"),
        col("cache_version", "STRING", True),
        *completeness_columns(5, 10),
    ),
    key=("player_lookup", "game_date"),
    partition="game_date",
    cluster=("player_lookup",),
    description="Each expected player's cached form and context for the analysis date.",
)

PROCESSOR = precompute_processor("player_daily_cache", TABLE, __file__, (
    same_date("nba_analytics.upcoming_player_game_context"),
    same_date("nba_precompute.team_defense_zone_analysis"),
    same_date("nba_precompute.player_shot_zone_analysis"),
    same_date("nba_precompute.player_composite_factors"),
    phase3_window("nba_analytics.player_game_summary", season_to_date=True),
    phase3_window("nba_analytics.team_offense_game_summary", games=10, per="team"),
))
