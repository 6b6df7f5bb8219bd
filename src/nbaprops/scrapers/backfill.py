"""Phase 1 as a step of ``nbaprops backfill``: every scraper over a season's part of the range."""

from __future__ import annotations

from datetime import date

from nbaprops.orchestration.backfill import ScrapeFn
from nbaprops.orchestration.context import Environment
from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import live_profile, simulated_profile


def make_scrape_fn(*, source: str = "simulated", seed: int = 7, workers: int = 8) -> ScrapeFn:
    """A phase-1 step: scrape every source for [start, end]; ok only if no request failed."""
    profile = simulated_profile(seed) if source == "simulated" else live_profile()

    def scrape(env: Environment, start: date, end: date, force: bool) -> tuple[bool, list[str]]:
        runner = ScrapeRunner(env, profile, force=force, workers=workers, backfill_mode=True, trigger_source="backfill")
        report = runner.run(list(SCRAPERS), start, end)
        lines = [f"phase 1: {report.files} files, {report.bytes / 1e6:.1f} MB in {report.seconds:.1f} s "
                 f"({len(report.failures())} failed requests)"]
        for failure in report.failures()[:20]:
            lines.append(f"failed {failure.scraper}: {failure.error}")
        return report.ok, lines

    return scrape
