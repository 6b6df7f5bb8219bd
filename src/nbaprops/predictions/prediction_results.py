"""nba_predictions.prediction_results: the grading job (reference B7), for dates with final games."""

from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.predictions.tables import PLAYER_PROP_PREDICTIONS, PREDICTION_RESULTS

PROCESSOR = sql_processor(
    name="prediction_results", phase=5, table=PREDICTION_RESULTS, module_file=__file__,
    reads=(Upstream(PLAYER_PROP_PREDICTIONS.full_name, stale_warn_hours=None, stale_fail_hours=None, empty_run_ok=True),
           Upstream("nba_analytics.player_game_summary", stale_warn_hours=None, stale_fail_hours=None)),
    expects="final_games",
)
