"""The seed's two safeguard tables as data: one row per safeguard, a normal and a backfill value.

Backfill mode is a named preset of this table, not a fork in processor code. The runner reads a
:class:`Policy`; tests check every row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How strictly a safeguard acts (after sqlglot's ErrorLevel)."""

    RAISE = "raise"  # the date fails
    WARN = "warn"  # a warning on the run, the date goes on
    IGNORE = "ignore"  # the check is skipped


class Delivery(StrEnum):
    IMMEDIATE = "immediate"  # each alert sent as it happens
    DIGEST = "digest"  # collected, printed and stored once at the end of the run


@dataclass(frozen=True)
class Safeguard:
    name: str
    description: str
    normal: object
    backfill: object


MIN_ROWS_DECLARED = "declared"

SAFEGUARDS: tuple[Safeguard, ...] = (
    # Still active in backfill mode (the seed's first table)
    Safeguard("dependency_check", "critical upstream data must exist for each date", Level.RAISE, Level.RAISE),
    Safeguard("dependency_min_rows", "rows an upstream needs in the window", MIN_ROWS_DECLARED, 1),
    Safeguard("extraction", "read upstream data", "full", "full"),
    Safeguard("writes", "atomic replace of the date scope", "full", "full"),
    Safeguard("run_history", "one row per processor and date", True, True),
    Safeguard("deduplication", "skip dates already processed and fresh", True, True),
    # Relaxed in backfill mode (the seed's second table)
    Safeguard("gap_detection", "every schedule game date in the lookback window has upstream rows",
              Level.RAISE, Level.IGNORE),
    Safeguard("upstream_status", "the upstream processor's runs for the window did not fail",
              Level.RAISE, Level.IGNORE),
    Safeguard("alerts", "how alerts reach a person", Delivery.IMMEDIATE, Delivery.DIGEST),
    Safeguard("stale_data_fail", "upstream older than its fail threshold", Level.RAISE, Level.WARN),
)
SAFEGUARDS_BY_NAME = {s.name: s for s in SAFEGUARDS}


@dataclass(frozen=True)
class Policy:
    """The safeguard values in force for one run."""

    backfill_mode: bool
    dependency_check: Level
    min_rows_override: int | None
    gap_detection: Level
    upstream_status: Level
    alerts: Delivery
    stale_data_fail: Level
    deduplication: bool

    @classmethod
    def for_mode(cls, backfill_mode: bool) -> Policy:
        column = "backfill" if backfill_mode else "normal"

        def value(name: str) -> object:
            return getattr(SAFEGUARDS_BY_NAME[name], column)

        min_rows = value("dependency_min_rows")
        return cls(
            backfill_mode=backfill_mode,
            dependency_check=Level(value("dependency_check")),
            min_rows_override=None if min_rows == MIN_ROWS_DECLARED else int(min_rows),  # type: ignore[call-overload]
            gap_detection=Level(value("gap_detection")),
            upstream_status=Level(value("upstream_status")),
            alerts=Delivery(value("alerts")),
            stale_data_fail=Level(value("stale_data_fail")),
            deduplication=bool(value("deduplication")),
        )

    def min_rows(self, declared: int) -> int:
        return declared if self.min_rows_override is None else min(declared, self.min_rows_override)
