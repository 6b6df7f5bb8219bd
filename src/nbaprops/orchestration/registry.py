"""One assembly point: every processor registered, validated at import, ordered by its declarations.

Unknown upstream tables, duplicate output tables and cycles fail here, before anything runs. The
order of every phase (Phase 4's strict sequence included) is a topological sort of what each
processor says it reads; no processor names another in an ``if``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from graphlib import CycleError, TopologicalSorter

from nbaprops.orchestration.declarations import FOLDER_PHASES, Processor
from nbaprops.orchestration.errors import RegistryError
from nbaprops.seasons import SCHEDULE_TABLE
from nbaprops.storage.schema import Table


def check_reads_match(processor: Processor) -> None:
    """Refuse a processor whose declared reads differ from what its computation reads (its SQL, parsed).

    A read the declaration lacks would be invisible to ordering, triggers, freshness and dependency
    checks; a declared table the computation never reads would block it for nothing. The schedule may
    be declared without being read: the planner reads it to know which dates have games.
    """
    derived = processor.compute.tables_read()
    if derived is None:
        return
    declared = {u.table for u in processor.reads}
    undeclared = sorted(derived - declared)
    if undeclared:
        raise RegistryError(
            f"{processor.name} reads {', '.join(undeclared)} but does not declare it: add an Upstream for it "
            f"to its reads (kind='snapshot' for a current snapshot, kind='reference' for an undated table)"
        )
    unread = sorted(declared - derived - ({SCHEDULE_TABLE} if processor.expects != "files" else set()))
    if unread:
        raise RegistryError(f"{processor.name} declares {', '.join(unread)} but never reads it: remove it from "
                            f"its reads, or read it")


class Definitions:
    """Every processor, plus the reference tables they may read, checked as one graph."""

    def __init__(self, processors: Iterable[Processor], reference_tables: Iterable[Table] = (),
                 system_tables: Iterable[Table] = (), datasets: Iterable[str] = ()) -> None:
        self.processors: tuple[Processor, ...] = tuple(processors)
        self.reference_tables: tuple[Table, ...] = tuple(reference_tables)
        self.system_tables: tuple[Table, ...] = tuple(system_tables)
        self.datasets: tuple[str, ...] = tuple(datasets)
        self.by_name: dict[str, Processor] = {}
        self.by_table: dict[str, Processor] = {}
        for p in self.processors:
            if p.name in self.by_name:
                raise RegistryError(f"two processors are named {p.name!r}")
            if p.output_table in self.by_table:
                raise RegistryError(
                    f"{p.name} and {self.by_table[p.output_table].name} both write {p.output_table}"
                )
            self.by_name[p.name] = p
            self.by_table[p.output_table] = p
        references = {t.full_name for t in self.reference_tables}
        for p in self.processors:
            for up in p.reads:
                if up.kind == "reference" and up.table in references:
                    continue
                if up.table not in self.by_table:
                    hint = difflib.get_close_matches(up.table, [*self.by_table, *references], n=1)
                    raise RegistryError(
                        f"{p.name} reads {up.table}, which no processor writes"
                        + (" and no reference table holds" if up.kind == "reference" else "")
                        + (f"; did you mean {hint[0]}?" if hint else "")
                    )
            check_reads_match(p)
        self._order = self._toposort()

    def _graph(self) -> dict[str, set[str]]:
        return {
            p.name: {self.by_table[u.table].name for u in p.reads if u.table in self.by_table} - {p.name}
            for p in self.processors
        }

    def _toposort(self) -> tuple[Processor, ...]:
        sorter = TopologicalSorter(self._graph())
        try:
            sorter.prepare()
        except CycleError as exc:
            raise RegistryError(f"processor dependencies form a cycle: {' -> '.join(exc.args[1])}") from None
        ordered: list[Processor] = []
        while sorter.is_active():
            ready = sorted(sorter.get_ready(), key=lambda n: (self.by_name[n].phase, n))
            ordered.extend(self.by_name[n] for n in ready)
            sorter.done(*ready)
        return tuple(ordered)

    # --- lookups ------------------------------------------------------------------------------
    def order(self, phase: int | None = None) -> tuple[Processor, ...]:
        """Processors in dependency order (ties by phase, then name)."""
        return tuple(p for p in self._order if phase is None or p.phase == phase)

    def levels(self, phase: int) -> list[list[Processor]]:
        """Groups that may run in parallel within a phase: each group reads only earlier groups."""
        members = {p.name for p in self.order(phase)}
        graph = {n: deps & members for n, deps in self._graph().items() if n in members}
        sorter = TopologicalSorter(graph)
        sorter.prepare()
        groups: list[list[Processor]] = []
        while sorter.is_active():
            ready = sorted(sorter.get_ready())
            groups.append([self.by_name[n] for n in ready])
            sorter.done(*ready)
        return groups

    def producer(self, table: str) -> Processor | None:
        return self.by_table.get(table)

    def upstream_processors(self, processor: Processor) -> list[Processor]:
        return [self.by_table[u.table] for u in processor.reads if u.table in self.by_table]

    def dependents(self, processor: Processor, *, triggered_only: bool = True) -> list[Processor]:
        """Processors that read this one's table (only via triggering upstreams unless told otherwise)."""
        return [
            p
            for p in self._order
            if any(u.table == processor.output_table and (u.trigger or not triggered_only) for u in p.reads)
            and p is not processor
        ]

    def tables(self) -> list[Table]:
        out: list[Table] = [*self.system_tables, *self.reference_tables]
        for p in self.processors:
            out.append(p.table)
            out.extend(p.extra_tables)
        return out

    def resolve(self, ref: str) -> Processor:
        """``raw/nbac_schedule`` or ``nbac_schedule`` -> the processor; unknown names get a suggestion."""
        folder, _, name = ref.rpartition("/")
        proc = self.by_name.get(name)
        if proc is not None and (not folder or FOLDER_PHASES.get(folder) == proc.phase):
            return proc
        known = [p.ref for p in self.processors]
        hint = difflib.get_close_matches(ref, known, n=1) or difflib.get_close_matches(
            name, [p.name for p in self.processors], n=1
        )
        raise RegistryError(
            f"unknown processor {ref!r}"
            + (f"; did you mean {hint[0]}?" if hint else "")
            + " (nbaprops list shows them all)"
        )
