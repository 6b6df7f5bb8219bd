"""``nbaprops monitor`` and ``nbaprops stop``: a running backfill seen and stopped from another terminal.

Both read the backfill's state file (``<home>/backfill.json``), never the warehouse, which DuckDB keeps
locked while the backfill writes.
"""

from __future__ import annotations

import os
import signal
import time

import typer
from rich.live import Live
from rich.panel import Panel
from rich.text import Text

from nbaprops.cli.common import console, err_console, print_json
from nbaprops.cli.live_state import LiveState, read_state
from nbaprops.config import Settings


def _render(state: LiveState) -> Panel:
    eta = state.eta_seconds()
    status = (state.outcome if state.finished else "running" if state.alive else "gone (its process died)")
    head = (f"{state.command}\npid {state.pid}: {status}; {state.where}\n"
            f"steps {state.done_steps}/{state.total_steps}"
            + (f", ETA {eta:.0f} s" if eta is not None and not state.finished else "")
            + f"; updated {time.time() - state.updated_at:.0f} s ago")
    body = Text(head + "\n\n" + "\n".join(state.lines[-12:]))
    if state.failures:
        body.append("\n\nfailures:\n" + "\n".join(state.failures[-5:]), style="red")
    return Panel(body, title="nbaprops backfill", title_align="left")


def monitor(
    once: bool = typer.Option(False, "--once", help="Print the state once and exit (no live view)."),
    as_json: bool = typer.Option(False, "--json", help="Print the state as JSON (implies --once)."),
    interval: float = typer.Option(1.0, "--interval", min=0.2, help="Seconds between refreshes."),
) -> None:
    """Watch the backfill running with this home: steps done, ETA, its latest lines and failures."""
    home = Settings.load().home
    state = read_state(home)
    if state is None:
        err_console.print(f"no backfill has run with this home ({home}): nothing to monitor")
        raise typer.Exit(1)
    if as_json:
        print_json({**state.__dict__, "alive": state.alive, "eta_seconds": state.eta_seconds()})
        return
    if once or not console.is_terminal:
        console.print(_render(state))
        return
    with Live(_render(state), console=console, refresh_per_second=4) as live:
        while True:
            state = read_state(home) or state
            live.update(_render(state))
            if state.finished or not state.alive:
                break
            time.sleep(interval)


def stop() -> None:
    """Stop the backfill running with this home, safely (as Ctrl-C in its own terminal would)."""
    home = Settings.load().home
    state = read_state(home)
    if state is None or state.finished or not state.alive:
        err_console.print(f"no backfill is running with this home ({home})")
        raise typer.Exit(1)
    os.kill(state.pid, signal.SIGTERM)
    console.print(f"asked backfill pid {state.pid} to stop; it rolls back the unit in progress and prints "
                  f"the command that resumes:\n  {state.command}")
