"""Selecting scrapers and ordering them: parents before the scrapers that read their bodies."""

from __future__ import annotations

from difflib import get_close_matches

from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.spec import ScraperSpec

SCHEDULE = "nbac_schedule_api"


class UnknownScraperError(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


def resolve(name: str) -> ScraperSpec:
    try:
        return SCRAPERS[name]
    except KeyError:
        close = get_close_matches(name, SCRAPERS, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise UnknownScraperError(f"unknown scraper {name!r}.{hint} Run `nbaprops scrape --list`.") from None


def with_parents(names: list[str]) -> list[str]:
    """``names`` plus every scraper whose stored body they plan from, in catalogue order."""
    wanted: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name not in wanted:
            wanted.add(name)
            stack.extend(resolve(name).after)
    return [n for n in SCRAPERS if n in wanted]


def dependencies(names: list[str]) -> dict[str, set[str]]:
    """Each selected scraper (``names`` and their parents) -> the scrapers that must finish before it
    plans: those whose stored bodies its plan reads, and the season schedule, which the others plan from."""
    selected = with_parents(names)
    graph = {n: set(resolve(n).after) for n in selected}
    if SCHEDULE in graph:
        for name, parents in graph.items():
            if name != SCHEDULE:
                parents.add(SCHEDULE)
    return graph
