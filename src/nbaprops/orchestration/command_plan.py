"""One plan per command: the processors named plus their downstream closure, each run once, in order.

Downstream work is not triggered from inside a run (a recursive trigger runs a dependent before its
other upstreams, once per upstream, and fails it for inputs that were about to arrive). Instead a
command plans the processors it names plus, unless ``--skip-downstream-trigger``, every processor that
reads them (transitively, through triggering reads), ordered by the DAG. A dependent runs once, after
all of its upstreams in the plan, over the dates they changed and the later dates it has already
computed whose lookback windows include a changed date (those are now stale). A date on which an
upstream in the plan failed is blocked for the dependent: recorded with the upstream that blocked
it, and not run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.declarations import Processor
from nbaprops.orchestration.dependencies import load_schedule
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.runner import RunReport, run_processor
from nbaprops.orchestration.windows import window
from nbaprops.seasons import season_window, season_year


@dataclass
class PlannedStep:
    processor: Processor
    named: bool
    report: RunReport | None = None
    blocked: dict[date, str] = field(default_factory=dict)  # date -> the upstream that blocked it


@dataclass
class CommandResult:
    steps: list[PlannedStep]

    @property
    def reports(self) -> list[RunReport]:
        return [s.report for s in self.steps if s.report is not None]

    @property
    def ok(self) -> bool:
        """Every unit of every step succeeded or was skipped by rule, and nothing was blocked."""
        return all(r.ok for r in self.reports) and not any(s.blocked for s in self.steps)


def closure(definitions: Definitions, named: Sequence[Processor], *, downstream: bool) -> list[PlannedStep]:
    """The named processors plus (when ``downstream``) every processor reading them, in DAG order."""
    names = {p.name for p in named}
    if downstream:
        frontier = list(named)
        while frontier:
            for dep in definitions.dependents(frontier.pop()):
                if dep.name not in names:
                    names.add(dep.name)
                    frontier.append(dep)
    explicit = {p.name for p in named}
    return [PlannedStep(p, p.name in explicit) for p in definitions.order() if p.name in names]


def run_command_plan(
    env: Environment, named: Sequence[Processor], start: date, end: date, *, dates: Sequence[date] | None = None,
    options: RunOptions | None = None, alert_stream=None, on_step: Callable[[PlannedStep], None] | None = None,
) -> CommandResult:
    """Run the plan: each processor once, after its upstreams in the plan, over the dates they affect."""
    options = options or RunOptions()
    steps = closure(env.definitions, named, downstream=not options.skip_downstream_trigger)
    by_table = {s.processor.output_table: s for s in steps}
    for step in steps:
        proc = step.processor
        if step.named:
            named_options = replace(options, would_write=_would_write(steps, options)) if options.dry_run else options
            step.report = run_processor(env, proc, start, end, dates=dates, options=named_options,
                                        alert_stream=alert_stream)
        else:
            upstream_steps = [by_table[u.table] for u in proc.reads if u.trigger and u.table in by_table]
            todo, step.blocked = _dependent_dates(env, proc, upstream_steps)
            if todo:
                child = RunOptions(backfill_mode=options.backfill_mode, force=options.force, dry_run=options.dry_run,
                                   skip_downstream_trigger=True, would_write=_would_write(steps, options),
                                   trigger_source=f"upstream:{','.join(s.processor.name for s in upstream_steps)}",
                                   parent_processor=upstream_steps[0].processor.name)
                step.report = run_processor(env, proc, min(todo), max(todo), dates=todo, options=child,
                                            alert_stream=alert_stream)
        if on_step is not None:
            on_step(step)
    return CommandResult(steps)


def _would_write(steps: list[PlannedStep], options: RunOptions) -> tuple[tuple[str, tuple[date, ...]], ...]:
    """In a dry run, what the plan's earlier steps would have written (nothing is, so checks assume it)."""
    if not options.dry_run:
        return ()
    return tuple((s.processor.output_table, tuple(s.report.dates("planned")))
                 for s in steps if s.report is not None and s.report.dates("planned"))


def _dependent_dates(env: Environment, proc: Processor,
                     upstream_steps: list[PlannedStep]) -> tuple[list[date], dict[date, str]]:
    """Dates a dependent must run (changed upstream dates and the stale later ones) and dates blocked."""
    changed: dict[str, set[date]] = {}  # upstream table -> dates it changed
    blocked: dict[date, str] = {}
    for up in upstream_steps:
        rep = up.report
        if rep is not None:
            ok = rep.dates("planned") if rep.options.dry_run else rep.dates("success", "partial")
            changed[up.processor.output_table] = set(ok)
            for d in rep.dates("failed"):
                blocked.setdefault(d, up.processor.name)
        for d, by in up.blocked.items():
            blocked.setdefault(d, by)
    todo = set().union(*changed.values()) if changed else set()
    todo |= _stale_later_dates(env, proc, changed)
    return sorted(todo - set(blocked)), dict(sorted(blocked.items()))


def _stale_later_dates(env: Environment, proc: Processor, changed: dict[str, set[date]]) -> set[date]:
    """Dates the dependent already computed after a changed date whose lookback windows include it."""
    lookbacks = [u for u in proc.reads if u.has_lookback and u.table in changed]
    first = min((d for days in changed.values() for d in days), default=None)
    column = proc.table.partition
    if not lookbacks or first is None or not column or not env.warehouse.table_exists(proc.output_table):
        return set()
    last = max(d for days in changed.values() for d in days)
    horizon = season_window(season_year(last))[1]
    done = [r["d"] for r in env.warehouse.query(
        f"SELECT DISTINCT {column} AS d FROM {proc.output_table} WHERE {column} > :lo AND {column} <= :hi",
        {"lo": first, "hi": horizon})]
    if not done:
        return set()
    schedule = load_schedule(env.warehouse, season_window(season_year(first))[0], max(done))
    stale = set()
    for day in done:
        for up in lookbacks:
            w = window(up, day, schedule)
            if any(w.start <= d <= w.end for d in changed[up.table]):
                stale.add(day)
                break
    return stale
