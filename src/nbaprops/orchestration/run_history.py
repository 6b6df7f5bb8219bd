"""``nba_reference.processor_run_history``: a ``running`` row per processor and date when work starts,
closed with its outcome when it ends. A ``running`` row whose process is gone reads as abandoned.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from nbaprops.ids import season_year
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import PlanItem, Processor
from nbaprops.orchestration.system_tables import PROCESSOR_RUN_HISTORY
from nbaprops.storage.warehouse import Warehouse

RunStatus = Literal["running", "success", "failed", "partial", "skipped"]
HOST = socket.gethostname()
# A running row older than this is abandoned even if its pid was reused on this host.
ABANDON_AFTER = timedelta(hours=12)


@dataclass
class DateOutcome:
    status: RunStatus
    records_processed: int = 0
    records_created: int = 0
    records_skipped: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    missing_dependencies: list[dict[str, Any]] = field(default_factory=list)
    stale_dependencies: list[dict[str, Any]] = field(default_factory=list)
    dependency_check_passed: bool | None = None
    skip_reason: str | None = None
    alert_sent: bool = False
    alert_type: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RunHistory:
    def __init__(self, warehouse: Warehouse) -> None:
        self.warehouse = warehouse
        self.table = PROCESSOR_RUN_HISTORY

    def _base(self, processor: Processor, ctx: RunContext, item: PlanItem, started_at: datetime) -> dict:
        return {
            "processor_name": processor.name,
            "run_id": ctx.run_id,
            "phase": processor.phase_name,
            "data_date": item.data_date,
            "season_year": season_year(item.data_date),
            "started_at": started_at,
            "output_table": processor.output_table,
            "processor_version": processor.version,
            "backfill_mode": ctx.options.backfill_mode,
            "force_reprocess": ctx.options.force,
            "trigger_source": ctx.options.trigger_source,
            "parent_processor": ctx.options.parent_processor,
            "retry_attempt": ctx.options.retry_attempt,
            "host": HOST,
            "pid": os.getpid(),
        }

    def open(self, processor: Processor, ctx: RunContext, items: Sequence[PlanItem], started_at: datetime) -> None:
        """Write one ``running`` row per date before any work starts."""
        self.warehouse.insert_rows(
            self.table, [{**self._base(processor, ctx, i, started_at), "status": "running"} for i in items]
        )

    def close(
        self,
        processor: Processor,
        ctx: RunContext,
        outcomes: dict[date, DateOutcome],
        items: Sequence[PlanItem],
        started_at: datetime,
    ) -> None:
        """Replace this run's ``running`` rows with their outcomes, in one transaction."""
        finished = datetime.now(UTC)
        rows = []
        for item in items:
            out = outcomes[item.data_date]
            rows.append({
                **self._base(processor, ctx, item, started_at),
                "status": out.status,
                "processed_at": finished,
                "duration_seconds": (finished - started_at).total_seconds(),
                "records_processed": out.records_processed,
                "records_created": out.records_created,
                "records_skipped": out.records_skipped,
                "dependency_check_passed": out.dependency_check_passed,
                "missing_dependencies": _json(out.missing_dependencies),
                "stale_dependencies": _json(out.stale_dependencies),
                "errors": _json(out.errors),
                "warnings": _json(out.warnings),
                "summary": json.dumps(out.summary, default=str, sort_keys=True),
                "alert_sent": out.alert_sent,
                "alert_type": out.alert_type,
                "skip_reason": out.skip_reason,
            })
        with self.warehouse.transaction():
            self.warehouse.execute(
                f"DELETE FROM {self.table.full_name} WHERE processor_name = :p AND run_id = :r",
                {"p": processor.name, "r": ctx.run_id},
            )
            self.warehouse.insert_rows(self.table, rows)

    def empty_successes(self, processor_name: str, lo: date, hi: date) -> set[date]:
        """Dates whose latest computed run (skips aside) succeeded and wrote no row: the processor had
        nothing to write for them (no player could be expected before tip-off, say)."""
        rows = self.warehouse.query(
            f"""
            SELECT data_date, status, records_created FROM {self.table.full_name}
            WHERE processor_name = :p AND data_date BETWEEN :lo AND :hi AND status <> 'skipped'
            ORDER BY data_date, started_at
            """,
            {"p": processor_name, "lo": lo, "hi": hi},
        )
        last = {r["data_date"]: r for r in rows if r["status"] != "running"}
        return {d for d, r in last.items() if r["status"] == "success" and not r["records_created"]}

    def latest(
        self, processor_name: str, dates: Iterable[date], exclude_run_id: str | None = None
    ) -> dict[date, dict[str, Any]]:
        """The latest finished (or abandoned) row per date for a processor, other runs in flight aside."""
        dates = sorted(set(dates))
        if not dates:
            return {}
        rows = self.warehouse.query(
            f"""
            SELECT data_date, status, processor_version, started_at, host, pid, run_id
            FROM {self.table.full_name}
            WHERE processor_name = :p AND data_date BETWEEN :lo AND :hi
            ORDER BY data_date, started_at
            """,
            {"p": processor_name, "lo": dates[0], "hi": dates[-1]},
        )
        wanted = set(dates)
        latest: dict[date, dict[str, Any]] = {}
        for row in rows:
            if row["data_date"] in wanted and row["run_id"] != exclude_run_id:
                row["status"] = display_status(row)
                if row["status"] != "running":
                    latest[row["data_date"]] = row
        return latest

    def list(
        self,
        processor: str | None = None,
        status: str | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = 200,
    ) -> list[dict[str, Any]]:
        clauses, params = ["1 = 1"], {}
        if processor:
            clauses.append("processor_name = :processor")
            params["processor"] = processor
        if start:
            clauses.append("data_date >= :start")
            params["start"] = start
        if end:
            clauses.append("data_date <= :end")
            params["end"] = end
        rows = self.warehouse.query(
            f"""
            SELECT processor_name, run_id, phase, data_date, status, started_at, processed_at,
                   duration_seconds, records_processed, records_created, records_skipped, backfill_mode,
                   trigger_source, parent_processor, dependency_check_passed, missing_dependencies,
                   stale_dependencies, errors, warnings, summary, alert_sent, alert_type, skip_reason,
                   retry_attempt, host, pid
            FROM {self.table.full_name}
            WHERE {' AND '.join(clauses)}
            ORDER BY started_at DESC, processor_name, data_date
            """,
            params,
        )
        for row in rows:
            row["status"] = display_status(row)
        if status:
            rows = [r for r in rows if r["status"] == status or r["status"].startswith(f"{status} ")]
        return rows[:limit]


def display_status(row: dict[str, Any], now: datetime | None = None) -> str:
    """``running`` stays running only while its process lives; otherwise ``failed (abandoned)``."""
    if row["status"] != "running":
        return row["status"]
    now = now or datetime.now(UTC)
    started = row["started_at"]
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    gone = row.get("host") == HOST and row.get("pid") is not None and not pid_alive(int(row["pid"]))
    if gone or now - started > ABANDON_AFTER:
        return "failed (abandoned)"
    return "running"


def _json(value: list[Any]) -> str | None:
    return json.dumps(value, default=str) if value else None
