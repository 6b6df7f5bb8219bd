"""Column groups that several raw tables share, declared once (a player's stat line, game sides)."""

from __future__ import annotations

from nbaprops.storage.schema import Column, col

GAME_SIDES: tuple[Column, ...] = (
    col("home_team_abbr", "STRING", True),
    col("away_team_abbr", "STRING", True),
)

PLAYER_SIDE: tuple[Column, ...] = (
    col("team_abbr", "STRING", True),
    col("opponent_team_abbr", "STRING", True),
    col("is_home", "BOOL", True),
)

COUNTING_STATS: tuple[Column, ...] = (
    col("points", "INT64"),
    col("field_goals_made", "INT64"),
    col("field_goals_attempted", "INT64"),
    col("three_pointers_made", "INT64"),
    col("three_pointers_attempted", "INT64"),
    col("free_throws_made", "INT64"),
    col("free_throws_attempted", "INT64"),
    col("offensive_rebounds", "INT64"),
    col("defensive_rebounds", "INT64"),
    col("total_rebounds", "INT64"),
    col("assists", "INT64"),
    col("steals", "INT64"),
    col("blocks", "INT64"),
    col("turnovers", "INT64"),
    col("personal_fouls", "INT64"),
    col("plus_minus", "INT64"),
)

# A player's stat line with decimal minutes (the gamebook prints MM:SS and adds minutes_decimal).
STAT_LINE: tuple[Column, ...] = (col("minutes", "FLOAT64", False, "decimal minutes"), *COUNTING_STATS)

SHOOTING_PCTS: tuple[Column, ...] = (
    col("field_goal_pct", "FLOAT64"),
    col("three_point_pct", "FLOAT64"),
    col("free_throw_pct", "FLOAT64"),
)
