"""The system processors (``predictions/<system>``): one per system, each writing its own table."""

from __future__ import annotations

import dataclasses

from nbaprops.orchestration.declarations import Processor, Upstream
from nbaprops.predictions import xgb
from nbaprops.predictions.ensemble import COMPONENTS
from nbaprops.predictions.inputs import FEATURE_STORE, SUMMARY, UPCOMING, feature_table
from nbaprops.predictions.systems_compute import (
    EnsembleCompute,
    RuleCompute,
    SimilarityCompute,
    SystemCompute,
    XGBoostCompute,
)
from nbaprops.predictions.tables import ML_MODELS, system_table

SYSTEMS = ("moving_average", "zone_matchup", "similarity", "xgboost", "ensemble")

# a date processed with nothing to write upstream (no player expected before tip-off) has nothing to predict
_FEATURES = Upstream(FEATURE_STORE, min_rows=1, critical=True, stale_warn_hours=24, stale_fail_hours=None,
                     empty_run_ok=True)
_LINES = Upstream(UPCOMING, min_rows=1, critical=True, stale_warn_hours=24, stale_fail_hours=None, empty_run_ok=True)
# games before D: none exist on opening night, so a missing window warns and the system passes per player
_PAST = Upstream(SUMMARY, lookback_days=90, include_date=False, min_rows=1, critical=False,
                 stale_warn_hours=None, stale_fail_hours=None)


def _own_features() -> tuple[Upstream, ...]:
    """The xgboost system's own feature version's table, when it is not the v1 store every system reads."""
    table = feature_table(xgb.FEATURE_VERSION)
    return () if table == FEATURE_STORE else (dataclasses.replace(_FEATURES, table=table),)


def _processor(compute: SystemCompute, reads: tuple[Upstream, ...], **kw) -> Processor:
    return Processor(name=compute.system, phase=5, table=compute.table, compute=compute, reads=reads,
                     expects="scheduled_games", description=compute.table.description, **kw)


PROCESSORS: tuple[Processor, ...] = (
    _processor(RuleCompute("moving_average"), (_FEATURES, _LINES, _PAST)),
    _processor(RuleCompute("zone_matchup"), (_FEATURES, _LINES, _PAST)),
    _processor(SimilarityCompute(), (_FEATURES, _LINES, _PAST)),
    _processor(XGBoostCompute(), (_FEATURES, _LINES, _PAST, *_own_features()), extra_tables=(ML_MODELS,)),
    _processor(EnsembleCompute(), (_FEATURES, _LINES, _PAST, *(
        Upstream(system_table(s).full_name, stale_warn_hours=24, stale_fail_hours=None, empty_run_ok=True)
        for s in COMPONENTS))),
)
