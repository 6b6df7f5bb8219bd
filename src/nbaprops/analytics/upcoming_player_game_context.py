"""nba_analytics.upcoming_player_game_context: one row per player expected in a scheduled game.

Expected players are those whose latest team before the game date (their last stat line of the
season) plays in the game, plus anyone with a pre-tip points line for it (``has_prop_line``); a
prop-only player's team comes from the injury report or the rosters. Each row carries what is known
before tip-off: rest (the back-to-back definition shared with the team context), recent load, scoring
form over the last 5 / 10 games and the season, the consensus prop line and its movement, the team's
spread and total, the injury report, age, usage of the last 10 games (the player_game_summary formula,
shared as a fragment) and the pace matchup. Windows never cross a season and never include date D.
"""

from __future__ import annotations

from typing import Any

from nbaprops.analytics.snapshot_reads import br_rosters_snapshot
from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.schedule_reads import scheduled_games_lookup
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_analytics",
    "upcoming_player_game_context",
    (
        col("game_id", "STRING", True, "system id YYYYMMDD_AWAY_HOME"), col("nba_game_id", "STRING"),
        col("game_date", "DATE", True), col("season_year", "INT64", True), col("game_type", "STRING"),
        col("player_lookup", "STRING", True), col("player_full_name", "STRING"),
        col("team_abbr", "STRING", False, "NULL only for a prop-only player no source places in the game"),
        col("opponent_team_abbr", "STRING"), col("is_home", "BOOL"),
        col("team_source", "STRING", False,
            "player_box (latest team this season) | nbac_injury_report | espn_team_rosters | br_rosters_current"),
        col("tipoff_utc", "TIMESTAMP", True),
        col("has_prop_line", "BOOL", True, "a points line was posted before tip-off"),
        col("previous_game_date", "DATE", False, "the player's last game of the season before this one"),
        col("days_rest", "INT64", False, "days between the previous game and this one minus 1"),
        col("is_back_to_back", "BOOL", True, "previous game on the day before"),
        col("games_in_last_7_days", "INT64", True), col("games_in_last_14_days", "INT64", True),
        col("minutes_in_last_7_days", "FLOAT64", True), col("minutes_in_last_14_days", "FLOAT64", True),
        col("points_avg_last_5", "FLOAT64", False, "last 5 games of this season before D"),
        col("points_avg_last_10", "FLOAT64"), col("points_avg_season", "FLOAT64"),
        col("opening_line", "FLOAT64", False, "consensus of each book's first line"),
        col("current_line", "FLOAT64", False, "consensus of each book's last line before tip-off"),
        col("line_movement", "FLOAT64"), col("line_books_count", "INT64"), col("line_source", "STRING"),
        col("line_as_of", "TIMESTAMP"),
        col("points_line_by_book", "JSON", False, 'each book\'s main line and closing prices: '
            '{"book": {"open": x, "close": y, "over": -110, "under": -110}}'),
        col("line_books_spread", "FLOAT64", False, "highest minus lowest book's closing main line (disagreement)"),
        col("spread", "FLOAT64", False, "the team's consensus spread before tip-off"),
        col("total", "FLOAT64", False, "the game's consensus total before tip-off"),
        col("injury_status", "STRING", False, "latest report before tip-off; NULL when not listed"),
        col("injury_reason", "STRING"),
        col("teammates_out_count", "INT64", False, "teammates out on the latest reports; NULL when no report"),
        col("injury_report_as_of", "TIMESTAMP"),
        col("player_age", "INT64", False, "years at the game date"), col("player_age_source", "STRING"),
        col("projected_usage", "FLOAT64", False, "mean usage rate of the last 10 games"),
        col("team_pace_last_10", "FLOAT64"), col("opponent_pace_last_10", "FLOAT64"),
        col("pace_differential", "FLOAT64", False, "team pace L10 minus opponent pace L10"),
        col("season_phase", "STRING", True, "early | mid | late | play_in | playoffs"),
        col("quality_sample_size", "INT64", True, "games this season before D"),
        col("data_quality_tier", "STRING", True, "gold | silver | bronze | poor"),
        col("quality_score", "INT64", True), col("quality_issues", "JSON"),
    ),
    key=("game_id", "player_lookup"),
    partition="game_date",
    cluster=("player_lookup", "team_abbr"),
    description="One row per player expected in a scheduled game: pre-game context known before tip-off.",
)

# The stat history: the SQL reads the season to date (season averages, last 5 and 10 games, rest), so
# that is the declared window; any one provider's lines satisfy a date. Not critical: opening night has
# no history this season (and then nothing is expected); gap detection still flags holes in the window.
_HISTORY: dict[str, Any] = dict(season_to_date=True, include_date=False, min_rows=100, critical=False,
                                any_of="player_stats", stale_warn_hours=24, stale_fail_hours=None)

PROCESSOR = sql_processor(
    name="upcoming_player_game_context",
    phase=3,
    table=TABLE,
    module_file=__file__,
    expects="scheduled_games",
    reads=(
        scheduled_games_lookup(),
        Upstream("nba_raw.nbac_gamebook_player_stats", **_HISTORY),
        Upstream("nba_raw.nbac_player_boxscores", **_HISTORY),
        Upstream("nba_raw.bdl_player_boxscores", **_HISTORY),
        Upstream("nba_raw.espn_boxscores", **_HISTORY),
        Upstream("nba_raw.nbac_team_boxscore", season_to_date=True, include_date=False, min_rows=10,
                 critical=False, stale_warn_hours=24, stale_fail_hours=None),
        # pre-game sources of the date itself: optional, the row says what is missing. The two points-line
        # sources are alternatives: lines from either satisfy a date (BettingPros, the fallback, is
        # scraped before tip-off, so the morning run has the Odds API's opening lines only)
        Upstream("nba_raw.odds_api_player_points_props", min_rows=20, critical=False,
                 any_of="points_lines", stale_warn_hours=12, stale_fail_hours=None),
        Upstream("nba_raw.bettingpros_player_points_props", min_rows=20, critical=False,
                 any_of="points_lines", stale_warn_hours=12, stale_fail_hours=None),
        Upstream("nba_raw.odds_api_game_lines", min_rows=8, critical=False, stale_warn_hours=12,
                 stale_fail_hours=None),
        Upstream("nba_raw.nbac_injury_report", min_rows=5, critical=False, stale_warn_hours=12,
                 stale_fail_hours=None),
        # rosters place prop-only players and give ages: current snapshots, valid from their capture on
        Upstream("nba_raw.espn_team_rosters", kind="snapshot", date_column="roster_date", min_rows=13,
                 critical=False, trigger=False, stale_warn_hours=None, stale_fail_hours=None),
        br_rosters_snapshot(),
    ),
)
