"""``nba_orchestration.scraper_execution_log``: one row per HTTP request a scraper made.

Rows say what was asked (parameters, never keys), what came back (HTTP status, records, object
path) and how it went (status, retries, error with URLs and keys scrubbed). The assembly point
(``nbaprops.definitions``) lists the table, so ``nbaprops init`` creates it like any other.
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from nbaprops.scrapers.secrets import redact
from nbaprops.storage.schema import Table, col
from nbaprops.storage.warehouse import Warehouse

Status = Literal["success", "no_data", "failed"]

TABLE = Table(
    "nba_orchestration",
    "scraper_execution_log",
    (
        col("execution_id", "STRING", True, "one per request"),
        col("run_id", "STRING", True, "one per scrape command"),
        col("scraper_name", "STRING", True),
        col("status", "STRING", True, "success | no_data | failed"),
        col("started_at", "TIMESTAMP", True),
        col("finished_at", "TIMESTAMP", True),
        col("duration_seconds", "FLOAT64", True),
        col("object_path", "STRING", False, "store-relative path of the stored body"),
        col("record_count", "INT64"),
        col("bytes", "INT64"),
        col("http_status", "INT64"),
        col("error", "STRING", False, "URLs and keys scrubbed"),
        col("retry_count", "INT64", True),
        col("parameters", "JSON", False, "request parameters, never keys"),
        col("source", "STRING", True, "live | simulated"),
    ),
    key=("execution_id",),
    partition="started_at",
    cluster=("scraper_name", "status"),
    description="One row per scraper request: what was asked, what came back, where it was stored.",
    audit=False,
)


@dataclass(frozen=True)
class LogRow:
    scraper_name: str
    status: Status
    started_at: datetime
    finished_at: datetime
    parameters: dict[str, Any]
    object_path: str | None = None
    record_count: int | None = None
    bytes: int | None = None
    http_status: int | None = None
    error: str | None = None
    retry_count: int = 0


class ExecutionLog:
    """Buffers rows from worker threads and appends them in batches of ``batch`` rows, and whenever a
    scraper is done (the runner flushes then). Each insert costs ~1-2 ms whatever its size, so a season's
    15,000 rows go in fifteen inserts, not seventy-five."""

    def __init__(self, warehouse: Warehouse, run_id: str, source: str, batch: int = 1000) -> None:
        self.warehouse, self.run_id, self.source, self.batch = warehouse, run_id, source, batch
        self._rows: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def add(self, row: LogRow) -> None:
        record = {
            "execution_id": uuid.uuid4().hex,
            "run_id": self.run_id,
            "scraper_name": row.scraper_name,
            "status": row.status,
            "started_at": row.started_at,
            "finished_at": row.finished_at,
            "duration_seconds": round((row.finished_at - row.started_at).total_seconds(), 6),
            "object_path": row.object_path,
            "record_count": row.record_count,
            "bytes": row.bytes,
            "http_status": row.http_status,
            "error": redact(row.error)[:2000] if row.error else None,
            "retry_count": row.retry_count,
            "parameters": redact(json.dumps(row.parameters, default=str, sort_keys=True)),
            "source": self.source,
        }
        with self._lock:
            self._rows.append(record)
            full = len(self._rows) >= self.batch
        if full:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            rows, self._rows = self._rows, []
        if rows:
            self.warehouse.insert_rows(TABLE, rows)
