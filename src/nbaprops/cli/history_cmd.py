"""``nbaprops history``: the processor run history, one row per processor and date."""

from __future__ import annotations

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, environment, parse_date, print_json
from nbaprops.orchestration.run_history import RunHistory

STATUS_STYLE = {"success": "green", "skipped": "cyan", "running": "yellow", "partial": "magenta"}


def history(
    processor: str | None = typer.Option(None, "--processor", help="Processor name, e.g. nbac_schedule."),
    status: str | None = typer.Option(None, "--status", help="success | failed | partial | skipped | running"),
    start_date: str | None = typer.Option(None, "--start-date", help="First data_date (YYYY-MM-DD)."),
    end_date: str | None = typer.Option(None, "--end-date", help="Last data_date (YYYY-MM-DD)."),
    limit: int = typer.Option(200, help="Most rows to show."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show run history; a running row whose process is gone shows as failed (abandoned)."""
    name = processor.rpartition("/")[2] if processor else None
    with environment() as env:
        rows = RunHistory(env.warehouse).list(
            name, status, parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date"), limit
        )
    if as_json:
        print_json(rows)
        return
    table = RichTable()
    for col in ("processor", "data_date", "status", "records", "started_at", "secs", "mode", "detail"):
        table.add_column(col)
    for r in rows:
        style = STATUS_STYLE.get(r["status"], "red")
        detail = r["skip_reason"] or (r["errors"] or "")[:160]
        table.add_row(
            r["processor_name"], str(r["data_date"]), f"[{style}]{r['status']}[/{style}]",
            str(r["records_created"] or 0), str(r["started_at"])[:19],
            f"{r['duration_seconds']:.2f}" if r["duration_seconds"] is not None else "",
            "backfill" if r["backfill_mode"] else "normal", detail,
        )
    console.print(table)
    console.print(f"[dim]{len(rows)} row(s)[/dim]")
