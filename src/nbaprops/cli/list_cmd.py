"""``nbaprops list``: phases, processors, what each reads, and the order the DAG gives."""

from __future__ import annotations

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, print_json
from nbaprops.definitions import DEFINITIONS
from nbaprops.orchestration.declarations import PHASE_NAMES


def list_processors(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show every processor by phase with its upstream tables, in dependency order."""
    defs = DEFINITIONS
    if as_json:
        print_json([
            {"order": i + 1, "ref": p.ref, "phase": p.phase_name, "table": p.output_table,
             "expects": p.expects,
             "reads": [{"table": u.table, "lookback_days": u.lookback_days, "lookback_games": u.lookback_games,
                        "min_rows": u.min_rows, "critical": u.critical, "trigger": u.trigger} for u in p.reads]}
            for i, p in enumerate(defs.order())
        ])
        return
    for phase, name in PHASE_NAMES.items():
        procs = defs.order(phase)
        if not procs:
            continue
        levels = defs.levels(phase)
        table = RichTable(title=f"Phase {phase} ({name})", title_justify="left")
        table.add_column("step", justify="right")
        table.add_column("processor")
        table.add_column("writes")
        table.add_column("reads (lookback, min rows)")
        for step, group in enumerate(levels, 1):
            for p in group:
                reads = "\n".join(
                    f"{u.table}"
                    + (f" ({u.lookback_days}d" if u.lookback_days else " (")
                    + (f" {u.lookback_games}g" if u.lookback_games else "")
                    + f" min {u.min_rows}{'' if u.critical else ', optional'})"
                    for u in p.reads
                ) or "object store only"
                table.add_row(str(step), p.ref, p.output_table, reads)
        console.print(table)
        note = "processors in the same step may run in parallel; steps run in order"
        console.print(f"[dim]{note}[/dim]\n")
