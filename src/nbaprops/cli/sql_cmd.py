"""``nbaprops sql``: a read-only query against the warehouse."""

from __future__ import annotations

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, environment, err_console, print_json
from nbaprops.storage.warehouse import WarehouseError


def sql(
    query: str = typer.Argument(..., help="A SELECT (or WITH ...) statement."),
    as_json: bool = typer.Option(False, "--json", help="Print rows as JSON."),
    limit: int = typer.Option(1000, help="Most rows to print."),
) -> None:
    """Run a read-only query and print a table (or JSON)."""
    with environment(must_exist=True):
        pass  # implicit init (new tables of a newer version), then reopen read-only so nothing can be written
    with environment(read_only=True) as env:
        try:
            rows = env.warehouse.query(query)
        except WarehouseError as exc:
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
    rows = rows[:limit]
    if as_json:
        print_json(rows)
        return
    table = RichTable()
    for name in rows[0].keys() if rows else []:
        table.add_column(name)
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row.values()])
    console.print(table)
    console.print(f"[dim]{len(rows)} row(s)[/dim]")
