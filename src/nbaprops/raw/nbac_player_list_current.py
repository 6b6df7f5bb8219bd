"""nba_raw.nbac_player_list_current: one row per player per daily snapshot of stats.nba.com ``playerindex``.

Design: the index is a snapshot of the league's current rosters, fetched daily. Each fetch date is a
partition (``snapshot_date``, from the object path), replaced from that date's newest fetch
(``unit="date"``, ``expects="files"``). Keeping every day's snapshot answers "which team was this
player on, as of date D" for backfills without look-ahead; "current" is ``snapshot_date = max``.
``season_year`` is the season the index was requested for (body ``parameters.Season``).
"""

from __future__ import annotations

from typing import Any

from nbaprops.ids import parse_season_label, player_lookup
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.nbac_common import load_json, opt_int, opt_str, result_set, tricode_for_id
from nbaprops.storage.schema import Table, col

WHAT = "playerindex"

TABLE = Table(
    "nba_raw",
    "nbac_player_list_current",
    (
        col("snapshot_date", "DATE", True, "date of the fetch (object path)"),
        col("season", "STRING", True, "2025-26: the season the index was requested for"),
        col("season_year", "INT64", True),
        col("player_id", "INT64", True, "NBA person id"),
        col("player_full_name", "STRING", True),
        col("player_first_name", "STRING"),
        col("player_last_name", "STRING"),
        col("player_lookup", "STRING", True),
        col("player_slug", "STRING"),
        col("team_id", "INT64"),
        col("team_abbr", "STRING", False, "NBA.com tricode; null for a player without a team"),
        col("team_city", "STRING"),
        col("team_name", "STRING"),
        col("jersey_number", "STRING"),
        col("position", "STRING"),
        col("height", "STRING", False, "feet-inches, e.g. 6-8"),
        col("weight", "INT64", False, "pounds"),
        col("college", "STRING"),
        col("country", "STRING"),
        col("draft_year", "INT64"),
        col("draft_round", "INT64"),
        col("draft_pick", "INT64"),
        col("roster_status", "INT64"),
        col("is_active", "BOOL", True, "ROSTER_STATUS == 1"),
        col("from_year", "INT64"),
        col("to_year", "INT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("snapshot_date", "player_id"),
    partition="snapshot_date",
    cluster=("team_abbr", "player_lookup"),
    description="Daily snapshots of the NBA.com player index (current rosters).",
)

REQUIRED = ("PERSON_ID", "PLAYER_LAST_NAME", "PLAYER_FIRST_NAME", "TEAM_ID", "TEAM_ABBREVIATION", "ROSTER_STATUS")


def _season(data: dict[str, Any], path: ObjectPath) -> str:
    label = (data.get("parameters") or {}).get("Season")
    if label:
        try:
            parse_season_label(str(label))
            return str(label)
        except ValueError:
            raise ParseError(f"{WHAT}: unreadable Season parameter {label!r}") from None
    if path.season_year is None:
        raise ParseError(f"{WHAT}: no Season parameter and no date in the path")
    year = path.season_year
    return f"{year}-{(year + 1) % 100:02d}"


def _row(raw: dict[str, Any], path: ObjectPath, season: str) -> dict[str, Any]:
    first, last = opt_str(raw.get("PLAYER_FIRST_NAME")), opt_str(raw.get("PLAYER_LAST_NAME"))
    full = " ".join(p for p in (first, last) if p)
    if not full or opt_int(raw.get("PERSON_ID")) is None:
        raise ParseError(f"{WHAT}: a row has no player id or name: {raw.get('PERSON_ID')!r}")
    team_id = opt_int(raw.get("TEAM_ID")) or None
    status = opt_int(raw.get("ROSTER_STATUS"))
    return {
        "snapshot_date": path.date,
        "season": season,
        "season_year": parse_season_label(season),
        "player_id": opt_int(raw["PERSON_ID"]),
        "player_full_name": full,
        "player_first_name": first,
        "player_last_name": last,
        "player_lookup": player_lookup(full),
        "player_slug": opt_str(raw.get("PLAYER_SLUG")),
        "team_id": team_id,
        "team_abbr": tricode_for_id(team_id, WHAT) if team_id else None,
        "team_city": opt_str(raw.get("TEAM_CITY")),
        "team_name": opt_str(raw.get("TEAM_NAME")),
        "jersey_number": opt_str(raw.get("JERSEY_NUMBER")),
        "position": opt_str(raw.get("POSITION")),
        "height": opt_str(raw.get("HEIGHT")),
        "weight": opt_int(raw.get("WEIGHT")),
        "college": opt_str(raw.get("COLLEGE")),
        "country": opt_str(raw.get("COUNTRY")),
        "draft_year": opt_int(raw.get("DRAFT_YEAR")),
        "draft_round": opt_int(raw.get("DRAFT_ROUND")),
        "draft_pick": opt_int(raw.get("DRAFT_NUMBER")),
        "roster_status": status,
        "is_active": status == 1,
        "from_year": opt_int(raw.get("FROM_YEAR")),
        "to_year": opt_int(raw.get("TO_YEAR")),
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    data = load_json(body, WHAT)
    raws = result_set(data, "PlayerIndex", REQUIRED, WHAT)
    if not raws:
        raise ParseError(f"{WHAT}: the index lists no players")
    season = _season(data, path)
    return [_row(r, path, season) for r in raws]


PROCESSOR = raw_processor(
    name="nbac_player_list_current",
    table=TABLE,
    scrapers=("nbac_player_list",),
    parse=parse,
    unit="date",
    select="latest",
    expects="files",
    description=TABLE.description,
)
