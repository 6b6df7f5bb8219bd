"""What a scrape run did, per scraper: requests, files, bytes, no_data, failures, resumed requests."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

OutcomeStatus = Literal["success", "no_data", "failed", "skipped"]


@dataclass(frozen=True)
class Outcome:
    """One planned request: fetched (success/no_data/failed) or already stored (skipped)."""

    scraper: str
    status: OutcomeStatus
    params: dict[str, Any]
    started_at: datetime
    finished_at: datetime
    day: date | None = None
    path: str | None = None
    bytes: int = 0
    records: int = 0
    http_status: int | None = None
    error: str | None = None
    retries: int = 0
    requested: bool = True  # False when nothing went over the wire (resume, planning error, missing key)


@dataclass
class ScraperReport:
    name: str
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: OutcomeStatus) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def requests(self) -> int:
        return sum(1 for o in self.outcomes if o.requested)

    @property
    def files(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "success")

    @property
    def bytes(self) -> int:
        return sum(o.bytes for o in self.outcomes if o.status == "success")

    @property
    def seconds(self) -> float:
        timed = [o for o in self.outcomes if o.requested]
        if not timed:
            return 0.0
        return (max(o.finished_at for o in timed) - min(o.started_at for o in timed)).total_seconds()


@dataclass
class ScrapeReport:
    run_id: str
    source: str
    seconds: float = 0.0
    scrapers: dict[str, ScraperReport] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, outcome: Outcome) -> None:
        with self._lock:
            self.scrapers.setdefault(outcome.scraper, ScraperReport(outcome.scraper)).outcomes.append(outcome)

    def ensure(self, name: str) -> None:
        with self._lock:
            self.scrapers.setdefault(name, ScraperReport(name))

    def failures(self) -> list[Outcome]:
        return [o for r in self.scrapers.values() for o in r.outcomes if o.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failures()

    @property
    def files(self) -> int:
        return sum(r.files for r in self.scrapers.values())

    @property
    def bytes(self) -> int:
        return sum(r.bytes for r in self.scrapers.values())

    def summary_lines(self, *, resumed: bool = False, failures_shown: int = 20) -> list[str]:
        """What a command prints of a scrape: files, size and time (and, with ``resumed``, how many
        requests the store already answered), then the first failures."""
        already = f"{sum(s.count('skipped') for s in self.scrapers.values())} already stored, " if resumed else ""
        failed = self.failures()
        return ([f"phase 1: {self.files} files, {self.bytes / 1e6:.1f} MB in {self.seconds:.1f} s "
                 f"({already}{len(failed)} failed requests)"]
                + [f"failed {f.scraper}: {f.error}" for f in failed[:failures_shown]])
