"""Phase 4: the nba_precompute processors (the feature store once per feature version); their order comes
from what each declares it reads."""

from nbaprops.precompute import (
    ml_feature_store,
    player_composite_factors,
    player_daily_cache,
    player_shot_zone_analysis,
    team_defense_zone_analysis,
)

PROCESSORS: tuple = (
    team_defense_zone_analysis.PROCESSOR,
    player_shot_zone_analysis.PROCESSOR,
    player_composite_factors.PROCESSOR,
    player_daily_cache.PROCESSOR,
    ml_feature_store.PROCESSOR,
    ml_feature_store.PROCESSOR_V2,
)
