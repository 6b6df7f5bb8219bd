"""nba_predictions.player_prop_predictions: every system's rows of a date as one table (rebuilt per date).

The union is generated from the list of systems and the table's columns, so a new system or column is
never a sixth hand-written copy of the same SELECT.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.sql_processor import SqlCompute, sql_processor
from nbaprops.predictions.systems_registry import SYSTEMS
from nbaprops.predictions.tables import PLAYER_PROP_PREDICTIONS, system_table


@dataclass(frozen=True)
class UnionSqlCompute(SqlCompute):
    """The ``.sql`` file's one-system statement for each system, joined by UNION ALL."""

    systems: tuple[str, ...] = SYSTEMS

    @property
    def sql(self) -> str:
        template = super().sql
        columns = ", ".join(c.name for c in self.table.content_columns)
        return "\nUNION ALL\n".join(template.format(columns=columns, table=system_table(s).full_name)
                                    for s in self.systems)


_PROCESSOR = sql_processor(
    name="player_prop_predictions", phase=5, table=PLAYER_PROP_PREDICTIONS, module_file=__file__,
    reads=tuple(Upstream(system_table(s).full_name, stale_warn_hours=24, stale_fail_hours=None, empty_run_ok=True)
                for s in SYSTEMS),
    expects="scheduled_games",
)
PROCESSOR = dataclasses.replace(
    _PROCESSOR, compute=UnionSqlCompute(_PROCESSOR.compute.sql_path, PLAYER_PROP_PREDICTIONS))  # type: ignore[attr-defined]
