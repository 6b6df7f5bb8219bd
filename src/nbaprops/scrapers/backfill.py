"""Phase 1 as a step of ``nbaprops backfill``: every scraper over a season's part of the range."""

from __future__ import annotations

from datetime import date

from nbaprops.orchestration.backfill import ScrapeFn
from nbaprops.orchestration.context import Environment
from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import profile_for


def make_scrape_fn(*, source: str = "simulated", seed: int = 7, workers: int = 8) -> ScrapeFn:
    """A phase-1 step: scrape every source for [start, end]; ok only if no request failed."""
    profile = profile_for(source, seed)

    def scrape(env: Environment, start: date, end: date, force: bool) -> tuple[bool, list[str]]:
        runner = ScrapeRunner(env, profile, force=force, workers=workers, backfill_mode=True, trigger_source="backfill")
        report = runner.run(list(SCRAPERS), start, end)
        return report.ok, report.summary_lines()

    return scrape
