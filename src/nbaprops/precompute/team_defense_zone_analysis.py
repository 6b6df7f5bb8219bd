"""nba_precompute.team_defense_zone_analysis: each team's zone defence before its game on D.

Over the team's last 15 played games of the season before D: shots allowed per zone (paint,
mid-range, three), their make rates against the league's pooled rate over every team's same window
(in percentage points, positive = weaker defence), defensive rating, opponent pace and points allowed,
and the strongest and weakest zone. Paint and mid-range need play-by-play zones; without them the
rates stay NULL, the vs-league values are 0 and the row lists the defaulted zones.
"""

from __future__ import annotations

from nbaprops.precompute.columns import completeness_columns
from nbaprops.precompute.reads import phase3_window, precompute_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_precompute",
    "team_defense_zone_analysis",
    (
        col("team_abbr", "STRING", True), col("game_date", "DATE", True, "analysis date D"),
        col("season_year", "INT64", True),
        col("games_in_window", "INT64", True, "played games used: the last 15 of the season before D"),
        col("zone_games", "INT64", True, "of those, games with play-by-play zones"),
        col("paint_pct_allowed_last_15", "FLOAT64", False, "opponent paint makes / attempts; NULL without zones"),
        col("mid_range_pct_allowed_last_15", "FLOAT64"), col("three_pt_pct_allowed_last_15", "FLOAT64"),
        col("paint_attempts_allowed_per_game", "FLOAT64"), col("mid_range_attempts_allowed_per_game", "FLOAT64"),
        col("three_pt_attempts_allowed_per_game", "FLOAT64"), col("paint_points_allowed_per_game", "FLOAT64"),
        col("league_paint_pct", "FLOAT64", True, "pooled over every team's last 15; 0.580 when unknown"),
        col("league_mid_range_pct", "FLOAT64", True, "0.410 when unknown"),
        col("league_three_pt_pct", "FLOAT64", True, "0.355 when unknown"),
        col("paint_defense_vs_league_avg", "FLOAT64", True, "100 x (team - league); + = weaker; 0 if defaulted"),
        col("mid_range_defense_vs_league_avg", "FLOAT64", True),
        col("three_pt_defense_vs_league_avg", "FLOAT64", True),
        col("zones_defaulted", "JSON", True, "zones whose vs-league value is the default 0"),
        col("defensive_rating_last_15", "FLOAT64", False, "mean per-game defensive rating; NULL with no games"),
        col("opponent_pace", "FLOAT64", False, "mean opponent pace of the window"),
        col("opponent_points_per_game", "FLOAT64"),
        col("strongest_zone", "STRING", False, "paint | mid_range | three: lowest rate vs league"),
        col("weakest_zone", "STRING", False, "highest rate vs league"),
        *completeness_columns(15),
    ),
    key=("team_abbr", "game_date"),
    partition="game_date",
    cluster=("team_abbr",),
    description="Each team's zone defence over its last 15 games before the analysis date.",
)

PROCESSOR = precompute_processor("team_defense_zone_analysis", TABLE, __file__, (
    phase3_window("nba_analytics.team_defense_game_summary", games=15, per="team"),
))
