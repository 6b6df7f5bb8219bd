"""A running backfill's state in a small JSON file beside the warehouse, for other terminals.

DuckDB allows one writing process and no reader beside it, so a second terminal cannot query the run
history while a backfill writes. The backfill therefore keeps ``<home>/backfill.json`` up to date
(atomically replaced at every step: pid, command, season, phase, steps done of the total, the lines it
printed, the processors that failed): ``nbaprops monitor`` shows it live and ``nbaprops stop`` sends
the process SIGTERM, which it handles as a safe stop (the unit in progress rolled back and recorded).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FILE = "backfill.json"
KEEP_LINES = 30


@dataclass
class LiveState:
    pid: int
    command: str
    started_at: float
    total_steps: int
    done_steps: int = 0
    where: str = ""
    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    finished: bool = False
    outcome: str = ""
    updated_at: float = 0.0

    @property
    def alive(self) -> bool:
        """Whether the backfill's process still runs (a killed one leaves its last state behind)."""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def eta_seconds(self) -> float | None:
        elapsed = self.updated_at - self.started_at
        if not self.done_steps or elapsed <= 0:
            return None
        return elapsed / self.done_steps * (self.total_steps - self.done_steps)


class LiveWriter:
    """Keeps the state file current as the backfill logs its lines."""

    def __init__(self, path: Path, state: LiveState) -> None:
        self.path, self.state = path, state
        self.write()

    def line(self, text: str, *, step_done: bool = False) -> None:
        stripped = text.strip()
        if stripped.startswith("== season"):
            self.state.where = stripped.removeprefix("== ")
        if step_done:
            self.state.done_steps += 1
        if " failed" in stripped or stripped.startswith("!!"):
            self.state.failures = [*self.state.failures, stripped][-KEEP_LINES:]
        self.state.lines = [*self.state.lines, stripped][-KEEP_LINES:]
        self.write()

    def finish(self, outcome: str) -> None:
        self.state.finished, self.state.outcome = True, outcome
        self.write()

    def write(self) -> None:
        self.state.updated_at = time.time()
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(asdict(self.state)))
        tmp.replace(self.path)  # readers never see half a file


@contextmanager
def live_state(home: Path, command: str, total_steps: int) -> Iterator[LiveWriter]:
    """Publish the backfill's state while it runs; the file stays after it ends, marked finished."""
    home.mkdir(parents=True, exist_ok=True)
    writer = LiveWriter(home / FILE, LiveState(os.getpid(), command, time.time(), total_steps))
    outcome = "stopped"
    try:
        yield writer
        outcome = "finished"
    except SystemExit as exc:
        outcome = "finished" if exc.code in (0, None) else f"exited {exc.code}"
        raise
    except KeyboardInterrupt:
        outcome = "stopped (interrupted)"
        raise
    finally:
        if not writer.state.finished:
            writer.finish(outcome)


def read_state(home: Path) -> LiveState | None:
    path = home / FILE
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text())
    return LiveState(**data)
