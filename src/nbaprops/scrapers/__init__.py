"""Phase 1: fetch each source's responses untouched into the object store, one request per endpoint
call, with a row per request in ``nba_orchestration.scraper_execution_log``.

``SCRAPERS`` is the catalogue; :class:`ScrapeRunner` runs a selection over a date range through a
:class:`Profile` (live internet, in-process simulator, or an HTTP server on 127.0.0.1).
"""

from __future__ import annotations

from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.execlog import TABLE as EXECUTION_LOG
from nbaprops.scrapers.http import HttpClient, RetryPolicy
from nbaprops.scrapers.ratelimit import Limits
from nbaprops.scrapers.report import Outcome, ScrapeReport, ScraperReport
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.spec import ScraperSpec, Unit
from nbaprops.scrapers.transport import Profile, live_profile, loopback_profile, simulated_profile

__all__ = [
    "EXECUTION_LOG", "SCRAPERS", "HttpClient", "Limits", "Outcome", "Profile", "RetryPolicy", "ScrapeReport",
    "ScrapeRunner", "ScraperReport", "ScraperSpec", "Unit", "live_profile", "loopback_profile",
    "simulated_profile",
]
