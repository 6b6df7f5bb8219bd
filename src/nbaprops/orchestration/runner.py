"""Run one processor over a date range: plan, record, check, skip, compute, verify, swap, record.

The same steps for every processor of every phase. The compute step sees only the dates that passed
their checks and were not already done; the swap replaces those dates in one transaction. Dependents
are not started from here: a command plans them once (``command_plan``).
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pyarrow as pa
import pyarrow.compute as pc

from nbaprops.orchestration.alerts import AlertSink
from nbaprops.orchestration.commands import run_command
from nbaprops.orchestration.context import Environment, RunContext, RunOptions
from nbaprops.orchestration.declarations import ComputeResult, PlanItem, Processor
from nbaprops.orchestration.dependencies import DateCheck, check_dependencies, compress_dates
from nbaprops.orchestration.errors import DependencyError, VerificationError
from nbaprops.orchestration.events import ProcessorCompleted
from nbaprops.orchestration.planner import plan
from nbaprops.orchestration.run_history import DateOutcome, RunHistory
from nbaprops.orchestration.safeguards import Delivery, Policy
from nbaprops.stopping import check_stop


@dataclass
class RunReport:
    processor: Processor
    run_id: str
    options: RunOptions
    outcomes: dict[date, DateOutcome] = field(default_factory=dict)
    plan_error: str | None = None
    digest: str | None = None
    dry_run_plan: list[PlanItem] = field(default_factory=list)

    def dates(self, *statuses: str) -> list[date]:
        return sorted(d for d, o in self.outcomes.items() if o.status in statuses)

    @property
    def ok(self) -> bool:
        """This processor's own dates all succeeded or were skipped by rule."""
        return self.plan_error is None and all(
            o.status in ("success", "skipped", "planned") for o in self.outcomes.values())

    def retry_command(self) -> str | None:
        bad = self.dates("failed", "partial")
        if not bad:
            return None
        return run_command(self.processor.ref, dates=bad, backfill=self.options.backfill_mode,
                           skip_downstream_trigger=self.options.skip_downstream_trigger)



def run_processor(
    env: Environment,
    processor: Processor,
    start: date,
    end: date,
    *,
    dates: Sequence[date] | None = None,
    options: RunOptions | None = None,
    alert_stream=None,
) -> RunReport:
    """Plan, record, check, skip, compute, verify, swap, record (dependents: ``command_plan``)."""
    options = options or RunOptions()
    policy = Policy.for_mode(options.backfill_mode)
    ctx = RunContext(env=env, options=options, alerts=None)  # type: ignore[arg-type]
    ctx.alerts = AlertSink(env.warehouse, policy.alerts, ctx.run_id, stream=alert_stream)
    report = RunReport(processor, ctx.run_id, options)
    try:
        candidates = processor_candidates(ctx, processor, start, end)
        items = plan(env.warehouse, processor, start, end, dates=dates, candidate_dates=candidates)
    except DependencyError as exc:
        report.plan_error = str(exc)
        if not options.dry_run:  # a dry run writes nothing and alerts nobody
            ctx.alerts.emit(processor.name, start, "error", str(exc))
            report.digest = ctx.alerts.flush()
        return report
    if options.dry_run:
        return _dry_run(ctx, processor, items, report)
    if not items:
        return report
    report.outcomes = _run_recorded(ctx, processor, items)
    report.digest = ctx.alerts.flush()
    _publish(env, processor, report)
    return report


def _dry_run(ctx: RunContext, processor: Processor, items: list[PlanItem], report: RunReport) -> RunReport:
    """What a real run would do, unit by unit, from the same checks: fail, skip, or run ("planned").

    Reads only: dependency checks, the skip rule, and whether the computation's inputs exist (a raw
    processor's source objects). Nothing is written, no history row is opened, no alert is sent.
    """
    report.dry_run_plan = items
    checks = check_dependencies(ctx, processor, items)
    outcomes: dict[date, DateOutcome] = {}
    todo = _checked_and_not_fresh(ctx, processor, items, checks, outcomes)
    missing = processor.compute.missing_inputs(ctx, todo)
    for item in todo:
        c = checks[item.data_date]
        reason = missing.get(item.data_date)
        outcomes[item.data_date] = DateOutcome(
            status="failed" if reason else "planned", errors=[reason] if reason else [], warnings=c.warnings,
            dependency_check_passed=True, summary={"dry_run": True},
        )
    report.outcomes = {d: outcomes[d] for d in sorted(outcomes)}
    return report


def _run_recorded(ctx: RunContext, processor: Processor, items: list[PlanItem]) -> dict[date, DateOutcome]:
    """Open a history row per unit, execute, and close them; anything unexpected fails the open units."""
    check_stop()  # a stop asked for while the previous unit ran: none opens after it
    history = RunHistory(ctx.warehouse)
    started = datetime.now(UTC)
    history.open(processor, ctx, items, started)
    outcomes: dict[date, DateOutcome] = {}
    try:
        _execute(ctx, processor, items, outcomes)
        _alert(ctx, processor, outcomes)  # inside: a Ctrl-C while alerts go out still closes the rows
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM: the swap's transaction rolled back, so nothing of this run was written;
        # record the open units as interrupted (a second interrupt here leaves them to read as abandoned)
        _fail_open(items, outcomes, [INTERRUPTED])
        history.close(processor, ctx, outcomes, items, started)
        raise
    except Exception as exc:
        _fail_open(items, outcomes, [f"{exc.__class__.__name__}: {exc}", traceback.format_exc(limit=6)])
        _alert(ctx, processor, outcomes)
    history.close(processor, ctx, outcomes, items, started)
    return outcomes


INTERRUPTED = "interrupted (Ctrl-C or SIGTERM) before anything was written: rerun the same command to resume"


def _fail_open(items: list[PlanItem], outcomes: dict[date, DateOutcome], errors: list[str]) -> None:
    for item in items:
        if item.data_date not in outcomes or outcomes[item.data_date].status == "running":
            outcomes[item.data_date] = DateOutcome(status="failed", errors=errors)


def _publish(env: Environment, processor: Processor, report: RunReport) -> None:
    """Tell listeners which dates changed; dependents run from the command's plan, not from here."""
    if env.bus is not None:
        env.bus.publish(ProcessorCompleted(
            processor.name, processor.phase_name, processor.output_table, report.run_id,
            tuple(report.dates("success", "partial")), tuple(report.dates("failed")), report.options.backfill_mode,
        ))


def processor_candidates(ctx: RunContext, processor: Processor, start: date, end: date) -> list[date] | None:
    """Dates with source files, for processors that expect ``files`` (they say how to list them)."""
    if processor.expects != "files":
        return None
    return processor.compute.candidate_dates(ctx, start, end)


def _execute(ctx: RunContext, processor: Processor, items: list[PlanItem], outcomes: dict[date, DateOutcome]) -> None:
    checks: dict[date, DateCheck] = check_dependencies(ctx, processor, items)
    todo = _checked_and_not_fresh(ctx, processor, items, checks, outcomes)
    if not todo:
        return
    result: ComputeResult = processor.compute(ctx, todo)
    done = [i for i in todo if i.data_date not in result.failures]
    scopes = {i.data_date: result.scopes.get(i.data_date, [i.scope_value]) for i in done}
    rows, done = _verified(processor, result, done, scopes)
    scope_values = [v for i in done for v in scopes[i.data_date]]
    with ctx.warehouse.transaction():  # the rows and every side write land together, or nothing does
        if scope_values:
            ctx.warehouse.replace_scope(processor.table, processor.replace_column, scope_values, rows)
        for write in result.side_writes:
            ctx.warehouse.replace_keys(write.table, write.key, write.rows)
    by_scope = _count_by_scope(processor, rows)
    counts = {i.scope_value: sum(by_scope.get(v, 0) for v in scopes[i.data_date]) for i in done}
    for item in todo:
        outcomes[item.data_date] = _outcome(item, checks[item.data_date], result, counts)


def _checked_and_not_fresh(ctx: RunContext, processor: Processor, items: list[PlanItem],
                           checks: dict[date, DateCheck], outcomes: dict[date, DateOutcome]) -> list[PlanItem]:
    """Units that passed their dependency checks and are not already done (unless forced)."""
    todo: list[PlanItem] = []
    for item in items:
        c = checks[item.data_date]
        if not c.passed:
            outcomes[item.data_date] = DateOutcome(
                status="failed", errors=c.errors, warnings=c.warnings, missing_dependencies=c.missing,
                stale_dependencies=c.stale, dependency_check_passed=False,
            )
        else:
            todo.append(item)
    if not (ctx.policy.deduplication and not ctx.options.force and todo):
        return todo
    fresh = processor.compute.fresh(ctx, processor, todo, checks)
    for item in todo:
        if item.data_date in fresh:
            # nothing is computed for a skipped date, so its input warnings would only be noise
            outcomes[item.data_date] = DateOutcome(
                status="skipped", skip_reason="already processed; output newer than every input "
                "(use --force to recompute)", dependency_check_passed=True,
            )
    return [i for i in todo if i.data_date not in fresh]


def _verified(processor: Processor, result: ComputeResult, done: list[PlanItem],
              scopes: dict[date, list]) -> tuple[pa.Table, list[PlanItem]]:
    """Rows breaking a declared rule fail their own dates; the other dates still load."""
    scope_values = [v for i in done for v in scopes[i.data_date]]
    rows, bad = _verify(processor, result.rows, scope_values)
    if not bad:
        return rows, done
    day_of = {v: d for d, values in scopes.items() for v in values}
    for value, reason in bad.items():
        result.failures.setdefault(day_of[value], reason)
    done = [i for i in done if i.data_date not in result.failures]
    keep = pa.array([v for i in done for v in scopes[i.data_date]], type=rows.column(processor.replace_column).type)
    return rows.filter(pc.is_in(rows.column(processor.replace_column), value_set=keep)), done


def _outcome(item: PlanItem, check: DateCheck, result: ComputeResult, counts: dict) -> DateOutcome:
    warnings = check.warnings + result.warnings.get(item.data_date, [])
    if item.data_date in result.failures:
        return DateOutcome(status="failed", errors=[result.failures[item.data_date]], warnings=warnings,
                           dependency_check_passed=True, stale_dependencies=check.stale)
    created = counts.get(item.scope_value, 0)
    partial = result.partial.get(item.data_date)
    return DateOutcome(
        status="partial" if partial else "success",
        records_processed=result.records_processed.get(item.data_date, created),
        records_created=created,
        errors=[partial] if partial else [],
        warnings=warnings,
        dependency_check_passed=True,
        stale_dependencies=check.stale,
        summary={"scope": str(item.scope_value), "rows_written": created},
    )


def _verify(processor: Processor, rows: pa.Table, scope_values: list) -> tuple[pa.Table, dict]:
    """Declared rules on computed rows: in scope, required columns present, key unique.

    Rows outside the planned scope mean the processor is wrong: the whole run fails. A null required
    column or a repeated key fails only the scope values (dates) it occurs in; returned with reasons.
    """
    table = processor.table
    scope_col = processor.replace_column
    if rows.num_rows == 0:
        return rows, {}
    if scope_col not in rows.column_names:
        raise VerificationError(f"{processor.name}: rows have no {scope_col} column")
    if not scope_values:
        return rows.slice(0, 0), {}
    allowed = pa.array(scope_values, type=rows.column(scope_col).type)
    in_scope = pc.is_in(rows.column(scope_col), value_set=allowed)
    if not pc.all(in_scope).as_py():
        stray = sorted({str(v) for v in pc.filter(rows.column(scope_col), pc.invert(in_scope)).to_pylist()})
        raise VerificationError(
            f"{processor.name}: computed rows for {scope_col} {', '.join(stray[:5])} outside the planned scope"
        )
    bad: dict = {}
    for c in table.content_columns:
        if not c.required:
            continue
        if c.name not in rows.column_names:
            raise VerificationError(f"{processor.name}: required column {c.name} is missing")
        if rows.column(c.name).null_count:
            nulls = rows.filter(pc.is_null(rows.column(c.name)))
            for value in set(nulls.column(scope_col).to_pylist()):
                bad.setdefault(value, f"VerificationError: {processor.name}: rows for {value} have no "
                                      f"{c.name} (required)")
    if table.key:
        key = list(dict.fromkeys([*table.key, scope_col]))
        counts = rows.select(key).group_by(key).aggregate([([], "count_all")])
        dupes = counts.filter(pc.greater(counts.column("count_all"), 1))
        if dupes.num_rows:
            examples = dupes.slice(0, 2).to_pylist()
            for value in set(dupes.column(scope_col).to_pylist()):
                bad.setdefault(value, f"VerificationError: {processor.name}: duplicate key rows on {table.key} "
                                      f"for {value}, e.g. {examples}")
            across = rows.select(list(table.key)).group_by(list(table.key)).aggregate([]).num_rows
            if across != counts.num_rows:
                raise VerificationError(f"{processor.name}: a key {table.key} repeats across scopes")
    return rows, bad


def _count_by_scope(processor: Processor, rows: pa.Table) -> dict:
    if rows.num_rows == 0:
        return {}
    counts = rows.group_by([processor.replace_column]).aggregate([([], "count_all")]).to_pylist()
    return {r[processor.replace_column]: r["count_all"] for r in counts}


def _alert(ctx: RunContext, processor: Processor, outcomes: dict[date, DateOutcome]) -> None:
    failed = sorted(d for d, o in outcomes.items() if o.status in ("failed", "partial"))
    for d in failed:
        first = outcomes[d].errors[0] if outcomes[d].errors else "failed"
        ctx.alerts.emit(processor.name, d, "error", first)
    warned = sorted(d for d, o in outcomes.items() if o.warnings and o.status not in ("failed",))
    for d in warned:
        for w in outcomes[d].warnings:
            ctx.alerts.emit(processor.name, d, "warning", w)
    mode = "immediate" if ctx.alerts.delivery is Delivery.IMMEDIATE else "digest"
    for d, o in outcomes.items():
        if (d in failed) or (d in warned):
            o.alert_sent = mode == "immediate"
            o.alert_type = mode
    if failed:
        # one summary line that groups the failed dates, in both modes
        ctx.alerts.emit(processor.name, None, "error",
                        f"{len(failed)} date(s) failed: {compress_dates(failed)}")
