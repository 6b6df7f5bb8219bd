"""``nbaprops list``: phases, processors, what each reads, and the order the DAG gives."""

from __future__ import annotations

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, print_json
from nbaprops.definitions import DEFINITIONS
from nbaprops.orchestration.declarations import PHASE_NAMES, Upstream


def describe_read(u: Upstream) -> str:
    """``last 15 games per team, min 1`` / ``season to date, min 100, optional`` / ``snapshot`` ..."""
    parts: list[str] = []
    if u.kind != "dated":
        parts.append(u.kind)
    if u.lookback_games:
        parts.append(f"last {u.lookback_games} games" + ("" if u.per == "league" else f" per {u.per}"))
    if u.lookback_days:
        parts.append(f"{u.lookback_days} days")
    if u.season_to_date:
        parts.append("season to date")
    if u.has_lookback and not u.include_date:
        parts.append("before D")
    parts.append(f"min {u.min_rows}")
    if u.any_of:
        parts.append(f"any of {u.any_of}")
    if not u.critical:
        parts.append("optional")
    if not u.trigger:
        parts.append("lookup")
    return ", ".join(parts)


def list_processors(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show every processor by phase with its upstream tables, in dependency order."""
    defs = DEFINITIONS
    if as_json:
        print_json([
            {"order": i + 1, "ref": p.ref, "phase": p.phase_name, "table": p.output_table,
             "expects": p.expects,
             "reads": [{"table": u.table, "kind": u.kind, "lookback_days": u.lookback_days,
                        "lookback_games": u.lookback_games, "per": u.per, "season_to_date": u.season_to_date,
                        "min_rows": u.min_rows, "critical": u.critical, "any_of": u.any_of, "trigger": u.trigger,
                        "describe": describe_read(u)} for u in p.reads]}
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
                reads = "\n".join(f"{u.table} ({describe_read(u)})" for u in p.reads) or "object store only"
                table.add_row(str(step), p.ref, p.output_table, reads)
        console.print(table)
        note = "processors in the same step may run in parallel; steps run in order"
        console.print(f"[dim]{note}[/dim]\n")
