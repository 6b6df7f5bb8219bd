"""Phase 1 in ``nba_reference.processor_run_history``, like every other unit of work.

A unit is one scraper and one date (a season-level request, such as the season schedule, counts for the
first date of the range in its season). When a scraper has planned its requests, one ``running`` row
per date it will fetch is written, before any request goes out; when the scraper is done its rows are
replaced by their outcomes: ``failed`` if any request of that date failed, ``skipped`` if the store
already held every one, else ``success`` (an empty answer, ``no_data``, is an answer). A ``running``
row whose process died reads as abandoned (:func:`nbaprops.orchestration.run_history.display_status`).

Rows are written per scraper (one insert when it has planned, one delete and insert when it is done),
never per request: a season's 15,000 requests cost 29 small batches, not 15,000 writes.

The rows are named ``scrape/<scraper>`` (the scrapers share some names with raw processors), in phase
``phase_1_scrape``; ``summary`` holds the counts and the source (live or simulated).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from nbaprops.ids import season_label, season_year
from nbaprops.orchestration.run_history import HOST
from nbaprops.orchestration.system_tables import PROCESSOR_RUN_HISTORY
from nbaprops.scrapers.report import Outcome
from nbaprops.scrapers.spec import Unit
from nbaprops.storage.warehouse import Warehouse

PHASE = "phase_1_scrape"
MAX_ERRORS = 5  # distinct errors kept per row


def history_name(scraper: str) -> str:
    """The ``processor_name`` of a scraper's rows."""
    return f"scrape/{scraper}"


class ScrapeHistory:
    """The run history rows of one scrape run (one ``run_id``), written per scraper."""

    def __init__(self, warehouse: Warehouse, run_id: str, source: str, dates: list[date], *, force: bool = False,
                 backfill_mode: bool = False, trigger_source: str = "scrape") -> None:
        self.warehouse, self.run_id, self.source, self.dates = warehouse, run_id, source, dates
        self.force, self.backfill_mode, self.trigger_source = force, backfill_mode, trigger_source
        self._started: dict[str, datetime] = {}
        self._days: dict[str, set[date]] = {}
        self._lock = threading.Lock()

    def day_of(self, day: date | None, fields: dict[str, str] | None = None) -> date:
        """The date a request counts for: its own, else (season-level) the range's first date in its season."""
        if day is not None:
            return day
        label = (fields or {}).get("season")
        if label:
            for d in self.dates:
                if season_label(season_year(d)) == label:
                    return d
        return self.dates[0]

    def open(self, scraper: str, units: Iterable[Unit]) -> None:
        """A ``running`` row per date ``units`` are for, before any of them is fetched."""
        now = datetime.now(UTC)
        days = {self.day_of(u.day, u.fields) for u in units}
        with self._lock:
            self._started.setdefault(scraper, now)
            new = days - self._days.setdefault(scraper, set())
            self._days[scraper] |= new
            started = self._started[scraper]
        if new:
            self.warehouse.insert_rows(PROCESSOR_RUN_HISTORY,
                                       [{**self._base(scraper, d, started), "status": "running"} for d in sorted(new)])

    def close(self, scraper: str, outcomes: Iterable[Outcome]) -> None:
        """Replace the scraper's rows of this run with one outcome per date, in one transaction."""
        finished = datetime.now(UTC)
        by_day: dict[date, list[Outcome]] = {}
        for outcome in outcomes:
            fields = {"season": str(outcome.params["season"])} if "season" in outcome.params else None
            by_day.setdefault(self.day_of(outcome.day, fields), []).append(outcome)
        with self._lock:
            started = self._started.setdefault(scraper, finished)
            days = self._days.setdefault(scraper, set())
            days |= set(by_day)
            days = set(days)
        if not days:
            return
        rows = [{**self._base(scraper, d, started), **_result(by_day.get(d, []), self.source), "processed_at": finished,
                 "duration_seconds": (finished - started).total_seconds()} for d in sorted(days)]
        with self.warehouse.transaction():
            self.warehouse.execute(
                f"DELETE FROM {PROCESSOR_RUN_HISTORY.full_name} WHERE processor_name = :p AND run_id = :r",
                {"p": history_name(scraper), "r": self.run_id},
            )
            self.warehouse.insert_rows(PROCESSOR_RUN_HISTORY, rows)

    def _base(self, scraper: str, day: date, started: datetime) -> dict[str, Any]:
        return {
            "processor_name": history_name(scraper),
            "run_id": self.run_id,
            "phase": PHASE,
            "data_date": day,
            "season_year": season_year(day),
            "started_at": started,
            "output_table": None,
            "processor_version": None,
            "backfill_mode": self.backfill_mode,
            "force_reprocess": self.force,
            "trigger_source": self.trigger_source,
            "parent_processor": None,
            "retry_attempt": 0,
            "host": HOST,
            "pid": os.getpid(),
        }


def _result(outcomes: list[Outcome], source: str) -> dict[str, Any]:
    """A date's status and counts from its requests' outcomes."""
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in ("success", "no_data", "failed", "skipped")}
    errors = list(dict.fromkeys(o.error for o in outcomes if o.status == "failed" and o.error))
    if counts["failed"]:
        status = "failed"
    elif outcomes and counts["skipped"] == len(outcomes):
        status = "skipped"
    else:
        status = "success"
    summary = {**counts, "files": counts["success"], "bytes": sum(o.bytes for o in outcomes if o.status == "success"),
               "requests": sum(1 for o in outcomes if o.requested), "source": source}
    return {
        "status": status,
        "records_processed": len(outcomes),
        "records_created": counts["success"],
        "records_skipped": counts["skipped"],
        "errors": json.dumps(errors[:MAX_ERRORS]) if errors else None,
        "summary": json.dumps(summary, sort_keys=True),
        "skip_reason": "already in the object store" if status == "skipped" else None,
    }
