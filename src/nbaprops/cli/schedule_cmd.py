"""``nbaprops schedule``: ``daily`` unattended at the workflows' times (APScheduler), or as cron lines."""

from __future__ import annotations

from datetime import date, datetime

import typer

from nbaprops.cli.common import console, environment, err_console
from nbaprops.cli.run_cmd import print_step
from nbaprops.orchestration.daily import ET, Workflow
from nbaprops.orchestration.daily_run import has_games, run_day
from nbaprops.orchestration.daily_schedule import add_jobs, cron_lines, next_runs


def _has_games(day: date) -> bool | None:
    with environment() as env:  # opened per question and per run: the warehouse is not held between firings
        return has_games(env, day)


def schedule(
    print_cron: bool = typer.Option(False, "--print-cron", help="Print the equivalent cron lines and exit."),
    show_next: int = typer.Option(0, "--next", help="Print the next N firings (days without games left out) and exit."),
    source: str = typer.Option("simulated", "--source", help="simulated (offline) or live."),
    seed: int = typer.Option(7, "--seed", help="Simulated league seed."),
    workers: int = typer.Option(4, "--workers", help="Concurrent requests per source."),
) -> None:
    """Run `nbaprops daily` unattended: each workflow at its Eastern time, days without games skipped."""
    if print_cron:
        for line in cron_lines():
            console.print(line, markup=False, highlight=False)
        return
    if show_next:
        for at, workflow, day in next_runs(datetime.now(ET), show_next, _has_games):
            console.print(f"{at.astimezone(ET):%Y-%m-%d %H:%M %Z}  {workflow.name:<9} for {day}")
        return
    if source not in ("simulated", "live"):
        raise typer.BadParameter("use simulated or live", param_hint="--source")
    from apscheduler.schedulers.blocking import BlockingScheduler

    from nbaprops.scrapers.workflows import make_workflow_scrape

    scrape = make_workflow_scrape(source=source, seed=seed, workers=workers)

    def run(workflow: Workflow, day: date) -> None:
        with environment() as env:
            runs = run_day(env, day, [workflow], scrape, log=console.print, on_step=print_step)
        for unit in (u for r in runs for u in r.failures()):
            err_console.print(f"  failed: {unit} (retry: nbaprops daily --date {day} --workflow {workflow.name})")

    scheduler = BlockingScheduler(timezone=ET)
    add_jobs(scheduler, run, _has_games, log=console.print)
    console.print("scheduled (Ctrl-C stops): " + ", ".join(
        f"{job.id} {job.trigger.get_next_fire_time(None, datetime.now(ET)):%Y-%m-%d %H:%M %Z}"
        for job in scheduler.get_jobs()))
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        console.print("schedule stopped")
