"""The one assembly point: every processor, dataset and table, validated when this module is imported.

Nothing registers itself at import time: the processors of each phase, the reference tables they may
read and the system tables (run history, alerts, the raw file ledger, the scrapers' log) are listed
here, and ``Definitions`` refuses unknown upstreams, reads that differ from a processor's SQL, duplicate
tables and cycles before anything runs.
"""

from __future__ import annotations

from nbaprops.analytics import PROCESSORS as ANALYTICS_PROCESSORS
from nbaprops.config import Settings
from nbaprops.orchestration import environment
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.system_tables import SYSTEM_TABLES
from nbaprops.precompute import PROCESSORS as PRECOMPUTE_PROCESSORS
from nbaprops.predictions import PROCESSORS as PREDICTION_PROCESSORS
from nbaprops.raw import PROCESSORS as RAW_PROCESSORS
from nbaprops.reference_data import NBA_TEAMS
from nbaprops.scrapers.execlog import TABLE as SCRAPER_EXECUTION_LOG

DATASETS = ("nba_raw", "nba_analytics", "nba_precompute", "nba_predictions", "nba_reference", "nba_orchestration")

DEFINITIONS = Definitions(
    [*RAW_PROCESSORS, *ANALYTICS_PROCESSORS, *PRECOMPUTE_PROCESSORS, *PREDICTION_PROCESSORS],
    reference_tables=[NBA_TEAMS],
    system_tables=[*SYSTEM_TABLES, SCRAPER_EXECUTION_LOG],
    datasets=DATASETS,
)


def open_environment(settings: Settings | None = None, *, read_only: bool = False) -> Environment:
    """The engines a command works with, over every definition (settings from the environment by default)."""
    return environment.open_environment(settings or Settings.load(), DEFINITIONS, read_only=read_only)
