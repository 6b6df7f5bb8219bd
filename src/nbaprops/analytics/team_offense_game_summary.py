"""nba_analytics.team_offense_game_summary: one row per team per final game, the team's offence.

Possessions (FGA + 0.44 FTA + TOV - OREB), pace per 48, offensive and defensive ratings, TS% and
eFG%, overtime periods, win flag and margin, and shot zones scored (paint, mid-range, three:
attempts, makes, points) from play-by-play. Where NBA.com has no team box score (the 2025 play-in
games had none), the line is the sum of the game's best player lines, and the row says so.
"""

from __future__ import annotations

from nbaprops.analytics.team_columns import TEAM_GAME_COLUMNS, ZONE_QUALITY_COLUMNS, team_reads
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_analytics",
    "team_offense_game_summary",
    (
        *TEAM_GAME_COLUMNS,
        col("points", "INT64"), col("opponent_points", "INT64"),
        col("fg_made", "INT64"), col("fg_attempted", "INT64"), col("three_pt_made", "INT64"),
        col("three_pt_attempted", "INT64"), col("ft_made", "INT64"), col("ft_attempted", "INT64"),
        col("offensive_rebounds", "INT64"), col("defensive_rebounds", "INT64"), col("total_rebounds", "INT64"),
        col("assists", "INT64"), col("steals", "INT64"), col("blocks", "INT64"), col("turnovers", "INT64"),
        col("personal_fouls", "INT64"),
        col("possessions", "FLOAT64"), col("pace", "FLOAT64", False, "48 x mean possessions / (team minutes / 5)"),
        col("offensive_rating", "FLOAT64", False, "100 x points / possessions"),
        col("defensive_rating", "FLOAT64", False, "100 x opponent points / opponent possessions"),
        col("ts_pct", "FLOAT64"), col("efg_pct", "FLOAT64"),
        col("paint_attempts", "INT64"), col("paint_makes", "INT64"), col("paint_points", "INT64"),
        col("mid_range_attempts", "INT64"), col("mid_range_makes", "INT64"), col("mid_range_points", "INT64"),
        col("three_attempts", "INT64"), col("three_makes", "INT64"), col("three_points", "INT64"),
        *ZONE_QUALITY_COLUMNS,
    ),
    key=("game_id", "team_abbr"),
    partition="game_date",
    cluster=("team_abbr",),
    description="Each team's offence per final game.",
)

PROCESSOR = sql_processor(name="team_offense_game_summary", phase=3, table=TABLE, module_file=__file__,
                          reads=team_reads())
