"""Shared CLI plumbing: the console, date options, opening the environment, JSON output."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.errors import NbapropsError
from nbaprops.orchestration.registry import Definitions
from nbaprops.stopping import clear_stop, request_stop
from nbaprops.storage.warehouse import WarehouseError, duckdb_path

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


def parse_dates(value: str | None) -> list[date] | None:
    if not value:
        return None
    return [parse_date(v.strip(), "--dates") for v in value.split(",") if v.strip()]  # type: ignore[misc]


@contextmanager
def environment(*, read_only: bool = False, must_exist: bool = False) -> Iterator[Environment]:
    """Open (and implicitly ``init``) the warehouse and object store; errors print cleanly.

    ``must_exist``: commands that only report (status, history, validate, sql) refuse a home that has
    no warehouse yet, instead of creating an empty one and reporting that all is well.
    """
    settings = Settings.load()
    if must_exist and settings.warehouse_url.startswith("duckdb:///"):
        path = Path(duckdb_path(settings.warehouse_url))
        if not path.exists():
            err_console.print(f"[red]error:[/red] no warehouse at {path}: nothing has been run with this home "
                              f"({settings.home}). Set NBAPROPS_HOME to your data folder, or run a command "
                              "that loads data first (nbaprops backfill, nbaprops run).")
            raise typer.Exit(2)
    try:
        env = open_environment(settings, read_only=read_only)
    except (NbapropsError, WarehouseError) as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    except OSError as exc:
        err_console.print(f"[red]error:[/red] cannot open {exc.filename or settings.home}: {exc.strerror}. "
                          "Set NBAPROPS_HOME to a writable folder.")
        raise typer.Exit(2) from None
    try:
        yield env
    finally:
        env.warehouse.close()


def require_built_phases(phases: list[int], param_hint: str, definitions: Definitions | None = None) -> None:
    """A phase with no processors is an error (exit 2), never a silent success."""
    from nbaprops.definitions import DEFINITIONS
    from nbaprops.orchestration.declarations import PHASE_NAMES

    missing = [p for p in phases if p != 1 and not (definitions or DEFINITIONS).order(p)]
    if missing:
        names = ", ".join(f"{p} ({PHASE_NAMES[p]})" for p in missing)
        err_console.print(f"[red]error:[/red] phase {names} is not built yet: nothing would run ({param_hint})")
        raise typer.Exit(2)


@contextmanager
def stoppable(resume: str) -> Iterator[None]:
    """Ctrl-C or SIGTERM stops the command safely: the unit in progress is rolled back and recorded as
    interrupted, and the command that resumes is printed (exit 130). A second Ctrl-C stops at once; the
    warehouse's transactions mean nothing is ever half-written."""
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def on_stop(signum: int, frame: object) -> None:
        request_stop()  # kept, in case what the signal interrupts takes the exception for a failure
        raise KeyboardInterrupt

    clear_stop()
    for sig in previous:
        signal.signal(sig, on_stop)
    try:
        yield
    except KeyboardInterrupt:
        err_console.print(f"[yellow]stopped.[/yellow] Nothing was half-written; resume with:\n  {resume}",
                          highlight=False)
        raise typer.Exit(130) from None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        clear_stop()


def to_json(value: Any) -> str:
    def default(o: Any) -> Any:
        if isinstance(o, datetime | date):
            return o.isoformat()
        return str(o)

    return json.dumps(value, default=default, indent=2)


def print_json(value: Any) -> None:
    sys.stdout.write(to_json(value) + "\n")
