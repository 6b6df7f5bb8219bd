"""``nbaprops preflight``: the seed's pre-backfill checklist, run before a long backfill."""

from __future__ import annotations

import typer

from nbaprops.cli.backfill_cmd import parse_phases
from nbaprops.cli.common import console, environment, parse_date, print_json, require_built_phases
from nbaprops.orchestration.preflight import preflight

STYLE = {"ok": "green", "warn": "yellow", "fail": "red"}


def preflight_cmd(
    start_date: str = typer.Option(..., "--start-date", help="First date of the backfill (YYYY-MM-DD)."),
    end_date: str = typer.Option(..., "--end-date", help="Last date of the backfill (YYYY-MM-DD)."),
    phases: str = typer.Option("2-4", "--phases", help="Phases the backfill will run, e.g. 2-4."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Tables, schedule, source objects, the first date through every phase (a dry run), the plan and its
    estimated time. Exit 1 if any check fails; nothing is written."""
    start, end = parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date")
    if start is None or end is None or end < start:
        raise typer.BadParameter("give a range whose end is not before its start", param_hint="--end-date")
    wanted = parse_phases(phases)
    require_built_phases(wanted, "--phases")
    with environment() as env:
        checks = preflight(env, start, end, wanted)
    if as_json:
        print_json([c.__dict__ for c in checks])
    else:
        for c in checks:
            console.print(f"[{STYLE[c.verdict]}]{c.verdict:>4}[/{STYLE[c.verdict]}]  {c.name}: {c.detail}",
                          highlight=False)
            for fix in c.fix:
                console.print(f"        {'run' if c.verdict == 'ok' else 'fix'}: {fix}", markup=False, highlight=False)
    raise typer.Exit(1 if any(c.verdict == "fail" for c in checks) else 0)
