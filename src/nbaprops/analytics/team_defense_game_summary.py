"""nba_analytics.team_defense_game_summary: one row per defending team per final game.

The opponent's offence seen from the defence: points and shots allowed, turnovers forced, defensive
rating, opponent pace and TS%, the defence's own steals, blocks and defensive rebounds, and shot
zones allowed (paint, mid-range, three), which Phase 4's zone defence reads.
"""

from __future__ import annotations

from nbaprops.analytics.team_columns import TEAM_GAME_COLUMNS, ZONE_QUALITY_COLUMNS, team_reads
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_analytics",
    "team_defense_game_summary",
    (
        *TEAM_GAME_COLUMNS,
        col("points_allowed", "INT64"), col("points_scored", "INT64"),
        col("opp_fg_made", "INT64"), col("opp_fg_attempted", "INT64"), col("opp_three_pt_made", "INT64"),
        col("opp_three_pt_attempted", "INT64"), col("opp_ft_made", "INT64"), col("opp_ft_attempted", "INT64"),
        col("opp_offensive_rebounds", "INT64"), col("opp_total_rebounds", "INT64"), col("opp_assists", "INT64"),
        col("turnovers_forced", "INT64"), col("steals", "INT64"), col("blocks", "INT64"),
        col("defensive_rebounds", "INT64"), col("fouls_committed", "INT64"),
        col("opponent_possessions", "FLOAT64"), col("opponent_pace", "FLOAT64"),
        col("defensive_rating", "FLOAT64", False, "100 x points allowed / opponent possessions"),
        col("opponent_ts_pct", "FLOAT64"), col("opponent_efg_pct", "FLOAT64"),
        col("three_pt_points_allowed", "INT64"),
        col("opp_paint_attempts", "INT64"), col("opp_paint_makes", "INT64"), col("paint_points_allowed", "INT64"),
        col("opp_mid_range_attempts", "INT64"), col("opp_mid_range_makes", "INT64"),
        col("mid_range_points_allowed", "INT64"),
        col("opp_three_attempts", "INT64"), col("opp_three_makes", "INT64"),
        *ZONE_QUALITY_COLUMNS,
    ),
    key=("game_id", "team_abbr"),
    partition="game_date",
    cluster=("team_abbr",),
    description="Each team's defence per final game.",
)

PROCESSOR = sql_processor(name="team_defense_game_summary", phase=3, table=TABLE, module_file=__file__,
                          reads=team_reads())
