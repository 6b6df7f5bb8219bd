"""The sources we scrape: their hosts' headers, how they authenticate, and their live limits.

A scraper names its source; everything about talking to that source politely and with the right
credentials lives here, once, rather than in each scraper.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from nbaprops.scrapers.ratelimit import Limits

AuthKind = Literal["none", "header", "query", "bearer"]

BROWSER_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36"
)
# stats.nba.com answers only requests that look like its own web front end.
STATS_HEADERS = {
    "User-Agent": BROWSER_UA,
    "Accept": "application/json, text/plain, */*",
    "Accept-Language": "en-US,en;q=0.9",
    "Referer": "https://www.nba.com/",
    "Origin": "https://www.nba.com",
    "x-nba-stats-origin": "stats",
    "x-nba-stats-token": "true",
}
BROWSER_HEADERS = {"User-Agent": BROWSER_UA, "Accept": "*/*", "Referer": "https://www.nba.com/"}


@dataclass(frozen=True)
class Auth:
    """Where the key goes: a header (``Authorization: <key>``), ``Bearer <key>``, or a query parameter."""

    kind: AuthKind = "none"
    name: str = ""
    env: str = ""


@dataclass(frozen=True)
class Source:
    name: str
    limits: Limits  # live limits; the simulated profile overrides them
    headers: dict[str, str] = field(default_factory=dict)
    auth: Auth = Auth()


SOURCES: dict[str, Source] = {
    s.name: s
    for s in (
        Source("nba_stats", Limits(rate=2.0, burst=2, concurrency=2), STATS_HEADERS),
        Source("nba_cdn", Limits(rate=5.0, burst=5, concurrency=4), BROWSER_HEADERS),
        Source("nba_files", Limits(rate=3.0, burst=3, concurrency=3), BROWSER_HEADERS),
        Source("bdl", Limits(rate=1.0, burst=5, concurrency=2), {"Accept": "application/json"},
               Auth("header", "Authorization", "BDL_API_KEY")),
        Source("odds_api", Limits(rate=2.0, burst=2, concurrency=2), {"Accept": "application/json"},
               Auth("query", "apiKey", "ODDS_API_KEY")),
        Source("espn", Limits(rate=3.0, burst=3, concurrency=3), {"User-Agent": BROWSER_UA}),
        Source("bettingpros", Limits(rate=0.4, burst=1, concurrency=1),
               {"User-Agent": BROWSER_UA, "Accept": "application/json"},
               Auth("header", "x-api-key", "BETTINGPROS_API_KEY")),
        Source("bigdataball", Limits(rate=5.0, burst=5, concurrency=3), {},
               Auth("bearer", "Authorization", "BIGDATABALL_ACCESS_TOKEN")),
        # Basketball-Reference blocks clients above ~20 requests a minute.
        Source("bref", Limits(rate=20 / 60, burst=1, concurrency=1), {"User-Agent": BROWSER_UA}),
    )
}
