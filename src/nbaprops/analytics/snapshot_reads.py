"""Current snapshots the Phase 3 SQL reads: valid only from their capture date on, never expected before.

A roster or player list scraped today knows nothing of last season, so a historical date without a
capture is not a gap; a date after the first capture reads the newest capture up to that date.
"""

from __future__ import annotations

from nbaprops.orchestration.declarations import Upstream


def player_list_snapshot() -> Upstream:
    """NBA.com's player list: maps play-by-play person ids to players (shot zones)."""
    return Upstream("nba_raw.nbac_player_list_current", kind="snapshot", date_column="snapshot_date",
                    critical=False, trigger=False, stale_warn_hours=None, stale_fail_hours=None)


def br_rosters_snapshot() -> Upstream:
    """Basketball-Reference's rosters: a prop-only player's team and birth date."""
    return Upstream("nba_raw.br_rosters_current", kind="snapshot", date_column="CAST(scraped_at AS DATE)",
                    critical=False, trigger=False, stale_warn_hours=None, stale_fail_hours=None)
