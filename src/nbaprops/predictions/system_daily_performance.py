"""nba_predictions.system_daily_performance: per system and date, from the graded predictions."""

from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.predictions.tables import PREDICTION_RESULTS, SYSTEM_DAILY_PERFORMANCE

PROCESSOR = sql_processor(
    name="system_daily_performance", phase=5, table=SYSTEM_DAILY_PERFORMANCE, module_file=__file__,
    reads=(Upstream(PREDICTION_RESULTS.full_name, stale_warn_hours=None, stale_fail_hours=None, empty_run_ok=True),),
    expects="final_games",
)
