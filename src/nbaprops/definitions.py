"""The one assembly point: every processor of every phase, validated when this module is imported."""

from __future__ import annotations

from nbaprops.analytics import PROCESSORS as ANALYTICS_PROCESSORS
from nbaprops.orchestration.registry import Definitions
from nbaprops.precompute import PROCESSORS as PRECOMPUTE_PROCESSORS
from nbaprops.raw import PROCESSORS as RAW_PROCESSORS

DATASETS = ("nba_raw", "nba_analytics", "nba_precompute", "nba_predictions", "nba_reference", "nba_orchestration")

DEFINITIONS = Definitions([*RAW_PROCESSORS, *ANALYTICS_PROCESSORS, *PRECOMPUTE_PROCESSORS])
