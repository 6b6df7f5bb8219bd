"""``nbaprops run <phase>/<processor>``: one processor (and its dependents, planned once) over a range."""

from __future__ import annotations

from contextlib import nullcontext

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, environment, err_console, parse_date, parse_dates, stoppable
from nbaprops.cli.progress import steps
from nbaprops.cli.snapshot import publishing
from nbaprops.config import Settings
from nbaprops.orchestration.command_plan import PlannedStep, closure, run_command_plan
from nbaprops.orchestration.commands import run_command
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.declarations import FOLDER_PHASES, Processor
from nbaprops.orchestration.dependencies import compress_dates
from nbaprops.orchestration.errors import RegistryError
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.runner import RunReport


def run(
    processor: str = typer.Argument(..., help="phase/processor, e.g. raw/nbac_schedule; or a phase with --all"),
    start_date: str | None = typer.Option(None, "--start-date", help="First date (YYYY-MM-DD)."),
    end_date: str | None = typer.Option(None, "--end-date", help="Last date (YYYY-MM-DD); defaults to --start-date."),
    dates: str | None = typer.Option(None, "--dates", help="Exact dates, comma-separated (instead of a range)."),
    backfill_mode: bool = typer.Option(False, "--backfill-mode", help="Relax exactly the seed's backfill safeguards."),
    skip_downstream_trigger: bool = typer.Option(False, "--skip-downstream-trigger",
                                                 help="Do not start the processors that read this one."),
    force: bool = typer.Option(False, "--force", help="Recompute dates already processed and fresh."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Plan and check dependencies; write nothing."),
    run_all: bool = typer.Option(False, "--all", help="Every processor of the phase named (e.g. run raw --all), "
                                                      "in dependency order."),
) -> None:
    """Run one processor (or a whole phase with --all). Exit 0 only if every date succeeded or was skipped."""
    explicit = parse_dates(dates)
    start = parse_date(start_date, "--start-date")
    end = parse_date(end_date, "--end-date") or start
    if explicit:
        start, end = min(explicit), max(explicit)
    if start is None or end is None:
        raise typer.BadParameter("give --start-date (and --end-date) or --dates", param_hint="--start-date")
    if end < start:
        raise typer.BadParameter(f"--end-date {end} is before --start-date {start}", param_hint="--end-date")
    options = RunOptions(backfill_mode=backfill_mode, force=force, dry_run=dry_run,
                         skip_downstream_trigger=skip_downstream_trigger)
    resume = run_command(processor, start, end, dates=explicit or (), backfill=backfill_mode,
                         skip_downstream_trigger=skip_downstream_trigger, all_of_phase=run_all)
    with stoppable(resume), environment() as env, \
            (nullcontext() if dry_run else publishing(env, Settings.load().home, resume)):  # a dry run writes nothing
        try:
            procs = _selected(env.definitions, processor, run_all)
            if run_all:
                procs = _configured(env, procs)
        except RegistryError as exc:
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
        total = len(closure(env.definitions, procs, downstream=not skip_downstream_trigger))
        with steps(console, total, f"run {processor}") as bar:

            def on_step(step: PlannedStep) -> None:
                print_step(step)
                bar.advance()

            result = run_command_plan(env, procs, start, end, dates=explicit, options=options, on_step=on_step)
    bad = [r for r in result.reports if not r.ok]
    if bad or any(s.blocked for s in result.steps):
        err_console.print("[red]Some dates did not succeed.[/red]")
        for r in bad:
            cmd = r.retry_command()
            if cmd:
                err_console.print(f"  retry: {cmd}")
    named = [st.report for st in result.steps if st.named and st.report is not None]
    if named and all(not r.outcomes and r.plan_error is None for r in named):
        err_console.print(f"nothing to do: no date in {start}..{end} is expected for "
                          f"{', '.join(r.processor.ref for r in named)} (no game in the schedule, or no source "
                          "object for a file-driven table); nothing was run")
        raise typer.Exit(1)
    raise typer.Exit(0 if result.ok else 1)


def _selected(definitions: Definitions, ref: str, run_all: bool) -> list[Processor]:
    """One processor by reference, or with ``--all`` every processor of a phase folder, DAG-ordered."""
    if not run_all:
        return [definitions.resolve(ref)]
    folder = ref.strip("/")
    if folder not in FOLDER_PHASES:
        raise RegistryError(f"--all takes a phase folder ({', '.join(FOLDER_PHASES)}), not {ref!r}")
    procs = list(definitions.order(FOLDER_PHASES[folder]))
    if not procs:
        raise RegistryError(f"phase {folder} has no processors yet: nothing would run")
    return procs


def _configured(env: Environment, procs: list[Processor]) -> list[Processor]:
    """Processors whose source the user has; the others are named and left out (NBAPROPS_SOURCES)."""
    left_out = env.sources.left_out(procs)
    if left_out:
        console.print(left_out)
    return env.sources.configured(procs)


def print_step(step: PlannedStep) -> None:
    """One line (and a table of failures) per planned processor, as soon as it is done."""
    if step.report is not None:
        print_report(step.report)
    if step.blocked:
        by = sorted(set(step.blocked.values()))
        err_console.print(f"[yellow]{step.processor.ref}: blocked for {compress_dates(list(step.blocked))} "
                          f"by failed upstream {', '.join(by)} (not run)[/yellow]")


def print_report(report: RunReport) -> None:
    p = report.processor
    title = f"{p.ref} -> {p.output_table}  run {report.run_id}"
    if report.options.parent_processor:
        title += f"  (triggered by {report.options.parent_processor})"
    if report.plan_error:
        err_console.print(f"[red]{title}: nothing planned[/red]\n  {report.plan_error}")
        return
    if report.options.dry_run:
        title += " (dry run: nothing written)"
    counts: dict[str, int] = {}
    for o in report.outcomes.values():
        counts[o.status] = counts.get(o.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no dates planned"
    console.print(f"[bold]{title}[/bold]: {summary}")
    failed = report.dates("failed", "partial")
    if failed:
        table = RichTable(show_header=True)
        table.add_column("date")
        table.add_column("status")
        table.add_column("error")
        for d in failed:
            o = report.outcomes[d]
            table.add_row(str(d), o.status, (o.errors[0] if o.errors else "")[:400])
        err_console.print(table)
        err_console.print(f"failed dates: {compress_dates(failed)}")
    rows = sum(o.records_created for o in report.outcomes.values())
    if rows:
        console.print(f"  rows written: {rows}")
