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


def stages(names: list[str]) -> list[list[str]]:
    """Run order: the season schedule first (others plan from it), then by depth of ``after``."""
    selected = with_parents(names)
    depth: dict[str, int] = {}

    def level(name: str) -> int:
        if name not in depth:
            parents = resolve(name).after
            depth[name] = 1 + max((level(p) for p in parents), default=0)
        return depth[name]

    out: list[list[str]] = [[SCHEDULE]] if SCHEDULE in selected else []
    rest = [n for n in selected if n != SCHEDULE]
    for lvl in sorted({level(n) for n in rest}):
        out.append([n for n in rest if level(n) == lvl])
    return out
