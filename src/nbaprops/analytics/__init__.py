"""Phase 3: the five nba_analytics processors, independent of each other."""

from nbaprops.analytics import player_game_summary

PROCESSORS = (player_game_summary.PROCESSOR,)
