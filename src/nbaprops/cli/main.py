"""The ``nbaprops`` command."""

from __future__ import annotations

from importlib.metadata import version as package_version

import typer

from nbaprops.cli.backfill_cmd import backfill
from nbaprops.cli.common import console, environment
from nbaprops.cli.daily_cmd import daily
from nbaprops.cli.evaluate_cmd import evaluate
from nbaprops.cli.history_cmd import history
from nbaprops.cli.list_cmd import list_processors
from nbaprops.cli.monitor_cmd import monitor, stop
from nbaprops.cli.preflight_cmd import preflight_cmd
from nbaprops.cli.run_cmd import run
from nbaprops.cli.schedule_cmd import schedule
from nbaprops.cli.scrape_cmd import scrape
from nbaprops.cli.simulator_cmd import simulator_app
from nbaprops.cli.sql_cmd import sql
from nbaprops.cli.status_cmd import status
from nbaprops.cli.train_cmd import train
from nbaprops.cli.validate_cmd import validate

app = typer.Typer(
    name="nbaprops",
    help="NBA and sportsbook data into player-prop predictions, with backfills that are safe by construction.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        console.print(f"nbaprops {package_version('nbaprops')}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """NBA and sportsbook data into player-prop predictions, with backfills that are safe by construction."""


@app.command()
def init() -> None:
    """Create every dataset and table (idempotent; every other command does this first)."""
    with environment() as env:
        tables = env.definitions.tables()
        console.print(f"warehouse ready: {len(tables)} tables")
        console.print(f"object store: {env.store.uri('')}")


app.command("list")(list_processors)
app.command("run")(run)
app.command("history")(history)
app.command("sql")(sql)
app.command("validate")(validate)
app.command("status")(status)
app.command("preflight")(preflight_cmd)
app.command("monitor")(monitor)
app.command("stop")(stop)
app.command("backfill")(backfill)
app.command("daily")(daily)
app.command("schedule")(schedule)
app.command("train")(train)
app.command("evaluate")(evaluate)
app.command("scrape")(scrape)
app.add_typer(simulator_app, name="simulator")


if __name__ == "__main__":  # pragma: no cover
    app()
