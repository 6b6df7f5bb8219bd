"""Shared CLI plumbing: the console, date options, opening the environment, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import typer
from rich.console import Console

from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.errors import NbapropsError
from nbaprops.storage.warehouse import WarehouseError

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
def environment(*, read_only: bool = False) -> Iterator[Environment]:
    """Open (and implicitly ``init``) the warehouse and object store; errors print cleanly."""
    try:
        env = open_environment(read_only=read_only)
    except (NbapropsError, WarehouseError) as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    try:
        yield env
    finally:
        env.warehouse.close()


def require_built_phases(phases: list[int], param_hint: str) -> None:
    """A phase with no processors is an error (exit 2), never a silent success."""
    from nbaprops.definitions import DEFINITIONS
    from nbaprops.orchestration.declarations import PHASE_NAMES

    missing = [p for p in phases if p != 1 and not DEFINITIONS.order(p)]
    if missing:
        names = ", ".join(f"{p} ({PHASE_NAMES[p]})" for p in missing)
        err_console.print(f"[red]error:[/red] phase {names} is not built yet: nothing would run ({param_hint})")
        raise typer.Exit(2)


def to_json(value: Any) -> str:
    def default(o: Any) -> Any:
        if isinstance(o, datetime | date):
            return o.isoformat()
        return str(o)

    return json.dumps(value, default=default, indent=2)


def print_json(value: Any) -> None:
    sys.stdout.write(to_json(value) + "\n")
