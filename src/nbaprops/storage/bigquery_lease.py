"""One writer at a time on a BigQuery warehouse, across machines: a lease row.

DuckDB lets one process write its file and refuses a second; BigQuery would let two backfills on two
machines interleave their swaps. So a writing process holds ``nba_orchestration.writer_lease``'s one
row (who: host, pid, command; until when), taken by a single ``MERGE`` that inserts the row or takes
over an expired one (BigQuery runs conflicting DML on one table one after the other, so two takers
cannot both win; each reads the row back to learn who did), renewed by a heartbeat thread, deleted on
close. A holder that dies stops renewing, and its lease expires (default 5 minutes). Readers
(``status``, ``history``, ``sql``) take no lease: BigQuery serves them while a backfill writes.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from nbaprops.storage.bigquery_sql import literal
from nbaprops.storage.schema import Table, col
from nbaprops.storage.warehouse import WarehouseError

LEASE_TABLE = Table(
    "nba_orchestration", "writer_lease",
    (col("name", "STRING", True), col("holder_id", "STRING", True), col("holder", "STRING"),
     col("acquired_at", "TIMESTAMP"), col("expires_at", "TIMESTAMP", True)),
    key=("name",), audit=False, description="the process allowed to write this warehouse, until expires_at",
)
LEASE_NAME = "warehouse"
DEFAULT_LEASE_SECONDS = 300


class WriterLease:
    """The lease of one writing process; :meth:`acquire` or fail, renewed until :meth:`release`."""

    def __init__(self, run: Callable[[str], Any], table_name: str, seconds: int = DEFAULT_LEASE_SECONDS) -> None:
        self._run = run  # runs one BigQuery statement and returns its rows (the warehouse's job runner)
        self._table = table_name  # quoted `nba_orchestration`.`writer_lease`
        self.seconds = seconds
        self.holder_id = uuid.uuid4().hex
        self.holder = f"{socket.gethostname()} pid {os.getpid()}: {' '.join(['nbaprops', *sys.argv[1:]])[:200]}"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.lost = False

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lease, waiting up to ``wait`` seconds for another holder's to end or expire."""
        deadline = time.monotonic() + wait
        while True:
            holder = self._try_take()
            if holder is None:
                break
            if time.monotonic() >= deadline:
                raise WarehouseError(
                    f"another nbaprops process is writing to this warehouse ({holder['holder']}; its lease runs "
                    f"until {holder['expires_at']}). BigQuery serves readers meanwhile (status, history, sql); wait "
                    "for it to finish, or stop it. A writer that died releases its lease when the lease expires.")
            time.sleep(_until_retry(holder, deadline))
        self._thread = threading.Thread(target=self._renew_loop, name="nbaprops-writer-lease", daemon=True)
        self._thread.start()

    def _try_take(self) -> dict[str, Any] | None:
        """Insert the lease row or take over an expired one; the other holder's row if it is not ours."""
        me, name, holder = literal(self.holder_id), literal(LEASE_NAME), literal(self.holder)
        until = f"TIMESTAMP_ADD(CURRENT_TIMESTAMP(), INTERVAL {int(self.seconds)} SECOND)"
        self._run(
            f"MERGE {self._table} t USING (SELECT {name} AS name) s ON t.name = s.name "
            f"WHEN MATCHED AND t.expires_at < CURRENT_TIMESTAMP() THEN UPDATE SET holder_id = {me}, "
            f"holder = {holder}, acquired_at = CURRENT_TIMESTAMP(), expires_at = {until} "
            f"WHEN NOT MATCHED THEN INSERT (name, holder_id, holder, acquired_at, expires_at) "
            f"VALUES ({name}, {me}, {holder}, CURRENT_TIMESTAMP(), {until})"
        )
        rows = self._run(f"SELECT holder_id, holder, expires_at FROM {self._table} WHERE name = {name}")
        if rows and rows[0]["holder_id"] == self.holder_id:
            return None
        return rows[0] if rows else {"holder": "unknown", "expires_at": "unknown"}

    def renew(self) -> bool:
        """Extend the lease; False if it was lost (it expired and another process took it)."""
        me = literal(self.holder_id)
        self._run(f"UPDATE {self._table} SET expires_at = TIMESTAMP_ADD(CURRENT_TIMESTAMP(), "
                  f"INTERVAL {int(self.seconds)} SECOND) WHERE holder_id = {me}")
        rows = self._run(f"SELECT count(*) AS n FROM {self._table} WHERE holder_id = {me}")
        self.lost = not rows or rows[0]["n"] == 0
        return not self.lost

    def _renew_loop(self) -> None:
        while not self._stop.wait(max(1.0, self.seconds / 3)):
            try:
                if not self.renew():
                    return
            except Exception:  # a transient error: the next beat tries again, well before the lease ends
                continue

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
            self._run(f"DELETE FROM {self._table} WHERE holder_id = {literal(self.holder_id)}")


def _until_retry(holder: dict[str, Any], deadline: float) -> float:
    """Seconds to wait before trying again: until the holder's lease ends (at most 10 s, and never past
    the deadline), so a dead holder's lease is taken soon after it expires."""
    expires = holder.get("expires_at")
    left = (expires - datetime.now(UTC)).total_seconds() + 0.5 if isinstance(expires, datetime) else 10.0
    return max(0.2, min(10.0, left, deadline - time.monotonic()))
