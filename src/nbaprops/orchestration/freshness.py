"""The "skip already processed" rule: a date whose output is newer than all its inputs is done.

A date is fresh when its latest run succeeded with the same processor version, and the output's
newest ``processed_at`` for that date is no older than the newest row of every upstream window.
"""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import PlanItem, Processor
from nbaprops.orchestration.run_history import RunHistory
from nbaprops.storage.sql import in_list


def default_fresh(
    ctx: RunContext, processor: Processor, items: list[PlanItem], checks: dict[date, Any]
) -> set[date]:
    days = [i.data_date for i in items]
    last = RunHistory(ctx.warehouse).latest(processor.name, days, exclude_run_id=ctx.run_id)
    candidates = [
        i for i in items
        if last.get(i.data_date, {}).get("status") in ("success", "skipped")
        and last[i.data_date].get("processor_version") == processor.version
    ]
    if not candidates or not ctx.warehouse.table_exists(processor.output_table):
        return set()
    scope = processor.replace_column
    cond, params = in_list(scope, [i.scope_value for i in candidates])
    rows = ctx.warehouse.query(
        f"SELECT {scope} AS s, max(processed_at) AS latest FROM {processor.output_table} WHERE {cond} GROUP BY 1",
        params,
    )
    out_latest = {r["s"]: r["latest"] if r["latest"].tzinfo else r["latest"].replace(tzinfo=UTC) for r in rows}
    fresh: set[date] = set()
    for item in candidates:
        produced = out_latest.get(item.scope_value)
        if produced is None:
            continue
        inputs = checks[item.data_date].upstream_latest.values() if item.data_date in checks else []
        if all(t is None or t <= produced for t in inputs):
            fresh.add(item.data_date)
    return fresh
