"""How processors read the schedule: as a lookup that says which dates have games, never as a trigger.

The schedule is loaded a season at a time, so a season-wide load must not start every processor that
reads it; what a date needs is games on that date (final ones for game data, any for upcoming games).
"""

from __future__ import annotations

from nbaprops.orchestration.declarations import Upstream
from nbaprops.seasons import SCHEDULE_TABLE


def schedule_upstream() -> Upstream:
    """Processors of game data read the schedule to know which dates have final games (a lookup)."""
    return Upstream(SCHEDULE_TABLE, min_rows=1, stale_warn_hours=None, stale_fail_hours=None, trigger=False,
                    filter_sql="game_status = 3")


def scheduled_games_lookup() -> Upstream:
    """The schedule as the upcoming-game processors read it: the date's games in any status."""
    return Upstream(SCHEDULE_TABLE, min_rows=1, filter_sql="game_status IN (1, 2, 3)",
                    stale_warn_hours=24, stale_fail_hours=None, trigger=False)
