"""Phase 2 framework: list a processor's objects, parse each untouched body, validate, quarantine.

A raw processor is a declaration plus a pure ``parse(body, path) -> rows``. This module turns it into
a :class:`~nbaprops.orchestration.declarations.Processor`: it selects the objects of each planned
date (or season), parses them (in a process pool when there are many), validates the rows against
the table, moves bad files to quarantine with the reason, and hands the runner rows plus a ledger of
the files loaded, so a rerun skips files already in the warehouse.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc

from nbaprops.ids import season_label, season_year
from nbaprops.orchestration.commands import scrape_command
from nbaprops.orchestration.compute import Computation, ComputeResult, TableWrite
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import Expects, PlanItem, Processor, Upstream, module_source
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.run_history import RunHistory
from nbaprops.orchestration.system_tables import RAW_FILE_LOADS
from nbaprops.raw.framework.objects import ObjectPath, ParseFn
from nbaprops.raw.framework.parsing import ParsedObjects, parse_body, parse_objects
from nbaprops.raw.framework.rows import check_keys, columns_table, rows_table
from nbaprops.seasons import season_window
from nbaprops.storage.layout import PathTemplate, templates_read
from nbaprops.storage.schema import Table
from nbaprops.storage.sql import in_list

# what parsers import from here
__all__ = ["FETCH_FIELDS", "ObjectPath", "RawCompute", "columns_table", "raw_processor", "rows_table"]

# What one unit of a raw processor is: a date, a season, or a source file (history tables)
Unit = Literal["date", "season", "file"]
Select = Literal["latest", "all"]
# Path fields that tell two fetches of the same object apart (not the object itself).
FETCH_FIELDS = frozenset({"ts", "page", "snap"})


@dataclass
class _Loading:
    """One planned unit's loading state: what was chosen, what failed, the files to record."""

    ctx: RunContext
    item: PlanItem
    parsed: ParsedObjects
    result: ComputeResult
    ledger: list[dict[str, Any]]
    errors: list[str] = field(default_factory=list)
    chosen: list[pa.Table] = field(default_factory=list)
    scopes: list[Any] = field(default_factory=list)


@dataclass
class RawCompute(Computation):
    """The compute step of a raw processor (callable by the runner, picklable parse function)."""

    name: str
    table: Table
    scrapers: tuple[str, ...]
    parse: ParseFn
    unit: Unit
    select: Select
    # path fields that distinguish fetches of one object rather than objects (BigDataBall adds filename)
    fetch_fields: frozenset[str] = FETCH_FIELDS
    # path fields this processor reads at a fixed value (BettingPros props: market=points)
    fixed_fields: tuple[tuple[str, str], ...] = ()

    def source_prefixes(self) -> tuple[str, ...]:
        """The feeds its objects live under, e.g. ``nba-com/team-boxscore`` (which sources it needs)."""
        return tuple(sorted({"/".join(t.prefix().strip("/").split("/")[:2]) for t in self.templates}))

    def tables_read(self) -> frozenset[str]:
        """Warehouse tables the Python compute reads (a subclass's lookups); the parser reads only bodies."""
        return self.lookups

    @property
    def lookups(self) -> frozenset[str]:
        return frozenset()

    def fingerprint(self) -> str:
        """What shapes the rows: the parser's module and the selection rules."""
        return f"{module_source(self.parse)}|{self.scrapers}|{self.unit}|{self.select}"

    @cached_property
    def templates(self) -> list[PathTemplate]:
        return [t for s in self.scrapers for t in templates_read(s)]  # the reference's old paths too

    # --- listing ----------------------------------------------------------------------------
    def _matches(self, obj: ObjectPath) -> bool:
        return all(obj.fields.get(k) == v for k, v in self.fixed_fields)

    def prefix_for(self, tmpl: PathTemplate, item: PlanItem) -> str:
        """Where the objects of one planned date (or season) live under a template."""
        known: dict[str, object] = dict(self.fixed_fields)
        if self.unit == "season":
            if "season" in tmpl.fields:
                known["season"] = season_label(item.scope_value)
        else:
            known["date"] = item.data_date
            if "season" in tmpl.fields:
                known["season"] = season_label(season_year(item.data_date))
        return tmpl.prefix(**known)

    def objects_for(self, ctx: RunContext, item: PlanItem) -> list[ObjectPath]:
        """The objects of one planned date (or season), whatever fields precede the date in the path."""
        found: list[ObjectPath] = []
        for tmpl in self.templates:
            for path in ctx.store.list(self.prefix_for(tmpl, item)):
                fields = tmpl.parse(path)
                if fields is None:
                    continue
                obj = ObjectPath(path, tmpl.scraper, fields)
                if not self._matches(obj):
                    continue
                if self.unit == "season" and obj.season_year != item.scope_value:
                    continue
                if self.unit != "season" and obj.date != item.data_date:
                    continue
                found.append(obj)
        return found

    def candidate_dates(self, ctx: RunContext, start: date, end: date) -> list[date]:
        """Dates that have objects (for processors whose dates come from files, not the schedule)."""
        days: set[date] = set()
        for tmpl in self.templates:
            for path in ctx.store.list(tmpl.prefix(**dict(self.fixed_fields))):
                fields = tmpl.parse(path)
                if not fields or "date" not in fields:
                    continue
                obj = ObjectPath(path, tmpl.scraper, fields)
                if self._matches(obj) and start <= obj.date <= end:  # type: ignore[operator]
                    days.add(obj.date)  # type: ignore[arg-type]
        return sorted(days)

    def fill_command(self, item: PlanItem) -> str:
        """The scrape that fetches a unit's missing objects (a season's: from its first planned day)."""
        day = max(item.data_date, season_window(item.scope_value)[0]) if self.unit == "season" else item.data_date
        return scrape_command(self.scrapers[0], day, day)

    # --- selection ----------------------------------------------------------------------------
    def entity(self, obj: ObjectPath) -> tuple:
        """What a fetch is *of*: its path fields but fetch time and page (a date, a game, an event).

        Different scrapers of the same entity (the schedule's API and CDN copies) are one entity, so
        ``select="latest"`` takes the newest of them. For season-scoped tables the fetch date is not
        part of the entity: the newest snapshot of the season wins.
        """
        skip = set(self.fetch_fields) | ({"date"} if self.unit == "season" else set())
        return tuple(sorted((k, v) for k, v in obj.fields.items() if k not in skip))

    def by_entity(self, groups: list[list[ObjectPath]]) -> list[list[list[ObjectPath]]]:
        """Fetch groups split per entity, newest fetch first inside each."""
        out: dict[tuple, list[list[ObjectPath]]] = {}
        for group in groups:
            out.setdefault(self.entity(group[0]), []).append(group)
        return list(out.values())

    def groups(self, objects: Sequence[ObjectPath]) -> list[list[ObjectPath]]:
        """Objects of one fetch (pages share every field but ``page``), newest fetch first."""
        by_key: dict[tuple, list[ObjectPath]] = {}
        for obj in objects:
            key = (*sorted((k, v) for k, v in obj.fields.items() if k != "page"), obj.scraper)
            by_key.setdefault(key, []).append(obj)
        ordered = sorted(by_key.values(), key=lambda g: (g[0].fields.get("ts", ""), g[0].path), reverse=True)
        return [sorted(g, key=lambda o: o.path) for g in ordered]

    def missing_inputs(self, ctx: RunContext, items: list[PlanItem]) -> dict[date, str]:
        """Units with no source object: the failure a real run would record for them."""
        return {item.data_date: self._no_objects(item) for item in items if not self.objects_for(ctx, item)}

    def _no_objects(self, item: PlanItem) -> str:
        where = self.prefix_for(self.templates[0], item)
        return (f"{self.name} for {item.data_date} needs a source object under {where}, and there is none. "
                f"Run: {self.fill_command(item)}")

    # --- the compute step ---------------------------------------------------------------------
    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        result = ComputeResult(rows=pa.table({}))
        ledger: list[dict[str, Any]] = []
        plans: dict[date, list[list[ObjectPath]]] = {}
        for item in items:
            groups = self.groups(self.objects_for(ctx, item))
            if not groups:
                result.failures[item.data_date] = self._no_objects(item)
                continue
            plans[item.data_date] = groups
        # parse the newest fetch of each entity up front (all fetches for history tables); older ones
        # only when a newer one turns out bad
        objects = [o for gs in plans.values() for g in self._first_choice(gs) for o in g]
        parsed = parse_objects(self.parse, self.table, objects, ctx.store, not self.adjusts)
        tables: list[pa.Table] = []
        for item in items:
            if item.data_date not in plans:
                continue
            loading = _Loading(ctx, item, parsed, result, ledger)
            loaded, errors = self._load_item(loading, plans[item.data_date])
            if loaded is None:
                result.failures[item.data_date] = "; ".join(errors) or f"{self.name}: nothing loaded"
                continue
            if errors:
                result.partial[item.data_date] = "; ".join(errors)
            tables.append(loaded)
        joined = None if self.adjusts else parsed.rows_of([e["source_file_path"] for e in ledger])
        if joined is not None:  # the same rows as the tables', in the same order, in fewer batches
            result.rows = joined
        else:
            result.rows = pa.concat_tables(tables) if tables else self.table.arrow_schema().empty_table()
        if ledger:  # the files loaded, written with the rows so a rerun skips them
            loaded_at = datetime.now(UTC)
            result.side_writes.append(TableWrite(
                RAW_FILE_LOADS,
                [{**e, "processor_name": self.name, "run_id": ctx.run_id, "loaded_at": loaded_at} for e in ledger],
                key=("processor_name", "source_file_path"),
            ))
        return result

    def _first_choice(self, groups: list[list[ObjectPath]]) -> list[list[ObjectPath]]:
        """The fetches a run loads when nothing is bad: all of them, or the newest per entity."""
        if self.select == "all":
            return groups
        return [fetches[0] for fetches in self.by_entity(groups)]

    def _load_item(self, loading: _Loading, groups: list[list[ObjectPath]]) -> tuple[pa.Table | None, list[str]]:
        """Load each entity's newest good fetch (or every fetch); bad fetches go to quarantine."""
        for fetches in self.by_entity(groups):
            self._load_entity(loading, fetches)
        if not loading.chosen:
            return None, loading.errors
        day = loading.item.data_date
        if self.unit == "file":
            loading.result.scopes[day] = loading.scopes
        table = pa.concat_tables(loading.chosen)
        loading.result.records_processed[day] = table.num_rows
        return table, loading.errors

    def _load_entity(self, loading: _Loading, fetches: list[list[ObjectPath]]) -> None:
        ctx, item, parsed = loading.ctx, loading.item, loading.parsed
        for group in fetches:
            try:
                parts: list[pa.Table] = []
                for obj in group:
                    if obj.path not in parsed:  # an older fetch, needed because the newer one was bad
                        parsed[obj.path] = parse_body(self.parse, self.table, ctx.store.read(obj.path), obj,
                                                      not self.adjusts)
                    ok, value, _ = parsed[obj.path]
                    if not ok:
                        raise ParseError(value)
                    parts.append(value)
                table = pa.concat_tables(parts) if parts else self.table.arrow_schema().empty_table()
                if self.adjusts:
                    table = rows_table(self.table, self.adjust_rows(table.to_pylist(), item, group))
                table = self._validate(table, item, group)
            except ParseError as exc:
                reason = f"{group[0].path}: {exc}"
                for obj in group:
                    ctx.store.quarantine(obj.path, str(exc))
                loading.errors.append(f"quarantined {', '.join(o.path for o in group)}: {exc}")
                loading.result.warn(item.data_date, f"quarantined {reason}")
                continue
            loading.chosen.append(table)
            for obj in group:
                loading.ledger.append({
                    "source_file_path": obj.path,
                    "content_sha256": parsed[obj.path][2],
                    "scope_value": str(item.scope_value),
                    "rows_loaded": table.num_rows if obj is group[0] else 0,
                })
            if self.unit == "file":
                loading.scopes.extend(o.path for o in group)
            if self.select == "latest":
                break

    def adjust_rows(self, rows: list[dict[str, Any]], item: PlanItem, group: list[ObjectPath]) -> list[dict[str, Any]]:
        """Hook for a post-parse step that needs the warehouse (a schedule join, a roster lookup)."""
        return rows

    @property
    def adjusts(self) -> bool:
        """Whether a subclass adds a post-parse step (required columns are then checked after it)."""
        return type(self).adjust_rows is not RawCompute.adjust_rows

    def _validate(self, table: pa.Table, item: PlanItem, group: list[ObjectPath]) -> pa.Table:
        """Rules across one fetch's rows (types, required columns and, for a fetch of one file whose rows
        no post-parse step changed, repeated keys were checked as each body parsed)."""
        if len(group) > 1 or self.adjusts:
            check_keys(table, self.table.key)
        if self.unit == "date" and self.table.partition and table.num_rows:
            values = set(pc.unique(table.column(self.table.partition)).to_pylist())
            if values - {item.scope_value}:
                stray = sorted(str(v) for v in values - {item.scope_value})
                raise ParseError(
                    f"rows for {self.table.partition} {', '.join(stray[:3])} in a file for {item.data_date}")
        if self.unit == "season" and table.num_rows and "season_year" in table.column_names:
            years = set(table.column("season_year").to_pylist())
            if years - {item.scope_value}:
                raise ParseError(f"rows for seasons {sorted(years)} in a file for season {item.scope_value}")
        return table

    # --- skip already processed ---------------------------------------------------------------
    def fresh(self, ctx: RunContext, processor: Processor, items: list[PlanItem], checks: dict) -> set[date]:
        """Fresh = last run succeeded with this version and every file it would load is in the ledger."""
        last = RunHistory(ctx.warehouse).latest(processor.name, [i.data_date for i in items], exclude_run_id=ctx.run_id)
        candidates = [i for i in items if last.get(i.data_date, {}).get("status") in ("success", "skipped")
                      and last[i.data_date].get("processor_version") == processor.version]
        if not candidates:
            return set()
        selected = {i.data_date: self._selected(ctx, i) for i in candidates}
        paths = [o.path for objs in selected.values() for o in objs]
        cond, params = in_list("source_file_path", paths)
        ledger = {
            r["source_file_path"]: r["content_sha256"]
            for r in ctx.warehouse.query(
                f"SELECT source_file_path, content_sha256 FROM {RAW_FILE_LOADS.full_name} "
                f"WHERE processor_name = :p AND {cond}", {"p": self.name, **params})
        }
        fresh = set()
        for day, objs in selected.items():
            if objs and all(ledger.get(o.path) == hashlib.sha256(ctx.store.read(o.path)).hexdigest() for o in objs):
                fresh.add(day)
        return fresh

    def _selected(self, ctx: RunContext, item: PlanItem) -> list[ObjectPath]:
        groups = self.groups(self.objects_for(ctx, item))
        return [o for g in self._first_choice(groups) for o in g]


def raw_processor(
    *,
    name: str,
    table: Table,
    scrapers: Sequence[str],
    parse: ParseFn,
    unit: Unit = "date",
    select: Select = "latest",
    expects: Expects = "final_games",
    reads: Sequence[Upstream] = (),
    description: str = "",
    extra_tables: Sequence[Table] = (),
    fetch_fields: frozenset[str] = FETCH_FIELDS,
    fixed_fields: dict[str, str] | None = None,
    compute_class: type[RawCompute] | None = None,
) -> Processor:
    """Declare a Phase 2 processor from its table, its objects and its parser.

    ``compute_class`` lets a processor add a post-parse step (a schedule join, a roster lookup) by
    subclassing :class:`RawCompute`.
    """
    cls = compute_class or RawCompute
    compute = cls(name, table, tuple(scrapers), parse, unit, select, fetch_fields,
                  tuple(sorted((fixed_fields or {}).items())))
    scope_column = {"date": table.partition, "season": "season_year", "file": "source_file_path"}[unit]
    return Processor(
        name=name,
        phase=2,
        table=table,
        compute=compute,
        reads=tuple(reads),
        expects=expects,
        scope_column=scope_column,
        description=description,
        source_scraper=scrapers[0],
        extra_tables=tuple(extra_tables),
    )
