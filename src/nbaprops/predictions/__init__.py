"""Phase 5: nba_predictions. Five systems (moving_average, zone_matchup, similarity, xgboost, ensemble),
their union ``player_prop_predictions``, and the grading job (``prediction_results``,
``system_daily_performance``); their order comes from what each declares it reads."""

from nbaprops.predictions import player_prop_predictions, prediction_results, system_daily_performance
from nbaprops.predictions.systems_registry import PROCESSORS as SYSTEM_PROCESSORS

PROCESSORS: tuple = (
    *SYSTEM_PROCESSORS,
    player_prop_predictions.PROCESSOR,
    prediction_results.PROCESSOR,
    system_daily_performance.PROCESSOR,
)
