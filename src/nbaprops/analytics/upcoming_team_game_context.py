"""nba_analytics.upcoming_team_game_context: two rows per scheduled game (home and away view).

What a team brings into a game, known before tip-off: rest and back-to-backs (one definition shared
with the player context), schedule density, the real season game number, momentum from final games,
travel from the previous game's arena, the books' consensus spread and total (median of each book's
last snapshot before tip, with opening values and movement) and the injury report's latest statuses.
Everything for date D comes from the schedule before D in the same season and from lines and reports
stamped before tip-off, so a range run equals the union of single-date runs.
"""

from __future__ import annotations

from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.schedule_reads import scheduled_games_lookup
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_analytics",
    "upcoming_team_game_context",
    (
        col("game_id", "STRING", True, "system id YYYYMMDD_AWAY_HOME"), col("nba_game_id", "STRING"),
        col("game_date", "DATE", True), col("season_year", "INT64", True), col("game_type", "STRING"),
        col("game_status", "INT64", False, "1: scheduled, as known before tip-off (never the status when processed)"),
        col("team_abbr", "STRING", True), col("opponent_team_abbr", "STRING", True), col("is_home", "BOOL", True),
        col("tipoff_utc", "TIMESTAMP", True, "schedule tip-off; game date 23:00 when the schedule has none"),
        col("previous_game_date", "DATE", False, "the team's last game of the season before this one"),
        col("days_rest", "INT64", False, "days between the previous game and this one minus 1; NULL for the first"),
        col("is_back_to_back", "BOOL", True, "previous game on the day before"),
        col("games_in_last_7_days", "INT64", True, "team games in [D-7, D-1]"),
        col("games_in_last_14_days", "INT64", True, "team games in [D-14, D-1]"),
        col("game_number_in_season", "INT64", True, "the team's season games before D, plus 1"),
        col("win_streak_entering", "INT64", True), col("loss_streak_entering", "INT64", True),
        col("last_game_result", "STRING", False, "W | L, from final games before D"),
        col("last_game_margin", "INT64", False, "team points minus opponent points"),
        col("previous_arena_team", "STRING", False, "home team of the previous game (whose arena it was)"),
        col("travel_miles", "FLOAT64", False,
            "great-circle miles from the previous game's arena; 0 at the same arena; NULL for the first game"),
        col("spread", "FLOAT64", False, "the team's point, median across books of the last snapshot before tip"),
        col("opening_spread", "FLOAT64"), col("spread_movement", "FLOAT64"),
        col("total", "FLOAT64", False, "Over point, median across books of the last snapshot before tip"),
        col("opening_total", "FLOAT64"), col("total_movement", "FLOAT64"),
        col("game_lines_books_count", "INT64", True), col("game_lines_as_of", "TIMESTAMP"),
        col("players_out_count", "INT64", False, "latest report before tip per player; NULL when no report"),
        col("questionable_count", "INT64", False, "questionable + doubtful"),
        col("injury_report_as_of", "TIMESTAMP"),
        col("data_quality_tier", "STRING", True, "gold | silver | bronze"),
        col("quality_score", "INT64", True), col("quality_issues", "JSON"),
    ),
    key=("game_id", "team_abbr"),
    partition="game_date",
    cluster=("team_abbr", "game_id"),
    description="Two rows per scheduled game: each team's pre-game context, known before tip-off.",
)

PROCESSOR = sql_processor(
    name="upcoming_team_game_context",
    phase=3,
    table=TABLE,
    module_file=__file__,
    expects="scheduled_games",
    reads=(
        scheduled_games_lookup(),  # the season's earlier games are read too
        # optional pre-game sources: without them the row is written with NULLs and a quality issue
        Upstream("nba_raw.odds_api_game_lines", min_rows=8, critical=False,
                 stale_warn_hours=12, stale_fail_hours=None),
        Upstream("nba_raw.nbac_injury_report", min_rows=5, critical=False,
                 stale_warn_hours=12, stale_fail_hours=None),
        # arenas and their coordinates (travel distance): reference facts kept by team code
        Upstream("nba_reference.nba_teams", kind="reference", min_rows=30, trigger=False,
                 stale_warn_hours=None, stale_fail_hours=None),
    ),
)
