"""Scraper test plumbing: a replay server per test and a runner wired to it over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from nbaprops.orchestration.context import Environment
from nbaprops.scrapers import Limits, RetryPolicy, ScrapeReport, ScrapeRunner, loopback_profile
from nbaprops.scrapers.sources import Source
from tests.scrapers.replay import ReplayServer

FAST_RETRIES = RetryPolicy(attempts=4, backoff_initial=0.01, backoff_max=0.05, max_retry_after=5.0)
KEYS = {
    "BDL_API_KEY": "bdl-SECRET-4f1c9a",
    "ODDS_API_KEY": "odds-SECRET-77b2e0",
    "BETTINGPROS_API_KEY": "bp-SECRET-a81d33",
    "BIGDATABALL_ACCESS_TOKEN": "drive-SECRET-19cc04",
}


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    srv = ReplayServer()
    yield srv
    srv.close()


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)
    return KEYS


Scrape = Callable[..., ScrapeReport]


@pytest.fixture
def scrape(env: Environment, server: ReplayServer, keys: dict[str, str]) -> Scrape:
    """``scrape(names, start, end=None, force=False, limits=None)`` against the replay server."""

    def _scrape(names: list[str] | str, start: date, end: date | None = None, *, force: bool = False,
                limits: Callable[[Source], Limits] | None = None, workers: int = 4,
                policy: RetryPolicy = FAST_RETRIES) -> ScrapeReport:
        profile = loopback_profile(server.url, limits)
        runner = ScrapeRunner(env, profile, force=force, workers=workers, policy=policy)
        return runner.run([names] if isinstance(names, str) else names, start, end or start)

    return _scrape


def log_rows(env: Environment, scraper: str | None = None) -> list[dict]:
    sql = "SELECT * FROM nba_orchestration.scraper_execution_log"
    if scraper:
        return env.warehouse.query(sql + " WHERE scraper_name = :s ORDER BY started_at", {"s": scraper})
    return env.warehouse.query(sql + " ORDER BY started_at")
