"""Which sources a user has: a raw table whose objects come from a source not configured is never a gap.

Many users have only some sources (the NBA.com endpoints are free; Ball Don't Lie, BigDataBall and the
Odds API are paid), or a store with only some feeds (the real 2024-25 store: schedule, player and team
box scores). ``NBAPROPS_SOURCES`` (or ``sources`` in ``nbaprops.toml``) names them by object-store
prefix: a family (``nba-com``, ``ball-dont-lie``, ``odds-api``, ``espn``, ``bettingpros``,
``big-data-ball``, ``basketball-ref``) or one feed (``nba-com/team-boxscore``). Unset: every source.

A raw processor not configured is not run by ``backfill`` or ``run <phase> --all``, is reported as not
configured instead of as a gap, and a reader's dependency on it is neither checked nor warned about;
a group of alternative sources needs one configured member.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nbaprops.orchestration.declarations import Processor

FAMILIES = ("nba-com", "ball-dont-lie", "odds-api", "espn", "bettingpros", "big-data-ball", "basketball-ref")


@dataclass(frozen=True)
class SourceSelection:
    """The configured object-store prefixes; ``None`` means every source."""

    prefixes: tuple[str, ...] | None = None

    @classmethod
    def parse(cls, text: str | None) -> SourceSelection:
        if not text or text.strip().lower() in ("all", "*"):
            return cls(None)
        items = tuple(sorted({p.strip().strip("/") for p in text.split(",") if p.strip()}))
        unknown = [p for p in items if p.split("/", 1)[0] not in FAMILIES]
        if unknown:
            raise ValueError(f"unknown source {', '.join(unknown)} in NBAPROPS_SOURCES: a family "
                             f"({', '.join(FAMILIES)}) or one of its feeds, e.g. nba-com/team-boxscore")
        return cls(items)

    @property
    def everything(self) -> bool:
        return self.prefixes is None

    def covers(self, processor: Processor) -> bool:
        """Whether the processor's objects come from a configured source (non-raw processors always do)."""
        feeds = processor.compute.source_prefixes()
        if self.prefixes is None or not feeds:
            return True
        return any(feed == p or feed.startswith(p + "/") for feed in feeds for p in self.prefixes)

    def configured(self, processors: Iterable[Processor]) -> list[Processor]:
        return [p for p in processors if self.covers(p)]

    def left_out(self, processors: Iterable[Processor]) -> str | None:
        """The line that names the processors left out because their source is not configured, if any."""
        names = [p.ref for p in processors if not self.covers(p)]
        if not names:
            return None
        return f"{len(names)} not configured (NBAPROPS_SOURCES: {self.describe()}): {', '.join(names)}"

    def describe(self) -> str:
        return "every source" if self.prefixes is None else ", ".join(self.prefixes)
