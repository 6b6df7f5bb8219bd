"""``nbaprops daily``: a game day as the reference's workflows run it (morning, pregame, postgame)."""

from __future__ import annotations

from datetime import UTC, datetime

import typer

from nbaprops.cli.common import console, environment, err_console, parse_date, stoppable
from nbaprops.cli.run_cmd import print_step
from nbaprops.cli.snapshot import publishing
from nbaprops.config import Settings
from nbaprops.orchestration.daily import BY_NAME, ET, WORKFLOWS, Workflow
from nbaprops.orchestration.daily_run import run_day
from nbaprops.seasons import season_label, season_year


def daily_command(day: object, workflows: list[str]) -> str:
    """The command that reruns (resumes) this daily run."""
    return f"nbaprops daily --date {day}" + "".join(f" --workflow {w}" for w in workflows)


def chosen_workflows(names: list[str], day, source: str) -> list[Workflow]:
    """The named workflows, in the day's order; none named: every one of the day whose time has come (on
    the simulator, where any past day is replayed at its own times, all of them)."""
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        raise typer.BadParameter(f"unknown workflow {', '.join(unknown)}: use {', '.join(BY_NAME)}",
                                 param_hint="--workflow")
    if names:
        return [w for w in WORKFLOWS if w.name in names]
    if source == "simulated":
        return list(WORKFLOWS)
    now = datetime.now(UTC)
    return [w for w in WORKFLOWS if w.fires_at(day) <= now]


def daily(
    date_text: str | None = typer.Option(None, "--date", help="Game day (YYYY-MM-DD); default: today (Eastern)."),
    workflow: list[str] = typer.Option([], "--workflow", help="morning, pregame or postgame (repeatable); default: "
                                                              "every workflow of the day whose time has come."),
    source: str = typer.Option("simulated", "--source", help="simulated (offline) or live."),
    seed: int = typer.Option(7, "--seed", help="Simulated league seed."),
    workers: int = typer.Option(4, "--workers", help="Concurrent requests per source."),
) -> None:
    """Run a game day: morning (schedule, rosters, injuries, lines; Phases 2-5: predictions before tip-off),
    pregame (injury reports, lines again; Phases 2-5 again), postgame (box scores; Phases 2-3 and grading).
    A rerun picks up what changed. Exit 0 only if every unit succeeded or was already done."""
    day = parse_date(date_text, "--date") or datetime.now(ET).date()
    if source not in ("simulated", "live"):
        raise typer.BadParameter("use simulated or live", param_hint="--source")
    if source == "simulated":
        from nbaprops.simulator.calendar import SEASONS

        if season_year(day) not in SEASONS:
            raise typer.BadParameter(
                f"{day}: the simulated league plays the seasons {season_label(SEASONS[0])} to "
                f"{season_label(SEASONS[-1])}; give a --date in them (e.g. 2024-11-12), or use --source live",
                param_hint="--date")
    workflows = chosen_workflows(workflow, day, source)
    if not workflows:
        err_console.print(f"nothing to do yet: no workflow of {day} is due (the first, "
                          f"{WORKFLOWS[0].name}, runs at {WORKFLOWS[0].fires_at(day).astimezone(ET):%H:%M} ET)")
        raise typer.Exit(1)
    from nbaprops.scrapers.workflows import make_workflow_scrape

    scrape = make_workflow_scrape(source=source, seed=seed, workers=workers)
    resume = daily_command(day, workflow)
    with stoppable(resume), environment() as env, publishing(env, Settings.load().home, resume):
        runs = run_day(env, day, workflows, scrape, log=console.print, on_step=print_step)
    failed = [unit for run in runs for unit in run.failures()]
    if failed:
        err_console.print(f"[red]daily {day}: {len(failed)} unit(s) failed[/red]")
        for unit in failed:
            err_console.print(f"  failed: {unit}")
        err_console.print(f"  rerun to retry: {daily_command(day, workflow)}")
        raise typer.Exit(1)
    if not runs:
        return  # a day without games: said so, nothing asked of it failed
    changed = sorted({ref for run in runs for ref in run.changed()})
    console.print(f"daily {day} done: {', '.join(r.workflow.name for r in runs)}; "
                  + (f"{len(changed)} processor(s) wrote new data" if changed else "nothing changed"))
