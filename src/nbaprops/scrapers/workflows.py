"""Phase 1 as a step of ``nbaprops daily``: a workflow's scrapers for one game day, at the workflow's time."""

from __future__ import annotations

from datetime import date

from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.daily import Workflow
from nbaprops.orchestration.daily_run import WorkflowScrape
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import profile_for
from nbaprops.simulator.clock import SimClock


def make_workflow_scrape(*, source: str = "simulated", seed: int = 7, workers: int = 4) -> WorkflowScrape:
    """A workflow's scrape: on the simulator at the workflow's time for that day (so the morning sees no
    box score of the day), live at the wall clock; ok only if no request failed."""
    profile = profile_for(source, seed)

    def scrape(env: Environment, workflow: Workflow, day: date) -> tuple[bool, list[str], list[str]]:
        clock = SimClock(workflow.fires_at(day)) if profile.clocked else None
        runner = ScrapeRunner(env, profile, workers=workers, clock=clock, trigger_source=f"daily/{workflow.name}")
        report = runner.run(list(workflow.scrapers), day, day)
        return report.ok, report.summary_lines(resumed=True), sorted({f.scraper for f in report.failures()})

    return scrape
