"""Running scrapers over a date range: plan, skip what is stored, fetch, store, log.

Scrapers run as a dependency graph (:mod:`.graph`): the schedule first, and each other scraper as
soon as the scrapers whose bodies it plans from are done; every request is a task on one thread
pool, throttled per source by the client.
Each request ends in exactly one outcome: a body stored at its layout path (``success``), an empty
answer (``no_data``, nothing stored, so a rerun asks again), a failure (logged with the reason),
or a skip because the store already has it (no request, no log row). A run whose source (live or
simulated) is not the store's is refused before any request (:mod:`.origin`); each scraper x date is a
row of the run history (:mod:`.history`).

A simulated run keeps the simulator's clock (:class:`~nbaprops.simulator.clock.SimClock`), not the wall
clock: each request is made at the moment it would have been made live (the workflows of
:mod:`nbaprops.orchestration.daily`), the simulator answers as of that moment, and the object is named
with it; the same seed and command give byte-identical objects, names included. A request whose moment
is after the run's ``now`` is not due. A live run uses the wall clock.
"""

from __future__ import annotations

import functools
import time
import traceback
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from nbaprops.orchestration.context import Environment
from nbaprops.scrapers.bodies import CHECKS
from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.execlog import ExecutionLog, LogRow
from nbaprops.scrapers.graph import run_graph
from nbaprops.scrapers.history import ScrapeHistory
from nbaprops.scrapers.http import BadBodyError, Fetch, HttpClient, RetryPolicy
from nbaprops.scrapers.index import StoreIndex
from nbaprops.scrapers.origin import refusal
from nbaprops.scrapers.plan import PlanContext, today_et
from nbaprops.scrapers.registry import SCHEDULE, dependencies, resolve
from nbaprops.scrapers.report import Outcome, ScrapeReport
from nbaprops.scrapers.secrets import redact
from nbaprops.scrapers.spec import ScraperSpec, Unit
from nbaprops.scrapers.transport import Profile
from nbaprops.seasons import date_range
from nbaprops.simulator.clock import SimClock
from nbaprops.storage.layout import timestamp

MAX_PAGES = 500


class ScrapeRunner:
    def __init__(self, env: Environment, profile: Profile, *, force: bool = False, workers: int = 8,
                 policy: RetryPolicy | None = None, today: date | None = None, backfill_mode: bool = False,
                 trigger_source: str = "scrape", clock: SimClock | None = None) -> None:
        self.env, self.profile, self.force, self.workers = env, profile, force, max(1, workers)
        self.backfill_mode, self.trigger_source = backfill_mode, trigger_source
        self.policy = policy
        self.clock = clock  # simulated runs: given, or set by each run() to just after its range
        self._given = (clock, today)
        self.today = today or (clock.today() if clock is not None else today_et())
        self.run_id = uuid.uuid4().hex[:12]
        self.index = StoreIndex(env.store)
        self.log = ExecutionLog(env.warehouse, self.run_id, profile.label)
        self.report = ScrapeReport(self.run_id, profile.label)
        self.client: HttpClient | None = None
        self.history: ScrapeHistory | None = None

    # --- public --------------------------------------------------------------------------------
    def run(self, names: list[str], start: date, end: date) -> ScrapeReport:
        for name in names:
            resolve(name)
        began = time.perf_counter()
        dates = date_range(start, end)
        if self.profile.clocked and self._given[0] is None:
            self.clock = SimClock.after(end)
            self.today = self._given[1] or self.clock.today()
        ctx = self._context(dates)
        graph = dependencies(names)
        for name in graph:
            self.report.ensure(name)
        refused = refusal(self.env.store, self.env.warehouse, self.profile.label)
        if refused is not None:  # simulated and live never share a store: nothing is fetched, one failure says why
            now = datetime.now(UTC)
            self.report.add(Outcome(names[0], "failed", {}, now, now, error=refused, requested=False))
            return self.report
        self.history = history = ScrapeHistory(self.env.warehouse, self.run_id, self.profile.label, dates,
                                               force=self.force, backfill_mode=self.backfill_mode,
                                               trigger_source=self.trigger_source)

        def plan(name: str) -> list[Callable[[], None]]:
            spec = SCRAPERS[name]
            try:
                due = self._due(spec, spec.plan(ctx))
            except Exception as exc:
                self._failed(spec, Unit({}, {}), {}, f"cannot plan: {exc}", requested=False)
                return []
            # before any request: a kill from here on leaves rows that read abandoned
            history.open(name, _units(due))
            return [functools.partial(self._run_unit, spec, unit, moment=moment) for unit, moment in due]

        def finished(name: str) -> None:
            self.log.flush()
            history.close(name, list(self.report.scrapers[name].outcomes))

        with HttpClient(self.profile, self.policy) as client, ThreadPoolExecutor(self.workers) as pool:
            self.client = client
            try:
                run_graph(graph, plan, pool, finished=finished)
            finally:
                self.log.flush()
                self.client = None
        self.report.seconds = time.perf_counter() - began
        return self.report

    # --- planning ------------------------------------------------------------------------------
    def _context(self, dates: list[date]) -> PlanContext:
        snapshot_day = dates[-1] if self.profile.simulated else self.today
        return PlanContext(dates, snapshot_day, self.env.store, self.env.warehouse, self.index, SCRAPERS,
                           self._fetch_schedule, self.today)

    def _fetch_schedule(self, dates: list[date]) -> None:
        """Scrape the season schedule(s) a per-game scraper needs, inline, before it plans."""
        spec = SCRAPERS[SCHEDULE]
        self.report.ensure(SCHEDULE)
        due = self._due(spec, spec.plan(self._context(dates)))
        if self.history is not None:
            self.history.open(SCHEDULE, _units(due))
        for unit, moment in due:
            self._run_unit(spec, unit, force=False, moment=moment)
        self.log.flush()
        if self.history is not None:
            self.history.close(SCHEDULE, list(self.report.scrapers[SCHEDULE].outcomes))

    def _due(self, spec: ScraperSpec, units) -> list[tuple[Unit, datetime | None]]:
        """Each planned unit with the moment its request is made: the simulator's clock gives one per
        workflow run that makes it (up to the run's ``now``; none: not due yet); a live run has one, now."""
        if self.clock is None:
            return [(unit, None) for unit in units]
        return [(unit, moment) for unit in units for moment in self.clock.moments(spec.name, unit.day, unit.fields)]

    @staticmethod
    def _moment_fields(spec: ScraperSpec, moment: datetime) -> dict[str, str]:
        """The fetch-time path fields a request made at ``moment`` is stored under (those its path has)."""
        fields = {"ts": timestamp(moment)} if "ts" in spec.layout.fields else {}
        if "snap" in spec.volatile:
            fields["snap"] = moment.astimezone(UTC).strftime("%H%M")
        return fields

    # --- one planned request (all its pages) ----------------------------------------------------
    def _run_unit(self, spec: ScraperSpec, unit: Unit, force: bool | None = None,
                  moment: datetime | None = None) -> None:
        force = self.force if force is None else force
        params: dict[str, Any] = dict(unit.params)
        # the fetch-time fields every page of a fetch shares: the first page's, or the simulated moment's
        capture: dict[str, str] = self._moment_fields(spec, moment) if moment is not None else {}
        try:
            for page in range(1, MAX_PAGES + 1):
                fields = dict(unit.fields)
                if spec.paginated:
                    fields["page"] = f"{page:03d}"
                    params["page_number"] = page
                stored = None if force else self._stored_page(spec, fields, capture)
                if stored is not None:
                    now = datetime.now(UTC)
                    self.report.add(Outcome(spec.name, "skipped", params, now, now, unit.day, stored,
                                            requested=False))
                    body = self.env.store.read(stored) if spec.paginated else b""
                    capture = capture or self._fetch_time_fields(spec, stored)
                else:
                    body = self._fetch(spec, unit, params, fields, capture, moment)
                    if body is None:
                        return
                if not spec.paginated or spec.next_page is None:
                    return
                following = spec.next_page(params, body)
                if following is None:
                    return
                params = following
            self._failed(spec, unit, params, f"more than {MAX_PAGES} pages", requested=False)
        except Exception as exc:  # a bug or a store failure: record it and let the run go on
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self._failed(spec, unit, params, f"internal error: {detail}", requested=False)

    def _stored_page(self, spec: ScraperSpec, fields: dict[str, str], capture: dict[str, str]) -> str | None:
        """The stored object of this request; for a later page, only one of the same fetch as the first
        page (a resumed fetch continues under the first page's time, so its pages load as one fetch); for a
        simulated request, only the one made at its moment (the pregame lines are not the morning's)."""
        if not capture:
            return self.index.latest(spec, fields)
        same = [p for p in self.index.paths(spec, fields)
                if all(self._fetch_time_fields(spec, p).get(k) == v for k, v in capture.items())]
        return same[-1] if same else None

    @staticmethod
    def _fetch_time_fields(spec: ScraperSpec, path: str) -> dict[str, str]:
        """The fields of a stored path that name when it was fetched (``ts``, ``snap``)."""
        parsed = spec.layout.parse(path) or {}
        return {k: str(parsed[k]) for k in ("ts", "snap") if k in parsed}

    def _fetch(self, spec: ScraperSpec, unit: Unit, params: dict[str, Any],
               fields: dict[str, str], capture: dict[str, str], moment: datetime | None = None) -> bytes | None:
        """Fetch one page; store it on success (a later page under the first page's fetch time, in
        ``capture``, which the first page fills). Returns the body if it was stored, else None.
        A simulated request (``moment``) is made, answered and named at that moment."""
        assert self.client is not None
        counted: list[int | Exception] = []

        def check(body: bytes) -> None:
            """The format check and the record count in one parse (bodies can be megabytes of JSON)."""
            if spec.body != "json":
                CHECKS[spec.body](body)
            try:
                counted.append(spec.count(body))
            except ValueError as exc:  # not JSON (e.g. cut short): worth another attempt
                raise BadBodyError(f"not JSON ({len(body)} bytes): {exc}") from None
            except Exception as exc:  # JSON of another shape: an answer, not a transient fault
                counted.append(exc)

        headers = spec.headers if moment is None or self.clock is None else {**spec.headers,
                                                                              **self.clock.header(moment)}
        fetch = self.client.get(spec.source, spec.url(params), headers, check)
        if moment is not None:  # made at the simulated moment: the object's name and the log say so (the
            fetch = replace(fetch, simulated_at=moment)  # report keeps the wall clock: how long it took)
        if fetch.error is None and fetch.status == 200:
            records = counted[-1] if counted else spec.count(fetch.body)
            if isinstance(records, Exception):
                self._record(spec, unit, params, fetch, "failed", error=f"cannot read the body: {records!r}")
                return None
            if records <= 0:
                self._record(spec, unit, params, fetch, "no_data")
                return None
            path_fields: dict[str, Any] = {**fields, **self._moment_fields(spec, fetch.made_at)}
            if spec.paginated:
                path_fields.update(capture)
                capture.update({k: str(path_fields[k]) for k in ("ts", "snap") if k in path_fields})
            if spec.body_fields is not None:
                path_fields.update(spec.body_fields(fetch.body))
            if spec.body_fields is not None and self._unchanged(spec, unit, params, fetch, path_fields):
                return fetch.body
            path = spec.layout.format(**path_fields)
            self.env.store.write(path, fetch.body)
            self.index.added(spec, path_fields, path)
            self._record(spec, unit, params, fetch, "success", path=path, records=records)
            return fetch.body
        if fetch.error is None and fetch.status in spec.no_data_statuses:
            self._record(spec, unit, params, fetch, "no_data")
            return None
        self._record(spec, unit, params, fetch, "failed", error=fetch.error or f"HTTP {fetch.status}")
        return None

    def _unchanged(self, spec: ScraperSpec, unit: Unit, params: dict[str, Any], fetch: Fetch,
                   fields: dict[str, Any]) -> bool:
        """For paths only the body can name (resume could not be checked before fetching): is the
        newest stored object under the same fields byte-identical? Then nothing new is written; the
        log row points at the object that already holds these bytes."""
        latest = self.index.latest(spec, fields)
        if latest is None or self.env.store.read(latest) != fetch.body:
            return False
        self.report.add(Outcome(spec.name, "skipped", dict(params), fetch.requested_at, fetch.finished_at,
                                unit.day, latest, http_status=fetch.status, retries=fetch.retries))
        self.log.add(LogRow(spec.name, "success", fetch.made_at, fetch.done_at,
                            {**params, "unchanged": True}, latest, None, None, fetch.status, None, fetch.retries))
        return True

    # --- outcomes ------------------------------------------------------------------------------
    def _record(self, spec: ScraperSpec, unit: Unit, params: dict[str, Any], fetch: Fetch, status: str,
                path: str | None = None, records: int = 0, error: str | None = None) -> None:
        safe_error = redact(error) if error else None
        requested = fetch.attempts > 0
        outcome = Outcome(spec.name, status, dict(params), fetch.requested_at, fetch.finished_at,  # type: ignore[arg-type]
                          unit.day, path, len(fetch.body) if path else 0, records, fetch.status, safe_error,
                          fetch.retries, requested=requested)
        self.report.add(outcome)
        self.log.add(LogRow(spec.name, status, fetch.made_at, fetch.done_at, dict(params), path,  # type: ignore[arg-type]
                            records, outcome.bytes or None, fetch.status, safe_error, fetch.retries))

    def _failed(self, spec: ScraperSpec, unit: Unit, params: dict[str, Any], error: str, *,
                requested: bool) -> None:
        now = datetime.now(UTC)
        safe_error = redact(error)
        self.report.add(Outcome(spec.name, "failed", dict(params), now, now, unit.day, error=safe_error,
                                requested=requested))
        self.log.add(LogRow(spec.name, "failed", now, now, dict(params), error=safe_error))


def _units(due: list[tuple[Unit, datetime | None]]) -> list[Unit]:
    """The planned units of ``due`` once each (a unit the clock makes twice a day is one unit of history)."""
    return list({id(unit): unit for unit, _ in due}.values())
