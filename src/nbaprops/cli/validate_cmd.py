"""``nbaprops validate --phase N``: the seed's validation queries, per table, with the fill commands."""

from __future__ import annotations

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, environment, parse_date, print_json, require_built_phases
from nbaprops.orchestration.validation import gaps, phase_coverage


def validate(
    phase: int = typer.Option(..., "--phase", min=2, max=5, help="Phase to check (2-5)."),
    start_date: str = typer.Option(..., "--start-date", help="First date (YYYY-MM-DD)."),
    end_date: str = typer.Option(..., "--end-date", help="Last date (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Per table: dates the schedule expects (final games) and dates present; exit 1 if any are missing."""
    start, end = parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date")
    require_built_phases([phase], "--phase")
    with environment(must_exist=True) as env:
        coverage = phase_coverage(env, phase, start, end)  # type: ignore[arg-type]
    missing = gaps(coverage)
    if as_json:
        print_json([c.as_dict() for c in coverage])
    else:
        table = RichTable(title=f"Phase {phase} completeness {start}..{end}", title_justify="left")
        for col in ("table", "expected", "present", "pct", "missing dates"):
            table.add_column(col)
        for c in coverage:
            d = c.as_dict()
            style = "green" if not c.missing else ("red" if c.gating else "yellow")
            table.add_row(c.processor.output_table, str(d["expected_dates"]), str(d["dates_with_data"]),
                          f"[{style}]{d['pct_complete']}%[/{style}]", (d["missing"] or "")[:80] + (
                              "" if c.gating else " (informational)"))
        console.print(table)
        for c in missing:
            console.print(f"fill {c.processor.output_table}: {c.fill_command()}")
    raise typer.Exit(1 if missing else 0)
