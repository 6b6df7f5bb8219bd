"""What a processor declares: its output table, its upstreams with lookbacks, how its dates are expected.

Declarations are frozen data. The runner reads them to plan, check, compute, verify, swap and record;
a processor body never picks dates, reads the clock or writes run history.
"""

from __future__ import annotations

import hashlib
import inspect
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any, Literal

from nbaprops.orchestration.commands import run_command
from nbaprops.orchestration.compute import Computation, ComputeResult, FunctionCompute
from nbaprops.storage.schema import Table

__all__ = ["Computation", "ComputeResult", "PlanItem", "Processor", "Upstream"]

PhaseNumber = Literal[2, 3, 4, 5]
PHASE_NAMES: dict[int, str] = {
    2: "phase_2_raw",
    3: "phase_3_analytics",
    4: "phase_4_precompute",
    5: "phase_5_predictions",
}
PHASE_FOLDERS: dict[int, str] = {2: "raw", 3: "analytics", 4: "precompute", 5: "predictions"}
FOLDER_PHASES: dict[str, int] = {v: k for k, v in PHASE_FOLDERS.items()}

# Which dates a processor is expected to produce, always read from the schedule, never the calendar:
# final_games      dates with a final game (game_status = 3)
# scheduled_games  dates with any scheduled game (upcoming-game context)
# season           one unit of work per season the range touches (season-level sources)
# files            dates that have source objects (daily snapshots not tied to games)
Expects = Literal["final_games", "scheduled_games", "season", "files"]


# What kind of input an upstream is, which decides what "present for date D" means:
# dated      rows keyed by a date column; date D needs rows in its window (the default)
# season     rows for D's season (a schedule loaded a season at a time)
# snapshot   a current snapshot with a capture date: valid only for dates on or after its capture,
#            never expected for earlier dates (a roster scraped today knows nothing of last year)
# reference  an undated table of reference facts (team codes, arenas): must merely exist
UpstreamKind = Literal["dated", "season", "snapshot", "reference"]
# Whose games a ``lookback_games`` window counts: the league's game dates, or each team's or player's own
# (a player's expected games are his team's games, from the schedule).
Entity = Literal["league", "team", "player"]


@dataclass(frozen=True)
class Upstream:
    """One table a processor reads, and the window of it that must be there for date D.

    The window ends at D (or at D-1 when ``include_date`` is False) and starts ``lookback_days`` before,
    or at the first of the ``lookback_games`` previous games of each entity playing on D (``per``: the
    league's game dates, or each team's own games; a player's are his team's), or at the season's start
    with ``season_to_date``. Windows never reach before the season's first day unless ``cross_season``.
    ``min_rows`` counts rows in the window. Staleness is the age of the newest ``processed_at`` in the
    window. ``any_of`` groups alternative sources (the player stat lines of four providers): a critical
    group fails only when none of its members has the rows. ``trigger=False`` marks a lookup (the
    schedule for a raw processor): its producer's success does not start this processor.
    """

    table: str
    date_column: str = "game_date"
    kind: UpstreamKind = "dated"
    lookback_days: int = 0
    lookback_games: int = 0
    per: Entity = "league"
    season_to_date: bool = False
    cross_season: bool = False
    include_date: bool = True
    min_rows: int = 1
    critical: bool = True
    stale_warn_hours: float | None = 24.0
    stale_fail_hours: float | None = 72.0
    trigger: bool = True
    filter_sql: str | None = None
    any_of: str | None = None  # upstreams sharing a name are alternatives: one with data satisfies all
    # a date the upstream processed successfully with nothing to write (no player expected) satisfies it:
    # the reader has nothing to compute either, and writes nothing, instead of failing
    empty_run_ok: bool = False

    def __post_init__(self) -> None:
        if self.per != "league" and not self.lookback_games:
            raise ValueError(f"{self.table}: per={self.per!r} needs lookback_games")
        if self.kind == "reference" and (self.lookback_days or self.lookback_games or self.season_to_date):
            raise ValueError(f"{self.table}: a reference table has no window")

    @property
    def short_name(self) -> str:
        return self.table.split(".", 1)[1]

    @property
    def has_lookback(self) -> bool:
        return bool(self.lookback_days or self.lookback_games or self.season_to_date)


def module_source(obj: object) -> str:
    """Source text of the module defining ``obj`` ('' when unavailable)."""
    module = inspect.getmodule(obj)
    try:
        return inspect.getsource(module) if module else ""
    except (OSError, TypeError):
        return ""


@dataclass(frozen=True)
class PlanItem:
    """One unit of work: the ``data_date`` recorded in run history and the scope value replaced."""

    data_date: date
    scope_value: Any
    dates: tuple[date, ...] = ()


@dataclass(frozen=True)
class Processor:
    """A processor's declaration: what it writes, what it reads, which units it expects, how it computes.

    ``compute`` is a :class:`Computation` (a plain function is wrapped). ``extra_tables`` are further
    tables it writes in the same transaction (side writes); ``source_scraper`` names the Phase 1 scraper
    whose objects feed a raw processor (its fill command when objects are missing).
    """

    name: str
    phase: PhaseNumber
    table: Table
    compute: Computation
    reads: tuple[Upstream, ...] = ()
    expects: Expects = "final_games"
    scope_column: str | None = None  # defaults to the table's partition column
    description: str = ""
    source_scraper: str | None = None
    extra_tables: tuple[Table, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.compute, Computation):
            object.__setattr__(self, "compute", FunctionCompute(self.compute))

    @property
    def ref(self) -> str:
        """``raw/nbac_schedule``: how the CLI names it."""
        return f"{PHASE_FOLDERS[self.phase]}/{self.name}"

    @property
    def phase_name(self) -> str:
        return PHASE_NAMES[self.phase]

    @property
    def output_table(self) -> str:
        return self.table.full_name

    @property
    def replace_column(self) -> str:
        """The column whose values a run replaces (a date, a season, a source file): its unit of work."""
        col = self.scope_column or self.table.partition
        if not col:
            raise ValueError(f"{self.name}: no scope column and no partition declared")
        return col

    @cached_property
    def version(self) -> str:
        """Fingerprint of the logic and schema that shape the data: changes when the code does (computed
        once per process: every history row of a run records it)."""
        payload = f"{self.compute.fingerprint()}|{self.table!r}|{self.reads!r}"
        return hashlib.sha256(payload.encode()).hexdigest()[:12]

    def run_command(self, start: date, end: date, *, backfill: bool = False) -> str:
        return run_command(self.ref, start, end, backfill=backfill)
