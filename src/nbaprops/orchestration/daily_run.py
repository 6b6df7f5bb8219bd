"""Running a game day's workflows (:mod:`.daily`): each one's scrape at its time, then its processors.

A workflow run is the scrape of its scrapers for the game day (as of the workflow's time: on the
simulator, only what existed then), then one command plan of its processors for that day
(:func:`~nbaprops.orchestration.command_plan.run_command_plan`), in dependency order, each processor
once. Everything goes through the ordinary machinery, so a rerun picks up what changed and recomputes
nothing else: stored objects are not fetched again, and dates already processed and fresher than their
inputs are skipped by rule. The scrape is passed in (the engine does not import the scrapers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from nbaprops.orchestration.command_plan import CommandResult, PlannedStep, run_command_plan
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.daily import POSTGAME, Workflow
from nbaprops.orchestration.declarations import Processor
from nbaprops.orchestration.dependencies import compress_dates
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.orchestration.system_tables import PROCESSOR_RUN_HISTORY
from nbaprops.seasons import season_window, season_year

# (env, workflow, game day) -> (ok, summary lines, the scrapers that failed); provided by the scrapers package
WorkflowScrape = Callable[[Environment, Workflow, date], tuple[bool, list[str], list[str]]]
Log = Callable[[str], None]


@dataclass
class WorkflowRun:
    workflow: Workflow
    day: date
    scrape_ok: bool = True
    scrape_lines: list[str] = field(default_factory=list)
    failed_scrapers: list[str] = field(default_factory=list)
    result: CommandResult | None = None

    def failures(self) -> list[str]:
        """Every unit that failed or was blocked, named: ``scrape/<scraper>`` and ``<phase>/<processor> D``."""
        out = [f"scrape/{name} {self.day}" for name in self.failed_scrapers]
        for step in self.result.steps if self.result is not None else []:
            report = step.report
            if report is not None and report.plan_error:
                out.append(f"{step.processor.ref}: {report.plan_error}")
            if report is not None:
                bad = report.dates("failed", "partial")
                if bad:
                    out.append(f"{step.processor.ref} {compress_dates(bad)}")
            if step.blocked:
                out.append(f"{step.processor.ref} {compress_dates(list(step.blocked))} (blocked)")
        return out

    @property
    def ok(self) -> bool:
        return self.scrape_ok and not self.failures()

    def changed(self) -> list[str]:
        """The processors that wrote something (a rerun with nothing new has none)."""
        steps = self.result.steps if self.result is not None else []
        return [s.processor.ref for s in steps if s.report is not None and s.report.dates("success", "partial")]


def workflow_processors(env: Environment, workflow: Workflow) -> list[Processor]:
    """The configured processors a workflow runs, in dependency order: of its phases, those expecting its
    kinds of dates; in Phase 2, only the tables of the sources it scraped."""
    chosen = [p for p in env.definitions.order()
              if p.phase in workflow.phases and p.expects in workflow.expects
              and (p.phase != 2 or p.source_scraper in workflow.scrapers)]
    return env.sources.configured(chosen)


def run_workflow(env: Environment, workflow: Workflow, day: date, scrape: WorkflowScrape, *,
                 log: Log = print, on_step: Callable[[PlannedStep], None] | None = None) -> WorkflowRun:
    """One workflow for game day ``day``: its scrape, then its processors for that day."""
    run = WorkflowRun(workflow, day)
    log(f"== {workflow.name} for {day} ({workflow.description})")
    run.scrape_ok, run.scrape_lines, run.failed_scrapers = scrape(env, workflow, day)
    for line in run.scrape_lines:
        log(f"   {line}")
    options = RunOptions(skip_downstream_trigger=True, trigger_source=f"daily/{workflow.name}")
    run.result = run_command_plan(env, workflow_processors(env, workflow), day, day, options=options,
                                  on_step=on_step)
    return run


def has_games(env: Environment, day: date) -> bool | None:
    """Whether ``day`` has games in the loaded schedule; None if its season is not loaded (yet)."""
    lo, hi = season_window(season_year(day))
    if not schedule_dates(env.warehouse, lo, hi, final_only=False):
        return None
    return bool(schedule_dates(env.warehouse, day, day, final_only=False))


def graded(env: Environment, day: date) -> bool:
    """Has a post-game run of ``day`` finished? Then the games are over and its predictions stand."""
    rows = env.warehouse.query(
        f"SELECT count(*) AS n FROM {PROCESSOR_RUN_HISTORY.full_name} WHERE data_date = :d "
        "AND trigger_source = :t AND status IN ('success', 'skipped')", {"d": day, "t": f"daily/{POSTGAME.name}"})
    return bool(rows and rows[0]["n"])


def run_day(env: Environment, day: date, workflows: Sequence[Workflow], scrape: WorkflowScrape, *,
            log: Log = print, on_step: Callable[[PlannedStep], None] | None = None) -> list[WorkflowRun]:
    """The given workflows of game day ``day`` in order; a day without games in the loaded schedule does
    nothing (its season not loaded yet: the first workflow loads it, then such a day stops).
    Once the day's games are over (its post-game run has finished), its pre-game workflows do not run
    again: predictions are made before tip-off, never remade from what the games changed."""
    runs: list[WorkflowRun] = []
    if has_games(env, day) is False:
        log(f"no game on {day} in the schedule: nothing to do")
        return runs
    over = graded(env, day)
    for workflow in workflows:
        if over and workflow.day_offset == 0:
            log(f"== {workflow.name} for {day}: not run, the games are over (its predictions stand)")
            continue
        runs.append(run_workflow(env, workflow, day, scrape, log=log, on_step=on_step))
        if not schedule_dates(env.warehouse, day, day, final_only=False):
            log(f"   no game on {day} in the schedule: nothing more to do for that day")
            break
    return runs
