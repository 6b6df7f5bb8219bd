"""How Phase 4 declares what it reads: Phase 3 lookbacks and same-date Phase 4 inputs.

A Phase 3 window ends at D-1 (``include_date=False``) and stays in the season (the framework's
entity windows: a window before the team's first game expects nothing, so opening night is written,
flagged early-season). An empty window fails the date in every mode (the seed's silent failure 3);
a window with gaps is refused outside backfill mode with the missing dates and the fill command, and
in backfill mode written with its expected / actual / missing counts on every row. A Phase 4 input
of the same date is critical: running a processor before its upstream fails with the upstream's name
and the command that fills it.
"""

from __future__ import annotations

from collections.abc import Sequence

from nbaprops.orchestration.declarations import Entity, Processor, Upstream
from nbaprops.orchestration.schedule_reads import scheduled_games_lookup
from nbaprops.orchestration.sql_processor import sql_processor
from nbaprops.storage.schema import Table


def phase3_window(table: str, *, games: int = 0, per: Entity = "league", season_to_date: bool = False) -> Upstream:
    """A Phase 3 table read over the entity's last ``games`` played games (or the season) before D."""
    return Upstream(table, lookback_games=games, per=per, season_to_date=season_to_date, include_date=False,
                    min_rows=1, critical=True, stale_warn_hours=48, stale_fail_hours=None)


def same_date(table: str, *, min_rows: int = 1) -> Upstream:
    """A table whose rows for D itself are needed (Phase 3 upcoming context, Phase 4 inputs). A date its
    producer processed with nothing to write (no player expected before tip-off) has nothing to compute."""
    return Upstream(table, min_rows=min_rows, critical=True, stale_warn_hours=24, stale_fail_hours=None,
                    empty_run_ok=True)


def precompute_processor(name: str, table: Table, module_file: str, reads: Sequence[Upstream], *,
                         schedule: bool = True) -> Processor:
    """A Phase 4 SQL processor: one unit per date with scheduled games, the schedule read for expected games."""
    return sql_processor(name=name, phase=4, table=table, module_file=module_file, expects="scheduled_games",
                         reads=((scheduled_games_lookup(),) if schedule else ()) + tuple(reads))
