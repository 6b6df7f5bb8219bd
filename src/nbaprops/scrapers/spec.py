"""A scraper is a declaration: which source, how to build the URL, which requests a date range needs,
how to count what came back, and how to reach the next page.

The runner (``runner.py``) does the rest identically for every scraper: resume check, fetch with
retries, body check, store the untouched bytes at ``LAYOUT[name]``, one log row per request.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from nbaprops.storage.layout import LAYOUT, PathTemplate

if TYPE_CHECKING:
    from nbaprops.scrapers.plan import PlanContext

BodyKind = Literal["json", "pdf", "html", "csv"]
Params = Mapping[str, Any]


@dataclass(frozen=True)
class Unit:
    """One planned request: its URL parameters and the path fields it fills (``ts``/``page`` come later)."""

    params: dict[str, Any]
    fields: dict[str, str]
    day: date | None = None  # the date the request is for, for the summary and logs


@dataclass(frozen=True)
class ScraperSpec:
    name: str
    source: str  # key of nbaprops.scrapers.sources.SOURCES
    url: Callable[[Params], str]
    plan: Callable[[PlanContext], Iterable[Unit]]
    count: Callable[[bytes], int]
    body: BodyKind = "json"
    next_page: Callable[[Params, bytes], dict[str, Any] | None] | None = None
    no_data_statuses: frozenset[int] = frozenset()  # HTTP answers that mean "not published (yet)"
    volatile: frozenset[str] = frozenset()  # path fields set at request time (``snap`` of live odds)
    body_fields: Callable[[bytes], dict[str, str]] | None = None  # path fields only the body knows
    after: tuple[str, ...] = ()  # scrapers whose stored bodies this one's plan reads
    headers: dict[str, str] = field(default_factory=dict)
    description: str = ""

    def __post_init__(self) -> None:
        if self.name not in LAYOUT:
            raise KeyError(f"scraper {self.name!r} has no path in storage.layout.LAYOUT")

    @property
    def layout(self) -> PathTemplate:
        return LAYOUT[self.name]

    @property
    def paginated(self) -> bool:
        return self.next_page is not None

    @functools.cached_property  # asked for on every request and every index update
    def resume_fields(self) -> tuple[str, ...]:
        """Path fields that identify a request for resume: all but the timestamp and volatile ones."""
        return tuple(f for f in self.layout.fields if f != "ts" and f not in self.volatile)
