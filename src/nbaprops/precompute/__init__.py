"""Phase 4: the five nba_precompute processors; their order comes from what each declares it reads."""

from nbaprops.precompute import player_shot_zone_analysis, team_defense_zone_analysis

PROCESSORS: tuple = (
    team_defense_zone_analysis.PROCESSOR,
    player_shot_zone_analysis.PROCESSOR,
)
