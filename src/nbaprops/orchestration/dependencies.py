"""Dependency checks for every date of a run: what is missing, given the declarations and what exists.

Two halves. :func:`gather` asks the warehouse what exists, set-based (one query per upstream for the
whole range, plus the schedule and the producers' run statuses). :func:`judge` is a pure function of
the declarations, the schedule and those facts (as SQLMesh's missing intervals are): testable without
a warehouse. What is checked comes from the declarations; how strictly comes from the safeguard policy
(backfill mode relaxes exactly what the seed's tables say). Every failure names the upstream, the
dates, and the command that fills them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import Any

from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import PlanItem, Processor, Upstream
from nbaprops.orchestration.run_history import RunHistory
from nbaprops.orchestration.safeguards import Level, Policy
from nbaprops.orchestration.windows import ScheduledGame, ScheduleView, Window, between, lookback_reach, window
from nbaprops.seasons import SCHEDULE_TABLE, season_window, season_year
from nbaprops.storage.warehouse import Warehouse


@dataclass
class DateCheck:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)
    upstream_latest: dict[str, datetime | None] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not self.errors

    def add(self, level: Level, message: str) -> None:
        """A finding at a safeguard's level: RAISE fails the date, WARN notes it, IGNORE drops it."""
        if level is Level.RAISE:
            self.errors.append(message)
        elif level is Level.WARN:
            self.warnings.append(message)


@dataclass
class UpstreamFacts:
    """What exists of one upstream: rows and newest ``processed_at`` per date, and failed producer dates."""

    rows: dict[date, tuple[int, datetime | None]] = field(default_factory=dict)
    failed_dates: set[date] = field(default_factory=set)
    producer_ref: str | None = None  # None: no processor writes it (a reference table)
    configured: bool = True  # False: its source is not one the user has (NBAPROPS_SOURCES)
    empty_dates: set[date] = field(default_factory=set)  # processed successfully with nothing to write

    @cached_property
    def dates(self) -> list[date]:
        """The dates with rows, sorted once: ``judge`` reads them after ``gather`` filled ``rows``."""
        return sorted(self.rows)


def compress_dates(days: Sequence[date]) -> str:
    """[1,2,3,5] -> '2024-01-01..2024-01-03, 2024-01-05'."""
    days = sorted(set(days))
    parts: list[str] = []
    i = 0
    while i < len(days):
        j = i
        while j + 1 < len(days) and days[j + 1] - days[j] == timedelta(days=1):
            j += 1
        parts.append(str(days[i]) if i == j else f"{days[i]}..{days[j]}")
        i = j + 1
    return ", ".join(parts)


def _as_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- gather: what exists -----------------------------------------------------------------------------
def load_schedule(warehouse: Warehouse, start: date, end: date) -> ScheduleView:
    """The schedule's games in ``[start, end]`` (final or not), for window arithmetic."""
    if not warehouse.table_exists(SCHEDULE_TABLE):
        return ScheduleView([])
    rows = warehouse.query(
        f"SELECT DISTINCT game_date, home_team_tricode AS home, away_team_tricode AS away, game_status "
        f"FROM {SCHEDULE_TABLE} WHERE game_date BETWEEN :s AND :e",
        {"s": start, "e": end},
    )
    return ScheduleView([ScheduledGame(r["game_date"], r["home"], r["away"], r["game_status"] == 3) for r in rows])


def _span(up: Upstream, day: date, schedule: ScheduleView) -> tuple[date, date]:
    """The dates of ``up`` whose rows date ``day`` may use (snapshots: any capture up to the date)."""
    if up.kind == "season":
        return season_window(season_year(day))
    if up.kind == "snapshot":
        return date.min, day
    w = window(up, day, schedule)
    return w.start, w.end


def gather(ctx: RunContext, processor: Processor,
           days: list[date]) -> tuple[ScheduleView, dict[Upstream, UpstreamFacts]]:
    """One query per upstream over the union of its windows, plus the producers' latest run statuses."""
    schedule = load_schedule(ctx.warehouse, lookback_reach(processor.reads, days), max(days))
    history = RunHistory(ctx.warehouse)
    facts: dict[Upstream, UpstreamFacts] = {}
    for up in processor.reads:
        producer = ctx.env.definitions.producer(up.table)
        found = UpstreamFacts(producer_ref=producer.ref if producer else None,
                              configured=producer is None or ctx.env.sources.covers(producer))
        facts[up] = found
        if not found.configured:
            continue
        span = _load_rows(ctx, up, days, schedule, found)
        _assume_written(ctx, up, found)
        if span is None or producer is None:
            continue
        lo, hi = span
        if up.empty_run_ok:
            found.empty_dates = history.empty_successes(producer.name, lo, hi)
        if ctx.policy.upstream_status is not Level.IGNORE and up.kind == "dated":
            finals = {d for d in schedule.final_dates if lo <= d <= hi}
            statuses = history.latest(producer.name, [*found.rows, *finals])
            found.failed_dates = {d for d, v in statuses.items() if v["status"].startswith("failed")}
    return schedule, facts


def _load_rows(ctx: RunContext, up: Upstream, days: list[date], schedule: ScheduleView,
               found: UpstreamFacts) -> tuple[date, date] | None:
    """Rows and newest ``processed_at`` per date over the union of the windows; the span read, or None
    when there is no dated span (a missing table, a reference table, windows that are all empty)."""
    if not ctx.warehouse.table_exists(up.table):
        return None
    where = f"({up.filter_sql})" if up.filter_sql else "TRUE"
    if up.kind == "reference":
        found.rows[date.min] = (ctx.warehouse.query(f"SELECT count(*) AS n FROM {up.table} WHERE {where}")[0]["n"],
                                None)
        return None
    spans = [_span(up, d, schedule) for d in days]
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    if lo > hi:
        return None
    for row in ctx.warehouse.query(
        f"SELECT {up.date_column} AS d, count(*) AS n, max(processed_at) AS latest FROM {up.table} "
        f"WHERE {up.date_column} BETWEEN :lo AND :hi AND {where} GROUP BY 1",
        {"lo": max(lo, date(1900, 1, 1)), "hi": hi},
    ):
        found.rows[row["d"]] = (row["n"], _as_utc(row["latest"]))
    return lo, hi


def _assume_written(ctx: RunContext, up: Upstream, found: UpstreamFacts) -> None:
    """A dry run's dependent: the dates the plan's earlier steps would write count as present."""
    for table, planned in ctx.options.would_write:
        if table == up.table:
            for d in planned:
                n, latest = found.rows.get(d, (0, None))
                found.rows[d] = (max(n, up.min_rows), latest)


def check_dependencies(ctx: RunContext, processor: Processor, items: Sequence[PlanItem]) -> dict[date, DateCheck]:
    """Every planned date's dependency verdict: gather what exists, then judge it."""
    if not items:
        return {}
    days = sorted({item.data_date for item in items})
    schedule, facts = gather(ctx, processor, days)
    return judge(processor, days, schedule, facts, ctx.policy, ctx.now)


# --- judge: what is missing (pure) -------------------------------------------------------------------
@dataclass
class _Group:
    """Alternative sources of one ``any_of`` group for one date: satisfied when any member has the rows."""

    hit: bool = False
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    covered: set[date] = field(default_factory=set)
    expected: set[date] = field(default_factory=set)
    window: tuple[date, date] | None = None
    critical: bool = False


def judge(processor: Processor, days: Sequence[date], schedule: ScheduleView,
          facts: dict[Upstream, UpstreamFacts], policy: Policy, now: datetime) -> dict[date, DateCheck]:
    """What each date is missing, given the declarations, the schedule and what exists."""
    results = {d: DateCheck() for d in days}
    for d in days:
        groups: dict[str, _Group] = {}
        for up in processor.reads:
            _judge_one(processor, up, d, schedule, facts[up], policy, now, results[d], groups)
        for name, group in groups.items():
            _judge_group(processor, name, group, d, policy, results[d])
    return results


def _judge_one(processor: Processor, up: Upstream, d: date, schedule: ScheduleView, found: UpstreamFacts,
               policy: Policy, now: datetime, res: DateCheck, groups: dict[str, _Group]) -> None:
    if not found.configured:  # a source the user does not have: never a gap, never a warning
        if up.critical and not up.any_of:
            res.add(policy.dependency_check, f"{processor.name} for {d} needs {up.short_name}, whose source is "
                                             "not configured (NBAPROPS_SOURCES)")
        return
    if up.kind == "reference":
        _judge_rows(processor, up, d, (d, d), found.rows.get(date.min, (0, None))[0], found, policy, res, groups,
                    label="it")
        return
    if up.kind == "snapshot":
        captures = sorted(k for k in found.rows if k <= d)
        if not captures:
            return  # a current snapshot says nothing about dates before its first capture: nothing expected
        rows, latest = found.rows[captures[-1]]
        res.upstream_latest[up.table] = latest
        _judge_rows(processor, up, d, (captures[-1], captures[-1]), rows, found, policy, res, groups,
                    label=f"its {captures[-1]} capture")
        return
    if up.kind == "season":
        lo, hi = season_window(season_year(d))
        w = Window(lo, hi, ())
    else:
        w = window(up, d, schedule)
        if w.empty or (up.has_lookback and not w.expected):
            return  # nothing before the season's first game is needed: not a gap
    present = between(found.dates, w.start, w.end)
    in_window = [found.rows[k] for k in present]
    rows = sum(n for n, _ in in_window)
    latest = max((t for _, t in in_window if t is not None), default=None)
    res.upstream_latest[up.table] = latest
    if not _judge_rows(processor, up, d, (w.start, w.end), rows, found, policy, res, groups):
        return
    _judge_staleness(processor, up, d, latest, policy, now, res)
    if up.has_lookback and up.any_of:
        group = groups[up.any_of]
        group.covered.update(present)
        group.expected |= set(w.expected)
        group.window = (w.start, w.end)
    elif up.has_lookback:
        have = set(present)
        gaps = [g for g in w.expected if g not in have]
        if gaps:
            fill = _fill(found, min(gaps), max(gaps), policy)
            res.add(policy.gap_detection,
                    f"{processor.name} for {d}: {up.short_name} has gaps on schedule game dates "
                    f"{compress_dates(gaps)} in its {w.start}..{w.end} lookback{fill}")
    failed = sorted(k for k in found.failed_dates if w.start <= k <= w.end)
    if failed and found.producer_ref:
        res.add(policy.upstream_status,
                f"{processor.name} for {d}: upstream processor {found.producer_ref.split('/')[-1]} failed for "
                f"{compress_dates(failed)}{_fill(found, min(failed), max(failed), policy, backfill=False)}")


def _fill(found: UpstreamFacts, lo: date, hi: date, policy: Policy, *, backfill: bool | None = None) -> str:
    from nbaprops.orchestration.commands import run_command

    if not found.producer_ref:
        return ""
    mode = policy.backfill_mode if backfill is None else backfill
    return f". Run: {run_command(found.producer_ref, lo, hi, backfill=mode)}"


def _judge_rows(processor: Processor, up: Upstream, d: date, span: tuple[date, date], rows: int,
                found: UpstreamFacts, policy: Policy, res: DateCheck, groups: dict[str, _Group],
                label: str | None = None) -> bool:
    """The minimum-rows check; False when the upstream is short (nothing more to check of it)."""
    group = groups.setdefault(up.any_of, _Group()) if up.any_of else None
    if group is not None:
        group.critical |= up.critical
    min_rows = policy.min_rows(up.min_rows)
    if rows == 0 and up.empty_run_ok and span[0] == span[1] and span[0] in found.empty_dates:
        return False  # processed with nothing to write: nothing to compute from it, not a gap
    if rows >= min_rows:
        if group is not None:
            group.hit = True
        return True
    lo, hi = span
    entry = {"table": up.table, "rows": rows, "min_rows": min_rows,
             "window": [lo.isoformat(), hi.isoformat()], "critical": up.critical}
    where = label or ("that date" if lo == hi else f"{lo}..{hi}")
    msg = (f"{processor.name} for {d} needs {up.short_name} for {where}, which has "
           + ("no rows" if rows == 0 else f"{rows} rows (at least {min_rows} needed)")
           + (_fill(found, lo, hi, policy) if up.kind == "dated" else ""))
    if group is not None:
        group.misses.append((msg, entry))
        return False
    res.missing.append(entry)
    res.add(policy.dependency_check if up.critical else Level.WARN, msg)
    return False


def _judge_group(processor: Processor, name: str, group: _Group, d: date, policy: Policy, res: DateCheck) -> None:
    if group.hit:
        gaps = sorted(group.expected - group.covered)
        if gaps and group.window:
            lo, hi = group.window
            res.add(policy.gap_detection, f"{processor.name} for {d}: no {name} source has rows on schedule game "
                                          f"dates {compress_dates(gaps)} in its {lo}..{hi} lookback")
        return  # another source of the group has the data: the missing ones are only noted
    if not group.misses:
        return
    res.missing.extend(entry for _, entry in group.misses)
    text = f"none of the {name} sources has data: " + " | ".join(m for m, _ in group.misses)
    res.add(policy.dependency_check if group.critical else Level.WARN, text)


def _judge_staleness(processor: Processor, up: Upstream, d: date, latest: datetime | None, policy: Policy,
                     now: datetime, res: DateCheck) -> None:
    if latest is None:
        return
    age_h = (now - latest).total_seconds() / 3600
    entry = {"table": up.table, "age_hours": round(age_h, 1), "latest_processed_at": latest.isoformat()}
    if up.stale_fail_hours is not None and age_h > up.stale_fail_hours and (up.critical and not up.any_of):
        entry["threshold"] = "fail"
        res.stale.append(entry)
        res.add(policy.stale_data_fail, f"{processor.name} for {d}: {up.short_name} was last processed "
                                        f"{age_h:.1f} h ago (fail threshold {up.stale_fail_hours:g} h)")
    elif up.stale_warn_hours is not None and age_h > up.stale_warn_hours:
        entry["threshold"] = "warn"
        res.stale.append(entry)
        res.warnings.append(f"{processor.name} for {d}: {up.short_name} was last processed {age_h:.1f} h ago "
                            f"(warn threshold {up.stale_warn_hours:g} h)")
