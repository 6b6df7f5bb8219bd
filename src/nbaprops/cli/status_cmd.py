"""``nbaprops status``: the seed's backfill monitor in one command, from the tables themselves.

Per phase: dates the schedule expects, dates each table has, and the processor/dates whose latest run
failed (abandoned runs included), so a backfill whose alerts went to a digest is still never silent.
"""

from __future__ import annotations

from datetime import date

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, parse_date, print_json
from nbaprops.cli.snapshot import reporting_environment
from nbaprops.orchestration.commands import run_command, scrape_command
from nbaprops.orchestration.dependencies import compress_dates
from nbaprops.orchestration.run_history import RunHistory
from nbaprops.orchestration.validation import phase_coverage
from nbaprops.seasons import date_range


def _scrapes_failed(history: RunHistory, start: date, end: date) -> dict[str, list[date]]:
    """Phase 1 units (``scrape/<scraper>`` rows) whose latest run failed or was abandoned, per scraper."""
    latest: dict[tuple[str, date], str] = {}
    for row in history.list(None, None, start, end, 10**9):  # newest first
        name = row["processor_name"]
        if name.startswith("scrape/") and row["status"] != "running":
            latest.setdefault((name, row["data_date"]), row["status"])
    failed: dict[str, list[date]] = {}
    for (name, day), status in sorted(latest.items()):
        if status.startswith("failed"):
            failed.setdefault(name, []).append(day)
    return failed


def status(
    start_date: str = typer.Option(..., "--start-date", help="First date (YYYY-MM-DD)."),
    end_date: str = typer.Option(..., "--end-date", help="Last date (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Completeness per phase and the dates whose latest run failed; exit 1 if any failed or is missing."""
    start, end = parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date")
    with reporting_environment() as env:
        phases = {phase: phase_coverage(env, phase, start, end)  # type: ignore[arg-type]
                  for phase in (2, 3, 4, 5) if env.definitions.order(phase)}
        history = RunHistory(env.warehouse)
        failed: dict[str, list] = _scrapes_failed(history, start, end)  # type: ignore[arg-type]
        for proc in env.definitions.order():
            latest = history.latest(proc.name, date_range(start, end))  # type: ignore[arg-type]
            bad = sorted(d for d, row in latest.items() if row["status"].startswith("failed"))
            if bad:
                failed[proc.ref] = bad
    summary = {
        "phases": {str(p): [c.as_dict() for c in cov] for p, cov in phases.items()},
        "latest_run_failed": {ref: [d.isoformat() for d in days] for ref, days in failed.items()},
    }
    problems = bool(failed) or any(c.gating and c.missing for cov in phases.values() for c in cov)
    if as_json:
        print_json(summary)
        raise typer.Exit(1 if problems else 0)
    for phase, cov in phases.items():
        table = RichTable(title=f"Phase {phase}", title_justify="left")
        for col in ("table", "dates", "of expected", "missing"):
            table.add_column(col)
        for c in cov:
            d = c.as_dict()
            table.add_row(c.label, str(d["dates_with_data"]), str(d["expected_dates"]),
                          (d["missing"] or "")[:70])
        console.print(table)
    if failed:
        console.print("[red]latest run failed:[/red]")
        for ref, days in failed.items():
            retry = (scrape_command(ref.removeprefix("scrape/"), min(days), max(days)) if ref.startswith("scrape/")
                     else run_command(ref, dates=days))
            console.print(f"  {ref}: {compress_dates(days)}  (retry: {retry})")
    else:
        console.print("no failed runs in the range")
    raise typer.Exit(1 if problems else 0)
