"""``nbaprops history``: the processor run history, one row per processor and date."""

from __future__ import annotations

import json
from enum import StrEnum

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, err_console, parse_date, print_json
from nbaprops.cli.snapshot import reporting_environment
from nbaprops.orchestration.run_history import RunHistory

STATUS_STYLE = {"success": "green", "skipped": "cyan", "running": "yellow", "partial": "magenta"}


class StatusFilter(StrEnum):
    """The statuses a run can show; ``abandoned`` = running rows whose process died (shown as failed)."""

    success = "success"
    failed = "failed"
    partial = "partial"
    skipped = "skipped"
    running = "running"
    abandoned = "abandoned"


def history(
    processor: str | None = typer.Option(None, "--processor", help="Processor name, e.g. nbac_schedule."),
    status: StatusFilter | None = typer.Option(None, "--status", case_sensitive=False,
                                               help="Only rows with this status (failed includes abandoned)."),
    start_date: str | None = typer.Option(None, "--start-date", help="First data_date (YYYY-MM-DD)."),
    end_date: str | None = typer.Option(None, "--end-date", help="Last data_date (YYYY-MM-DD)."),
    limit: int = typer.Option(200, min=1, help="Most rows to show (the newest first)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show run history; a running row whose process is gone shows as failed (abandoned)."""
    name = processor.rpartition("/")[2] if processor else None
    wanted = "failed" if status is StatusFilter.abandoned else (status.value if status else None)
    with reporting_environment() as env:
        rows = RunHistory(env.warehouse).list(
            name, wanted, parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date"), 10**9
        )
    if status is StatusFilter.abandoned:
        rows = [r for r in rows if r["status"] == "failed (abandoned)"]
    total, rows = len(rows), rows[:limit]
    if as_json:
        print_json(rows)
    else:
        _print(rows)
    if total > len(rows):
        err_console.print(f"showing the newest {len(rows)} of {total} rows; use --limit {total} (or filters) "
                          "to see them all")


def _first_error(errors: str | None) -> str:
    """The first recorded error in full: its retry command is at its end and must not be cut."""
    if not errors:
        return ""
    try:
        parsed = json.loads(errors)
    except ValueError:
        return errors
    return str(parsed[0]) if isinstance(parsed, list) and parsed else str(parsed)


def _print(rows: list[dict]) -> None:
    """A table of the runs, then each run's reason in full below it (a retry command is never cut)."""
    table = RichTable()
    for col in ("#", "processor", "data_date", "status", "records", "started_at", "secs", "mode"):
        table.add_column(col, no_wrap=col in ("processor", "data_date", "status", "started_at"))
    details: list[tuple[int, str]] = []
    for i, r in enumerate(rows, 1):
        style = STATUS_STYLE.get(r["status"], "red")
        table.add_row(
            str(i), r["processor_name"], str(r["data_date"]), f"[{style}]{r['status']}[/{style}]",
            str(r["records_created"] or 0), str(r["started_at"])[:19],
            f"{r['duration_seconds']:.2f}" if r["duration_seconds"] is not None else "",
            "backfill" if r["backfill_mode"] else "normal",
        )
        detail = r["skip_reason"] or _first_error(r["errors"])
        if detail:
            details.append((i, detail))
    console.print(table)
    for i, detail in details:
        console.print(f"  {i}: {detail}", markup=False, highlight=False)
    console.print(f"[dim]{len(rows)} row(s)[/dim]")
