"""Validation gates between phases: which dates the schedule expects and which each table has.

The seed's Query 1 (Phase 2) and Query 2 (Phase 3) as code: expected dates are the schedule's
final-game dates (``game_status = 3``), never the calendar; each table's present dates are its
distinct partition dates. Missing dates come with the command that fills them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from nbaprops.orchestration.commands import run_command, scrape_command
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.declarations import Processor
from nbaprops.orchestration.dependencies import compress_dates
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.run_history import RunHistory
from nbaprops.seasons import SCHEDULE_TABLE, season_window, season_year
from nbaprops.storage.sql import in_list


@dataclass
class TableCoverage:
    processor: Processor
    expected: list[date]
    present: list[date]
    gating: bool  # a gap here stops the next phase (tables whose dates follow the schedule)
    note: str = ""
    group: str | None = None  # a group of alternative sources: present where any member is
    missing: list[date] = field(init=False)

    def __post_init__(self) -> None:
        have = set(self.present)
        self.missing = [d for d in self.expected if d not in have]

    @property
    def pct(self) -> float:
        if not self.expected:
            return 100.0
        return round(100.0 * (len(self.expected) - len(self.missing)) / len(self.expected), 1)

    @property
    def label(self) -> str:
        return f"{self.group} (any one source)" if self.group else self.processor.output_table

    def fill_command(self, backfill: bool = True) -> str | None:
        if not self.missing:
            return None
        cmd = run_command(self.processor.ref, dates=self.missing, backfill=backfill, skip_downstream_trigger=backfill)
        if self.processor.source_scraper:
            # a raw table fills from its source objects: fetch what is missing first (stored ones are kept)
            fetch = scrape_command(self.processor.source_scraper, min(self.missing), max(self.missing))
            cmd = f"{fetch} && {cmd}"
        return cmd

    def as_dict(self) -> dict:
        return {
            "processor": self.processor.ref, "table": self.label, "group": self.group,
            "expected_dates": len(self.expected), "dates_with_data": len(self.expected) - len(self.missing),
            "pct_complete": self.pct, "missing_dates": [d.isoformat() for d in self.missing],
            "missing": compress_dates(self.missing), "gating": self.gating, "note": self.note,
            "fill_command": self.fill_command(),
        }


def _present_dates(env: Environment, processor: Processor, start: date, end: date) -> list[date]:
    column = processor.table.partition
    if not column or not env.warehouse.table_exists(processor.output_table):
        return []
    rows = env.warehouse.query(
        f"SELECT DISTINCT {column} AS d FROM {processor.output_table} WHERE {column} BETWEEN :s AND :e ORDER BY 1",
        {"s": start, "e": end},
    )
    return [r["d"] for r in rows]


def phase_coverage(env: Environment, phase: int, start: date, end: date) -> list[TableCoverage]:
    """Coverage of every processor of a phase over ``[start, end]`` against the schedule."""
    final_dates = schedule_dates(env.warehouse, start, end, final_only=True)
    all_dates = schedule_dates(env.warehouse, start, end, final_only=False)
    history = RunHistory(env.warehouse)
    out = []
    for proc in env.definitions.order(phase):
        if proc.expects == "season":
            # season-level tables: present when the seasons of the range have rows; only the schedule,
            # which every other table's expected dates come from, gates the next phase
            years = list(range(season_year(start), season_year(end) + 1))
            cond, params = in_list("season_year", years)
            have = {r["season_year"] for r in env.warehouse.query(
                f"SELECT DISTINCT season_year FROM {proc.output_table} WHERE {cond}", params)}
            expected = [season_window(y)[0] for y in years]
            present = [season_window(y)[0] for y in years if y in have]
            is_schedule = proc.output_table == SCHEDULE_TABLE
            out.append(TableCoverage(proc, expected, present, gating=is_schedule,
                                     note="season-level: one entry per season (July 1)"))
            continue
        expected = all_dates if proc.expects == "scheduled_games" else final_dates
        present = _present_dates(env, proc, start, end)
        gating = proc.expects in ("final_games", "scheduled_games")
        note = "" if gating else "dates come from the files present; reported, not gating"
        if not env.sources.covers(proc):
            out.append(TableCoverage(proc, expected, present, gating=False, note="not configured"))
            continue
        empty = sorted(history.empty_successes(proc.name, start, end) - set(present))
        if empty:  # processed with nothing to write (no player expected before tip-off): done, and said
            present = sorted({*present, *empty})
            note = (note + "; " if note else "") + f"processed with nothing to write on {compress_dates(empty)}"
        out.append(TableCoverage(proc, expected, present, gating=gating, note=note))
    return _gate_groups(env, phase, out)


def alternative_groups(definitions: Definitions, phase: int) -> dict[str, list[str]]:
    """Groups of alternative sources among this phase's tables that a later phase reads critically
    (its player stat lines from any one of four providers): one member with the date is enough."""
    tables = {p.output_table for p in definitions.order(phase)}
    groups: dict[str, list[str]] = {}
    for reader in definitions.processors:
        if reader.phase <= phase:
            continue
        for u in reader.reads:
            if u.any_of and u.critical and u.table in tables and u.table not in groups.setdefault(u.any_of, []):
                groups[u.any_of].append(u.table)
    return {name: members for name, members in groups.items() if members}


def _gate_groups(env: Environment, phase: int, out: list[TableCoverage]) -> list[TableCoverage]:
    """A table that is one of a group of alternatives gates as part of its group (a date needs one of
    them: a configured one), not on its own; its own gaps are still reported. Every other table gates
    as before."""
    groups = alternative_groups(env.definitions, phase)
    by_table = {c.processor.output_table: c for c in out}
    for group, tables in groups.items():
        members = [by_table[t] for t in tables if t in by_table and env.sources.covers(by_table[t].processor)]
        if not members:  # none of the alternatives is configured: the group can never be satisfied
            first = by_table[tables[0]]
            out.append(TableCoverage(first.processor, first.expected, [], gating=True, group=group,
                                     note="no configured source: set NBAPROPS_SOURCES to include one"))
            continue
        for m in members:
            if m.gating:
                m.gating = False
                m.note = f"an alternative source: the {group} group gates"
        expected = sorted(set().union(*(m.expected for m in members)))
        present = sorted(set().union(*(m.present for m in members)))
        out.append(TableCoverage(members[0].processor, expected, present, gating=True, group=group,
                                 note="any of " + ", ".join(m.processor.name for m in members)))
    return out


def gaps(coverage: list[TableCoverage]) -> list[TableCoverage]:
    return [c for c in coverage if c.gating and c.missing]
