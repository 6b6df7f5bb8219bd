"""nba_analytics.player_game_summary: one row per active player per final game.

Stats come from the best source of each game (gamebook, then NBA.com player box scores, then Ball
Don't Lie, then ESPN), named on the row with a quality tier. Shot zones come from NBA.com
play-by-play, else BigDataBall, and are estimated (and flagged) only where neither exists. The
points prop line is the consensus of the books' last snapshots before tip-off, with the opening
line, per-book lines and OVER / UNDER / PUSH.
"""

from __future__ import annotations

from nbaprops.analytics.snapshot_reads import player_list_snapshot
from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_analytics",
    "player_game_summary",
    (
        col("game_id", "STRING", True), col("nba_game_id", "STRING"), col("game_date", "DATE", True),
        col("season_year", "INT64", True), col("game_type", "STRING"),
        col("player_lookup", "STRING", True), col("player_full_name", "STRING"), col("nba_player_id", "INT64"),
        col("team_abbr", "STRING", True), col("opponent_team_abbr", "STRING", True), col("is_home", "BOOL", True),
        col("starter_flag", "BOOL", False, "from the real starting lineup; NULL where no source says"),
        col("starter_source", "STRING"),
        col("minutes", "FLOAT64", False, "decimal minutes, not rounded"),
        col("points", "INT64"), col("field_goals_made", "INT64"), col("field_goals_attempted", "INT64"),
        col("three_pointers_made", "INT64"), col("three_pointers_attempted", "INT64"),
        col("free_throws_made", "INT64"), col("free_throws_attempted", "INT64"),
        col("offensive_rebounds", "INT64"), col("defensive_rebounds", "INT64"), col("total_rebounds", "INT64"),
        col("assists", "INT64"), col("steals", "INT64"), col("blocks", "INT64"), col("turnovers", "INT64"),
        col("personal_fouls", "INT64"), col("plus_minus", "INT64"),
        col("efg_pct", "FLOAT64", False, "(FGM + 0.5 3PM) / FGA"),
        col("ts_pct", "FLOAT64", False, "PTS / (2 (FGA + 0.44 FTA))"),
        col("usage_rate", "FLOAT64", False,
            "100 ((FGA + 0.44 FTA + TOV) (team min / 5)) / (min (tFGA + 0.44 tFTA + tTOV))"),
        col("team_fga", "INT64"), col("team_fta", "INT64"), col("team_turnovers", "INT64"),
        col("team_minutes", "FLOAT64"),
        col("paint_attempts", "INT64"), col("paint_makes", "INT64"),
        col("mid_range_attempts", "INT64"), col("mid_range_makes", "INT64"),
        col("three_attempts", "INT64"), col("three_makes", "INT64"),
        col("assisted_fg_makes", "INT64"), col("unassisted_fg_makes", "INT64"), col("and1_count", "INT64"),
        col("shot_zones_source", "STRING", False, "nbac_play_by_play | bigdataball_play_by_play | estimated"),
        col("shot_zones_estimated", "BOOL", True),
        col("team_points", "INT64"), col("opponent_points", "INT64"), col("win_flag", "BOOL"),
        col("points_line", "FLOAT64", False, "consensus (median) of each book's last line before tip-off"),
        col("opening_line", "FLOAT64", False, "consensus of each book's first line"),
        col("line_movement", "FLOAT64"), col("points_line_source", "STRING"), col("line_books_count", "INT64"),
        col("points_line_by_book", "JSON", False,
            '{"book": {"open": x, "close": y, "over": closing over price, "under": closing under price}}'),
        col("line_as_of", "TIMESTAMP"),
        col("line_margin", "FLOAT64", False, "points - points_line"),
        col("over_under_result", "STRING", False, "OVER | UNDER | PUSH"),
        col("stats_source", "STRING", True), col("data_quality_tier", "STRING", True),
        col("quality_score", "INT64", True), col("quality_issues", "JSON"),
    ),
    key=("game_id", "player_lookup"),
    partition="game_date",
    cluster=("player_lookup", "team_abbr"),
    description="One row per active player per final game, best source per game.",
)

PROCESSOR = sql_processor(
    name="player_game_summary",
    phase=3,
    table=TABLE,
    module_file=__file__,
    reads=(
        schedule_upstream(),
        # the four stat-line providers are alternatives: any one of them satisfies the date
        Upstream("nba_raw.nbac_gamebook_player_stats", min_rows=20, any_of="player_stats",
                 stale_warn_hours=6, stale_fail_hours=24),
        Upstream("nba_raw.nbac_player_boxscores", min_rows=20, any_of="player_stats",
                 stale_warn_hours=6, stale_fail_hours=24),
        Upstream("nba_raw.bdl_player_boxscores", min_rows=20, any_of="player_stats",
                 stale_warn_hours=4, stale_fail_hours=12),
        Upstream("nba_raw.espn_boxscores", min_rows=20, any_of="player_stats", stale_warn_hours=12,
                 stale_fail_hours=48),
        Upstream("nba_raw.nbac_team_boxscore", min_rows=2, critical=False),
        Upstream("nba_raw.nbac_play_by_play", min_rows=200, critical=False),
        Upstream("nba_raw.bigdataball_play_by_play", min_rows=200, critical=False),
        Upstream("nba_raw.odds_api_player_points_props", min_rows=20, critical=False,
                 stale_warn_hours=12, stale_fail_hours=48),
        Upstream("nba_raw.bettingpros_player_points_props", min_rows=20, critical=False,
                 stale_warn_hours=12, stale_fail_hours=48),
        player_list_snapshot(),  # play-by-play person ids -> players, for shot zones
    ),
)
