"""Season-by-season backfill with validation gates: the seed's execution order, done by the machine.

For each season the range touches, each phase runs over that season's part of the range, every
processor in backfill mode with downstream triggers off, in the order the declarations give (Phase 4's
strict sequence included), and then the phase's validation gate runs. The first phase that leaves
failed dates or schedule gaps stops the backfill, naming them and the commands that fill them.
A rerun resumes: dates already done and fresh are skipped by rule. Every alert of the run goes
into one digest, sent when the backfill ends however it ends (:func:`~nbaprops.orchestration.alerts.run_digest`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from nbaprops.orchestration.alerts import RunDigest, run_digest
from nbaprops.orchestration.commands import backfill_command
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.dependencies import compress_dates
from nbaprops.orchestration.quality import incomplete_lookbacks, quality_distribution
from nbaprops.orchestration.runner import RunReport, run_processor
from nbaprops.orchestration.validation import TableCoverage, gaps, phase_coverage
from nbaprops.seasons import season_chunks

# (env, start, end, force) -> (ok, summary lines); provided by the scrapers package
ScrapeFn = Callable[[Environment, date, date, bool], tuple[bool, list[str]]]
Log = Callable[[str], None]


@dataclass
class PhaseStep:
    season: int
    phase: int
    start: date
    end: date
    reports: list[RunReport] = field(default_factory=list)
    coverage: list[TableCoverage] = field(default_factory=list)
    scrape_ok: bool = True
    scrape_summary: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[tuple[str, list[date]]]:
        out = []
        for report in self.reports:
            bad = report.dates("failed", "partial")
            if bad or report.plan_error:
                out.append((report.processor.ref, bad))
        return out

    @property
    def ok(self) -> bool:
        return self.scrape_ok and not self.failed and not gaps(self.coverage)

    def problems(self) -> list[str]:
        lines = [f"scrape: {line}" for line in self.scrape_summary if not self.scrape_ok]
        for report in self.reports:
            if report.plan_error:
                lines.append(f"{report.processor.ref}: {report.plan_error}")
            bad = report.dates("failed", "partial")
            if bad:
                lines.append(f"{report.processor.ref} failed for {compress_dates(bad)}: "
                             f"{report.outcomes[bad[0]].errors[0] if report.outcomes[bad[0]].errors else ''}")
                cmd = report.retry_command()
                if cmd:
                    lines.append(f"  retry: {cmd}")
        for cov in gaps(self.coverage):
            lines.append(f"{cov.label} is missing schedule dates {compress_dates(cov.missing)}")
            lines.append(f"  fill: {cov.fill_command()}")
        return lines


@dataclass
class BackfillResult:
    steps: list[PhaseStep] = field(default_factory=list)
    stopped_at: PhaseStep | None = None

    @property
    def ok(self) -> bool:
        return self.stopped_at is None


def run_backfill(
    env: Environment,
    start: date,
    end: date,
    phases: list[int],
    *,
    scrape: ScrapeFn | None = None,
    force: bool = False,
    log: Log = print,
) -> BackfillResult:
    command = backfill_command(start, end, f"{phases[0]}-{phases[-1]}" if len(phases) > 1 else str(phases[0]))
    with run_digest(env.warehouse, f"Backfill digest ({command})") as digest:
        result = _run_seasons(env, start, end, phases, scrape, force, log, digest)
        stop = result.stopped_at
        digest.outcome = "complete" if stop is None else f"stopped at phase {stop.phase} of season {stop.season}"
    return result


def _report_quality(env: Environment, phase: int, lo: date, hi: date, log: Log, digest: RunDigest) -> None:
    """The seed's Phase 4 checks after its gate: rows written from incomplete Phase 3 lookbacks (backfill
    mode writes and flags them; said here and in the digest, never silent) and the quality distribution
    (early-season rows are expected while windows fill)."""
    for lb in incomplete_lookbacks(env, phase, lo, hi):
        line = (f"lookback check: {lb.processor} {lb.game_date}: {lb.incomplete_rows} of {lb.rows} rows computed "
                f"from incomplete windows (up to {lb.missing_games} Phase 3 game(s) missing); fill Phase 3, then "
                f"rerun with --force")
        log(f"   {line}")
        digest.alert(lb.processor, lb.game_date, "warning", line)
    for q in quality_distribution(env, phase, lo, hi):
        log(f"   quality: {q.processor} {q.season_year}: {q.rows} rows, {q.production_ready_pct}% production "
            f"ready, {q.early_season_pct}% early season (expected while windows fill), mean {q.mean_quality}")


def _run_seasons(env: Environment, start: date, end: date, phases: list[int], scrape: ScrapeFn | None,
                 force: bool, log: Log, digest: RunDigest) -> BackfillResult:
    result = BackfillResult()
    options = RunOptions(backfill_mode=True, skip_downstream_trigger=True, force=force, trigger_source="backfill")
    for year, lo, hi in season_chunks(start, end):
        log(f"== season {year}-{(year + 1) % 100:02d}: {lo}..{hi}")
        for phase in phases:
            step = PhaseStep(year, phase, lo, hi)
            result.steps.append(step)
            if phase == 1:
                if scrape is None:
                    raise ValueError("phase 1 needs a scrape function")
                step.scrape_ok, step.scrape_summary = scrape(env, lo, hi, force)
                for line in step.scrape_summary:
                    log(f"   {line}")
            else:
                left_out = env.sources.left_out(env.definitions.order(phase))
                if left_out:
                    log(f"   phase {phase}: {left_out}")
                for group in env.definitions.levels(phase):
                    for proc in env.sources.configured(group):
                        report = run_processor(env, proc, lo, hi, options=options)
                        step.reports.append(report)
                        counts: dict[str, int] = {}
                        for o in report.outcomes.values():
                            counts[o.status] = counts.get(o.status, 0) + 1
                        text = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "nothing planned"
                        log(f"   phase {phase} {proc.ref}: {text}")
                step.coverage = phase_coverage(env, phase, lo, hi)
            if not step.ok:
                result.stopped_at = step
                log(f"!! phase {phase} of season {year} left gaps; stopping before the next phase")
                for line in step.problems():
                    log(f"   {line}")
                digest.problems = [f"stopped at phase {phase} of season {year}:", *step.problems()]
                if not step.scrape_ok:
                    digest.alert("scrape", None, "error", "; ".join(step.scrape_summary[:3]))
                return result
            log(f"   gate: phase {phase} complete for {lo}..{hi}")
            if phase >= 4:
                _report_quality(env, phase, lo, hi, log, digest)
        log(f"== checkpoint: season {year} phases {phases[0]}-{phases[-1]} complete")
    return result
