"""A tiny real DAG for engine tests: the real schedule processor, a source table fed from memory,
and a derived table that reads it with a lookback. Everything runs through the real runner on a
real DuckDB file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pyarrow as pa

from nbaprops.orchestration.compute import Computation, ComputeResult
from nbaprops.orchestration.context import Environment, RunContext
from nbaprops.orchestration.declarations import PlanItem, Processor, Upstream
from nbaprops.orchestration.events import InProcessBus
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.storage.schema import Table, col

SOURCE_TABLE = Table("nba_raw", "toy_source", (col("game_date", "DATE", True), col("player", "STRING", True),
                                               col("points", "INT64")),
                     key=("game_date", "player"), partition="game_date")
DERIVED_TABLE = Table("nba_analytics", "toy_derived", (col("game_date", "DATE", True),
                                                      col("players_seen", "INT64", True)),
                      key=("game_date",), partition="game_date")


@dataclass
class SourceFeed(Computation):
    """What the source processor 'reads': rows per date, set by the test; a date can be made to fail."""

    rows_per_date: dict[date, int] = field(default_factory=dict)
    fail_dates: set[date] = field(default_factory=set)
    explode: bool = False

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        if self.explode:
            raise RuntimeError("injected failure in compute")
        rows, result = [], ComputeResult(rows=pa.table({}))
        for item in items:
            if item.data_date in self.fail_dates:
                result.failures[item.data_date] = f"injected failure for {item.data_date}"
                continue
            for i in range(self.rows_per_date.get(item.data_date, 3)):
                rows.append({"game_date": item.data_date, "player": f"p{i}", "points": i})
        result.rows = pa.Table.from_pylist(rows, schema=SOURCE_TABLE.arrow_schema())
        return result


def derived_compute(ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
    """Players seen in the source over the window: set-based, one query for all dates."""
    days = [i.data_date for i in items]
    table = ctx.warehouse.query_arrow(
        """
        SELECT d.game_date, count(DISTINCT s.player) AS players_seen
        FROM (SELECT DISTINCT game_date FROM nba_raw.toy_source WHERE game_date BETWEEN :lo AND :hi) d
        JOIN nba_raw.toy_source s ON s.game_date BETWEEN d.game_date - INTERVAL 10 DAY AND d.game_date
        GROUP BY 1
        """,
        {"lo": min(days), "hi": max(days)},
    )
    wanted = set(days)
    rows = [r for r in table.to_pylist() if r["game_date"] in wanted]
    return ComputeResult(rows=pa.Table.from_pylist(rows, schema=DERIVED_TABLE.arrow_schema()))


def make_dag(feed: SourceFeed, *, min_rows: int = 1, lookback_days: int = 10,
             stale_fail_hours: float | None = 72.0) -> Definitions:
    source = Processor(name="toy_source", phase=2, table=SOURCE_TABLE, compute=feed, reads=(schedule_upstream(),))
    derived = Processor(
        name="toy_derived", phase=3, table=DERIVED_TABLE, compute=derived_compute,
        reads=(Upstream("nba_raw.toy_source", lookback_days=lookback_days, min_rows=min_rows,
                        stale_warn_hours=24, stale_fail_hours=stale_fail_hours),),
    )
    return Definitions([SCHEDULE, source, derived])


def toy_env(env: Environment, defs: Definitions) -> Environment:
    for t in defs.tables():
        env.warehouse.ensure_table(t)
    return Environment(warehouse=env.warehouse, store=env.store, definitions=defs, bus=InProcessBus())
