"""nba_raw.bdl_active_players_current: the players Ball Don't Lie lists as active, one row per player.

A snapshot table. Each fetch of ``/players/active`` is stored one object per page; the pages of the
newest fetch of a season replace that season (``unit="season"``, ``select="latest"``), so a reload
of the same files is idempotent and a later fetch supersedes an earlier one. Summer snapshots
(July-September) belong to the season that just ended, as ``ids.season_year`` defines.
"""

from __future__ import annotations

from typing import Any

import orjson

from nbaprops.ids import TEAMS_BY_BDL_ID, player_lookup
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "bdl_active_players_current",
    (
        col("season_year", "INT64", True, "season of the snapshot date"),
        col("snapshot_date", "DATE", True, "date folder of the fetch"),
        col("snapshot_timestamp", "TIMESTAMP", True, "capture time of the fetch"),
        col("bdl_player_id", "INT64", True),
        col("player_lookup", "STRING", True),
        col("first_name", "STRING", True),
        col("last_name", "STRING", True),
        col("player_full_name", "STRING", True),
        col("bdl_team_id", "INT64"),
        col("team_abbr", "STRING", False, "NBA tricode"),
        col("team_full_name", "STRING"),
        col("conference", "STRING"),
        col("division", "STRING"),
        col("position", "STRING"),
        col("height", "STRING", False, "feet-inches, e.g. 6-11"),
        col("weight", "INT64", False, "pounds"),
        col("jersey_number", "STRING"),
        col("college", "STRING"),
        col("country", "STRING"),
        col("draft_year", "INT64"),
        col("draft_round", "INT64"),
        col("draft_number", "INT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("season_year", "bdl_player_id"),
    cluster=("team_abbr", "player_lookup"),
    description="Active players per Ball Don't Lie, newest snapshot of each season.",
)


def page_data(body: bytes) -> list[dict[str, Any]]:
    """The ``data`` list of one BDL page; ParseError on anything else."""
    try:
        page = orjson.loads(body)
    except ValueError as exc:
        raise ParseError(f"not JSON ({exc})") from None
    if not isinstance(page, dict) or not isinstance(page.get("data"), list):
        raise ParseError("not a BDL page (no data list)")
    return page["data"]


def as_int(value: Any) -> int | None:
    """BDL sends numbers as strings in places ("265"); blank becomes None."""
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ParseError(f"not a number: {value!r}") from None


def _row(player: dict[str, Any], path: ObjectPath) -> dict[str, Any]:
    team = player.get("team") or {}
    known = TEAMS_BY_BDL_ID.get(team.get("id"))
    first, last = (player.get("first_name") or "").strip(), (player.get("last_name") or "").strip()
    if not player.get("id") or not (first or last):
        raise ParseError(f"player without id or name: {player}")
    full = f"{first} {last}".strip()
    return {
        "season_year": path.season_year, "snapshot_date": path.date, "snapshot_timestamp": path.ts,
        "bdl_player_id": player["id"], "player_lookup": player_lookup(full),
        "first_name": first, "last_name": last, "player_full_name": full,
        "bdl_team_id": team.get("id"), "team_abbr": known.tricode if known else None,
        "team_full_name": team.get("full_name"), "conference": team.get("conference"),
        "division": team.get("division"), "position": player.get("position") or None,
        "height": player.get("height") or None, "weight": as_int(player.get("weight")),
        "jersey_number": player.get("jersey_number") or None, "college": player.get("college") or None,
        "country": player.get("country") or None, "draft_year": as_int(player.get("draft_year")),
        "draft_round": as_int(player.get("draft_round")), "draft_number": as_int(player.get("draft_number")),
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    return [_row(p, path) for p in page_data(body)]


PROCESSOR = raw_processor(
    name="bdl_active_players_current",
    table=TABLE,
    scrapers=("bdl_active_players",),
    parse=parse,
    unit="season",
    select="latest",
    expects="season",
    description=TABLE.description,
)
