"""Columns and upstreams the two team game summaries share (declared once, used by both)."""

from __future__ import annotations

from nbaprops.analytics.snapshot_reads import player_list_snapshot
from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.storage.schema import Column, col

TEAM_GAME_COLUMNS: tuple[Column, ...] = (
    col("game_id", "STRING", True), col("nba_game_id", "STRING"), col("game_date", "DATE", True),
    col("season_year", "INT64", True), col("game_type", "STRING"),
    col("team_abbr", "STRING", True), col("opponent_team_abbr", "STRING", True), col("is_home", "BOOL", True),
    col("team_minutes", "FLOAT64"), col("overtime_periods", "INT64"),
    col("win_flag", "BOOL"), col("margin", "INT64"),
)

ZONE_QUALITY_COLUMNS: tuple[Column, ...] = (
    col("shot_zones_source", "STRING", False, "nbac_play_by_play | bigdataball_play_by_play; NULL if none"),
    col("team_stats_source", "STRING", True, "nbac_team_boxscore | player_box_sum:<source>"),
    col("data_quality_tier", "STRING", True), col("quality_issues", "JSON"),
)


def team_reads() -> tuple[Upstream, ...]:
    """The team box score, with player lines as the fallback source, and play-by-play for zones."""
    return (
        schedule_upstream(),
        Upstream("nba_raw.nbac_team_boxscore", min_rows=2, any_of="team_stats",
                 stale_warn_hours=24, stale_fail_hours=72),
        Upstream("nba_raw.nbac_player_boxscores", min_rows=20, any_of="team_stats",
                 stale_warn_hours=24, stale_fail_hours=72),
        Upstream("nba_raw.nbac_gamebook_player_stats", min_rows=20, any_of="team_stats",
                 stale_warn_hours=24, stale_fail_hours=72),
        Upstream("nba_raw.bdl_player_boxscores", min_rows=20, any_of="team_stats",
                 stale_warn_hours=24, stale_fail_hours=72),
        Upstream("nba_raw.espn_boxscores", min_rows=20, any_of="team_stats",
                 stale_warn_hours=24, stale_fail_hours=72),
        Upstream("nba_raw.nbac_play_by_play", min_rows=200, critical=False, stale_warn_hours=48, stale_fail_hours=168),
        Upstream("nba_raw.bigdataball_play_by_play", min_rows=200, critical=False,
                 stale_warn_hours=48, stale_fail_hours=168),
        player_list_snapshot(),  # play-by-play person ids -> players, for shot zones
    )
