"""Dependency checks for every date of a run, set-based: one query per upstream for the whole range.

What is checked comes from the processor's declarations; how strictly comes from the safeguard
policy (backfill mode relaxes exactly what the seed's tables say). Every failure message names the
upstream, the dates, and the command that would fill them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import PlanItem, Processor, Upstream
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.orchestration.run_history import RunHistory
from nbaprops.orchestration.safeguards import Level


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


def window(up: Upstream, day: date, game_dates: Sequence[date]) -> tuple[date, date]:
    """The dates of ``up`` that date ``day`` needs."""
    end = day if up.include_date else day - timedelta(days=1)
    start = day - timedelta(days=up.lookback_days) if up.lookback_days else end
    if up.lookback_games:
        idx = bisect_left(game_dates, day)
        first = max(0, idx - up.lookback_games)
        if idx > 0:
            start = min(start, game_dates[first])
    return start, end


def _as_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check_dependencies(ctx: RunContext, processor: Processor, items: Sequence[PlanItem]) -> dict[date, DateCheck]:
    policy = ctx.policy
    results = {item.data_date: DateCheck() for item in items}
    if not items:
        return results
    days = sorted(results)
    history = RunHistory(ctx.warehouse)
    defs = ctx.env.definitions
    max_games = max((u.lookback_games for u in processor.reads), default=0)
    max_days = max((u.lookback_days for u in processor.reads), default=0)
    lookback_start = days[0] - timedelta(days=max_days + (max_games * 4 if max_games else 0) + 1)
    all_game_dates = schedule_dates(ctx.warehouse, lookback_start, days[-1], final_only=False)
    final_game_dates = set(schedule_dates(ctx.warehouse, lookback_start, days[-1], final_only=True))

    group_hits: dict[tuple[date, str], bool] = {}
    group_cover: dict[tuple[date, str], tuple[date, date, bool, set[date]]] = {}
    group_misses: dict[tuple[date, str], list[tuple[str, dict]]] = {}
    for up in processor.reads:
        producer = defs.producer(up.table)
        windows = {d: window(up, d, all_game_dates) for d in days}
        lo = min(w[0] for w in windows.values())
        hi = max(w[1] for w in windows.values())
        per_date: dict[date, tuple[int, datetime | None]] = {}
        if ctx.warehouse.table_exists(up.table) and lo <= hi:
            where = f" AND ({up.filter_sql})" if up.filter_sql else ""
            for row in ctx.warehouse.query(
                f"SELECT {up.date_column} AS d, count(*) AS n, max(processed_at) AS latest FROM {up.table} "
                f"WHERE {up.date_column} BETWEEN :lo AND :hi{where} GROUP BY 1",
                {"lo": lo, "hi": hi},
            ):
                per_date[row["d"]] = (row["n"], _as_utc(row["latest"]))
        statuses = (
            history.latest(producer.name, [*per_date, *(final_game_dates & set(_span(lo, hi)))])
            if producer and policy.upstream_status is not Level.IGNORE
            else {}
        )
        min_rows = policy.min_rows(up.min_rows)
        missing_days: list[date] = []
        for d in days:
            w_lo, w_hi = windows[d]
            res = results[d]
            if w_lo > w_hi:  # nothing before the first day is needed (e.g. include_date=False on day one)
                continue
            in_window = [v for k, v in per_date.items() if w_lo <= k <= w_hi]
            rows = sum(n for n, _ in in_window)
            latest = max((t for _, t in in_window if t is not None), default=None)
            res.upstream_latest[up.table] = latest
            fill = producer.run_command(w_lo, w_hi, backfill=policy.backfill_mode) if producer else None
            if rows < min_rows:
                entry = {"table": up.table, "rows": rows, "min_rows": min_rows,
                         "window": [w_lo.isoformat(), w_hi.isoformat()], "critical": up.critical}
                res.missing.append(entry)
                where_txt = "that date" if w_lo == w_hi else f"{w_lo}..{w_hi}"
                msg = (f"{processor.name} for {d} needs {up.short_name} for {where_txt}, which has "
                       + ("no rows" if rows == 0 else f"{rows} rows (at least {min_rows} needed)")
                       + (f". Run: {fill}" if fill else ""))
                if up.any_of:
                    group_misses.setdefault((d, up.any_of), []).append((msg, entry))
                    res.missing.remove(entry)
                elif up.critical and policy.dependency_check is Level.RAISE:
                    res.errors.append(msg)
                    missing_days.append(d)
                else:
                    res.warnings.append(msg)
                continue
            if up.any_of:
                group_hits[(d, up.any_of)] = True
            _check_staleness(ctx, processor, up, d, latest, res)
            if (up.lookback_days or up.lookback_games) and up.any_of:
                # a group's gaps are dates that none of its sources covers: collected, judged below
                key = (d, up.any_of)
                covered = group_cover.setdefault(key, (w_lo, w_hi, up.include_date, set()))[3]
                covered.update(k for k in per_date if w_lo <= k <= w_hi)
            elif up.lookback_days or up.lookback_games:
                gaps = [g for g in sorted(final_game_dates) if w_lo <= g <= w_hi
                        and g not in per_date and (up.include_date or g < d)]
                if gaps and policy.gap_detection is not Level.IGNORE:
                    msg = (f"{processor.name} for {d}: {up.short_name} has gaps on schedule game dates "
                           f"{compress_dates(gaps)} in its {w_lo}..{w_hi} lookback"
                           + (f". Run: {producer.run_command(min(gaps), max(gaps))}" if producer else ""))
                    (res.errors if policy.gap_detection is Level.RAISE else res.warnings).append(msg)
            if statuses:
                failed = sorted(k for k, v in statuses.items()
                                if w_lo <= k <= w_hi and v["status"].startswith("failed"))
                if failed and producer:
                    msg = (f"{processor.name} for {d}: upstream processor {producer.name} failed for "
                           f"{compress_dates(failed)}. Run: {producer.run_command(min(failed), max(failed))}")
                    (res.errors if policy.upstream_status is Level.RAISE else res.warnings).append(msg)
    if policy.gap_detection is not Level.IGNORE:
        for (d, group), (w_lo, w_hi, include_date, covered) in group_cover.items():
            gaps = [g for g in sorted(final_game_dates) if w_lo <= g <= w_hi and g not in covered
                    and (include_date or g < d)]
            if gaps:
                msg = (f"{processor.name} for {d}: no {group} source has rows on schedule game dates "
                       f"{compress_dates(gaps)} in its {w_lo}..{w_hi} lookback")
                (results[d].errors if policy.gap_detection is Level.RAISE else results[d].warnings).append(msg)
    for (d, group), misses in group_misses.items():
        res = results[d]
        members = [u for u in processor.reads if u.any_of == group]
        if group_hits.get((d, group)):
            continue  # another source of the group has the data: the missing ones are only noted
        critical = any(u.critical for u in members)
        res.missing.extend(entry for _, entry in misses)
        text = f"none of the {group} sources has data: " + " | ".join(m for m, _ in misses)
        if critical and policy.dependency_check is Level.RAISE:
            res.errors.append(text)
        else:
            res.warnings.append(text)
    return results


def _check_staleness(ctx: RunContext, processor: Processor, up: Upstream, d: date,
                     latest: datetime | None, res: DateCheck) -> None:
    if latest is None:
        return
    age_h = (ctx.now - latest).total_seconds() / 3600
    entry = {"table": up.table, "age_hours": round(age_h, 1), "latest_processed_at": latest.isoformat()}
    if up.stale_fail_hours is not None and age_h > up.stale_fail_hours and (up.critical and not up.any_of):
        entry["threshold"] = "fail"
        res.stale.append(entry)
        msg = (f"{processor.name} for {d}: {up.short_name} was last processed {age_h:.1f} h ago "
               f"(fail threshold {up.stale_fail_hours:g} h)")
        (res.errors if ctx.policy.stale_data_fail is Level.RAISE else res.warnings).append(msg)
    elif up.stale_warn_hours is not None and age_h > up.stale_warn_hours:
        entry["threshold"] = "warn"
        res.stale.append(entry)
        res.warnings.append(f"{processor.name} for {d}: {up.short_name} was last processed {age_h:.1f} h ago "
                            f"(warn threshold {up.stale_warn_hours:g} h)")


def _span(lo: date, hi: date) -> list[date]:
    return [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
