"""The seed's pre-backfill checklist as code: what must hold before a long backfill is started.

Each check says what it found and, when it fails, the command that fixes it: the tables exist, the
schedule is loaded for every season of the range, the configured sources have objects for the first
game date, that first date goes through every requested phase (the same plan as a dry run, so nothing
is written), and what the whole backfill will do and roughly how long it will take.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from nbaprops.orchestration.command_plan import run_command_plan
from nbaprops.orchestration.commands import backfill_command, run_command, scrape_command
from nbaprops.orchestration.context import Environment, RunContext, RunOptions
from nbaprops.orchestration.declarations import PlanItem
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.seasons import SCHEDULE_REF, season_chunks, season_label

Verdict = Literal["ok", "warn", "fail"]
# seconds per game date, measured on this project's 2-core machine (README, Performance): a rough guide
SECONDS_PER_DATE = {1: 0.19, 2: 0.24, 3: 0.03, 4: 0.015, 5: 0.25}


@dataclass
class Check:
    name: str
    verdict: Verdict
    detail: str
    fix: list[str] = field(default_factory=list)


def preflight(env: Environment, start: date, end: date, phases: list[int]) -> list[Check]:
    """Every check of the checklist, in order; later checks still run after a failure (all is reported)."""
    checks = [_tables(env)]
    days = schedule_dates(env.warehouse, start, end, final_only=False)
    checks.append(_schedule(env, start, end, days))
    if days and 2 in phases and 1 not in phases:
        checks.append(_sources(env, days[0]))
    if days:
        checks.append(_first_date(env, days[0], phases))
    checks.append(_estimate(env, start, end, days, phases))
    return checks


def _tables(env: Environment) -> Check:
    missing = [t.full_name for t in env.definitions.tables() if not env.warehouse.table_exists(t.full_name)]
    if missing:
        return Check("tables", "fail", f"{len(missing)} missing: {', '.join(missing[:5])}", ["nbaprops init"])
    return Check("tables", "ok", f"every dataset and table is ready ({len(env.definitions.tables())} tables)")


def _schedule(env: Environment, start: date, end: date, days: list[date]) -> Check:
    seasons = [season_label(year) for year, _, _ in season_chunks(start, end)]
    if days:
        return Check("schedule", "ok", f"{len(days)} game dates in {start}..{end} ({', '.join(seasons)})")
    return Check("schedule", "fail", f"no game in {start}..{end}: the schedule of {', '.join(seasons)} is not "
                 "loaded", [scrape_command("nbac_schedule_api", start, end), run_command(SCHEDULE_REF, start, end)])


def _sources(env: Environment, day: date) -> Check:
    """Configured raw processors with no object for the first game date (Phase 2 from stored files)."""
    ctx = RunContext(env=env, options=RunOptions(dry_run=True), alerts=None)  # type: ignore[arg-type]
    item = PlanItem(day, day, (day,))
    gaps: dict[str, str] = {}  # processor -> the scrape that fetches its objects
    for proc in env.definitions.order(2):
        if (env.sources.covers(proc) and proc.expects in ("final_games", "scheduled_games")
                and proc.source_scraper and day in proc.compute.missing_inputs(ctx, [item])):
            gaps[proc.name] = scrape_command(proc.source_scraper, day, day)
    scope = f"sources: {env.sources.describe()}"
    if not gaps:
        return Check("objects", "ok", f"every configured source has objects for {day} ({scope})")
    return Check("objects", "warn", f"{len(gaps)} configured source(s) have no object for {day} ({scope}): "
                 + ", ".join(sorted(gaps)), sorted(set(gaps.values())))


def _first_date(env: Environment, day: date, phases: list[int]) -> Check:
    """The first game date through every requested phase, as a dry run (the plan a real run would follow)."""
    named = [p for phase in phases if phase > 1 for p in env.sources.configured(env.definitions.order(phase))]
    if not named:
        return Check("first date", "ok", "Phase 1 only: nothing to plan from stored data")
    options = RunOptions(backfill_mode=True, dry_run=True, skip_downstream_trigger=True)
    result = run_command_plan(env, named, day, day, options=options)
    failed = [f"{r.processor.ref}: {r.outcomes[day].errors[0] if r.outcomes[day].errors else 'failed'}"
              for r in result.reports if day in r.outcomes and r.outcomes[day].status == "failed"]
    failed += [f"{r.processor.ref}: {r.plan_error}" for r in result.reports if r.plan_error]
    if failed:
        return Check("first date", "fail", f"{day} would fail: " + " | ".join(failed[:4])
                     + (f" (+{len(failed) - 4} more)" if len(failed) > 4 else ""))
    statuses = [o.status for r in result.reports for o in r.outcomes.values()]
    return Check("first date", "ok", f"{day} plans through every phase: {statuses.count('planned')} to run, "
                 f"{statuses.count('skipped')} already done and fresh, 0 failing")


def _estimate(env: Environment, start: date, end: date, days: list[date], phases: list[int]) -> Check:
    if not days:
        return Check("plan", "warn", "no game dates known yet: load the schedule to size the backfill")
    seconds = sum(SECONDS_PER_DATE.get(p, 0.0) for p in phases) * len(days)
    seasons = len(season_chunks(start, end))
    runs = sum(len(env.sources.configured(env.definitions.order(p))) for p in phases if p > 1)
    phase_text = f"{phases[0]}-{phases[-1]}" if len(phases) > 1 else str(phases[0])
    detail = (f"{seasons} season(s), {len(days)} game dates, phases {phase_text}: {runs} processor runs per "
              f"season, about {_duration(seconds)} on a 2-core machine (measured rates; more with contention)")
    return Check("plan", "ok", detail, [backfill_command(start, end, phase_text)])


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
