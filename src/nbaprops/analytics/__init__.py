"""Phase 3: the five nba_analytics processors, independent of each other."""

from nbaprops.analytics import (
    player_game_summary,
    team_defense_game_summary,
    team_offense_game_summary,
    upcoming_player_game_context,
    upcoming_team_game_context,
)

PROCESSORS = (
    player_game_summary.PROCESSOR,
    team_offense_game_summary.PROCESSOR,
    team_defense_game_summary.PROCESSOR,
    upcoming_team_game_context.PROCESSOR,
    upcoming_player_game_context.PROCESSOR,
)
