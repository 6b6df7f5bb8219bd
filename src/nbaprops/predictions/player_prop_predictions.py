"""nba_predictions.player_prop_predictions: every system's rows of a date as one table (rebuilt per date)."""

from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.predictions.systems_registry import SYSTEMS
from nbaprops.predictions.tables import PLAYER_PROP_PREDICTIONS, system_table

PROCESSOR = sql_processor(
    name="player_prop_predictions", phase=5, table=PLAYER_PROP_PREDICTIONS, module_file=__file__,
    reads=tuple(Upstream(system_table(s).full_name, stale_warn_hours=24, stale_fail_hours=None, empty_run_ok=True)
                for s in SYSTEMS),
    expects="scheduled_games",
)
