"""A read-only snapshot of what ``status`` and ``history`` read, published by a running backfill.

DuckDB lets one process open the warehouse file while it writes, so a second terminal could not run
``nbaprops status`` or ``history`` during a backfill. The backfill therefore publishes, every
:data:`INTERVAL` seconds (``NBAPROPS_SNAPSHOT_SECONDS``; less often if a snapshot would take more than
a quarter of the time), ``<home>/snapshot.duckdb``: the run history, the alerts and digests in full, and
of every other table only the columns coverage is computed from (distinct partition dates, season
years, the schedule's game dates and statuses).

Each snapshot is read in one transaction of a second connection to the writer's own database (one
committed state, never a torn one), written to a temporary file and renamed over the previous one
(a reader holds either the old file or the new one, never half of one). Readers that find the
warehouse locked open the snapshot instead and say how old it is. The backfill removes the snapshot
when it ends; the warehouse is then open again.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from nbaprops.cli.common import environment, err_console
from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.run_history import pid_alive
from nbaprops.orchestration.system_tables import ALERT_DIGESTS, ALERTS, PROCESSOR_RUN_HISTORY
from nbaprops.storage.schema import Table
from nbaprops.storage.warehouse import WarehouseError, duckdb_path

FILE = "snapshot.duckdb"
INTERVAL_ENV = "NBAPROPS_SNAPSHOT_SECONDS"
INTERVAL = 2.0  # seconds between snapshots: the most a reader lags behind the writer, plus one snapshot's time
MAX_SHARE = 0.25  # a snapshot may take at most this share of the time: on a huge warehouse they space out
FULL = (PROCESSOR_RUN_HISTORY, ALERTS, ALERT_DIGESTS)
COVERAGE_COLUMNS = ("game_date", "game_status", "season_year")  # besides each table's partition column
INFO = "nba_reference.snapshot_info"


def _columns(table: Table) -> list[str]:
    """The columns of ``table`` the snapshot keeps: all for the bookkeeping tables, else coverage's."""
    if table in FULL:
        return list(table.column_names)
    wanted = {*COVERAGE_COLUMNS, *([table.partition] if table.partition else [])}
    return [c for c in table.column_names if c in wanted]


def _q(name: str) -> str:
    return ".".join(f'"{part}"' for part in name.split("."))


class SnapshotPublisher:
    """Publishes the snapshot from a thread of the writing process (started and stopped by the backfill)."""

    def __init__(self, warehouse_file: Path, home: Path, tables: list[Table], command: str) -> None:
        self.source, self.path = warehouse_file, home / FILE
        self.tables, self.command = tables, command
        self.interval = float(os.environ.get(INTERVAL_ENV) or INTERVAL)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="nbaprops-snapshot", daemon=True)
        self.published = 0
        self.last_error: str | None = None

    def start(self) -> None:
        for stale in self.path.parent.glob(f".{FILE}.*.tmp"):  # left by a writer killed mid-snapshot
            stale.unlink(missing_ok=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop publishing and remove the snapshot: the warehouse itself is readable again."""
        self._stop.set()
        self._thread.join(timeout=30)
        self.path.unlink(missing_ok=True)

    def _loop(self) -> None:
        con = duckdb.connect(str(self.source))  # the same database instance as the writer's (one process)
        try:
            while True:
                began = time.monotonic()
                try:
                    self.publish(con)
                except duckdb.Error as exc:  # a table altered meanwhile, a full disk: try again next time
                    self.last_error = f"{exc.__class__.__name__}: {exc}"
                if self._stop.wait(max(self.interval, (time.monotonic() - began) / MAX_SHARE)):
                    return
        finally:
            con.close()

    def publish(self, con: duckdb.DuckDBPyConnection) -> None:
        tmp = self.path.with_name(f".{FILE}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        con.execute(f"ATTACH '{tmp}' AS snap")
        try:
            con.execute("BEGIN TRANSACTION")  # one committed state of the warehouse for every table
            try:
                self._copy(con)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            con.execute("DETACH snap")
        tmp.replace(self.path)  # atomic: readers see the previous snapshot or this one
        self.published += 1

    def _copy(self, con: duckdb.DuckDBPyConnection) -> None:
        present: dict[str, set[str]] = {}
        for schema, table, column in con.execute(
                "SELECT schema_name, table_name, column_name FROM duckdb_columns() "
                "WHERE database_name = current_database()").fetchall():
            present.setdefault(f"{schema}.{table}", set()).add(column)
        for schema in sorted({t.dataset for t in self.tables} | {INFO.split(".")[0]}):
            con.execute(f'CREATE SCHEMA IF NOT EXISTS snap."{schema}"')
        for table in self.tables:
            cols = [c for c in _columns(table) if c in present.get(table.full_name, ())]
            if not cols:
                continue
            select = ", ".join(f'"{c}"' for c in cols)
            distinct = "" if table in FULL else "DISTINCT "
            con.execute(f"CREATE TABLE snap.{_q(table.full_name)} AS "
                        f"SELECT {distinct}{select} FROM {_q(table.full_name)}")
        con.execute(f"CREATE TABLE snap.{_q(INFO)} AS SELECT now() AS taken_at, ? AS writer_pid, ? AS command",
                    [os.getpid(), self.command])


@contextmanager
def publishing(env: Environment, home: Path, command: str) -> Iterator[SnapshotPublisher | None]:
    """While the block runs, publish snapshots of a DuckDB warehouse file (other engines need none)."""
    path = getattr(env.warehouse, "path", None)
    if env.warehouse.dialect != "duckdb" or not path or path == ":memory:":
        yield None
        return
    publisher = SnapshotPublisher(Path(path), home, env.definitions.tables(), command)
    publisher.start()
    try:
        yield publisher
    finally:
        publisher.stop()


@dataclass(frozen=True)
class SnapshotInfo:
    taken_at: datetime
    writer_pid: int
    command: str

    def describe(self) -> str:
        age = (datetime.now(UTC) - self.taken_at).total_seconds()
        writer = "" if pid_alive(self.writer_pid) else ", which has ended since"
        return (f"the warehouse is being written by another process; showing the snapshot published "
                f"{age:.0f} s ago ({self.taken_at:%H:%M:%S} UTC) by `{self.command}` (pid {self.writer_pid}{writer})")


def _locked(path: Path) -> bool:
    """Whether another process holds the warehouse file (DuckDB's lock refuses even a reader)."""
    try:
        duckdb.connect(str(path), read_only=True).close()
    except duckdb.Error as exc:  # anything but a lock is the normal open's to report
        return "lock" in str(exc).lower()
    return False


@contextmanager
def reporting_environment() -> Iterator[Environment]:
    """The environment ``status`` and ``history`` read: the warehouse, or, while a backfill writes to it,
    the backfill's latest snapshot (its age said on stderr). Without a snapshot, the usual lock error."""
    settings = Settings.load()
    snapshot = settings.home / FILE
    warehouse = Path(duckdb_path(settings.warehouse_url)) if settings.warehouse_url.startswith("duckdb:") else None
    env = None
    if warehouse is not None and snapshot.exists() and warehouse.exists() and _locked(warehouse):
        try:
            env = open_environment(replace(settings, warehouse_url=f"duckdb:///{snapshot}"), read_only=True)
        except WarehouseError:  # the backfill ended and removed it just now: the warehouse is free again
            env = None
    if env is None:
        with environment(must_exist=True) as env:
            yield env
        return
    try:
        rows = env.warehouse.query(f"SELECT taken_at, writer_pid, command FROM {INFO}")
        err_console.print(f"[yellow]note:[/yellow] {SnapshotInfo(**rows[0]).describe()}", highlight=False)
        yield env
    finally:
        env.warehouse.close()

