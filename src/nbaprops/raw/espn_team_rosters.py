"""nba_raw.espn_team_rosters: one row per player per team per roster date (site.api team roster).

A daily snapshot table: ``unit="date"`` (``roster_date`` = the path's date) with the newest good
fetch of each team of the date, so reloading a date replaces it with the same rows. ESPN codes are
mapped to NBA tricodes and must agree with the team in the path; names keep their suffixes.
"""

from __future__ import annotations

from typing import Any

import orjson

from nbaprops.ids import TEAMS_BY_ESPN_ID, UnknownTeamError, player_lookup, season_year, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "espn_team_rosters",
    (
        col("roster_date", "DATE", True),
        col("scrape_timestamp", "TIMESTAMP", True),
        col("season_year", "INT64", True),
        col("team_abbr", "STRING", True, "NBA tricode"),
        col("espn_team_id", "INT64", True),
        col("team_display_name", "STRING"),
        col("espn_player_id", "INT64", True),
        col("player_full_name", "STRING", True),
        col("player_lookup", "STRING", True),
        col("jersey_number", "STRING"),
        col("position", "STRING"),
        col("height_inches", "FLOAT64"),
        col("weight_lbs", "FLOAT64"),
        col("age", "INT64"),
        col("roster_status", "STRING", False, "ESPN athlete status: Active, ..."),
        col("injury_status", "STRING", False, "first listed injury's status: Out, Day-To-Day, ..."),
        col("source_file_path", "STRING", True),
    ),
    key=("roster_date", "team_abbr", "espn_player_id"),
    partition="roster_date",
    cluster=("team_abbr", "player_lookup"),
    description="ESPN team rosters, one snapshot per team per date.",
)


def _team(team: dict[str, Any], path: ObjectPath) -> tuple[str, int]:
    known = TEAMS_BY_ESPN_ID.get(int(team["id"]))
    if known is None:
        raise ParseError(f"ESPN team {team.get('id')} is not an NBA franchise")
    try:
        in_path = team_tricode(path.fields.get("team", known.tricode))
    except UnknownTeamError as exc:
        raise ParseError(str(exc)) from None
    if in_path != known.tricode:
        raise ParseError(f"body is team {known.tricode} but the path says {path.fields['team']}")
    return known.tricode, known.espn_id


def _row(athlete: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    name = athlete["fullName"]
    injuries = athlete.get("injuries") or []
    return {
        **base, "espn_player_id": int(athlete["id"]), "player_full_name": name, "player_lookup": player_lookup(name),
        "jersey_number": athlete.get("jersey"), "position": (athlete.get("position") or {}).get("abbreviation"),
        "height_inches": athlete.get("height"), "weight_lbs": athlete.get("weight"), "age": athlete.get("age"),
        "roster_status": (athlete.get("status") or {}).get("name"),
        "injury_status": injuries[0].get("status") if injuries else None,
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    try:
        team = orjson.loads(body)["team"]
        athletes = team["athletes"]
        abbr, espn_id = _team(team, path)
        base = {"roster_date": path.date, "scrape_timestamp": path.ts, "season_year": season_year(path.date),
                "team_abbr": abbr, "espn_team_id": espn_id, "team_display_name": team.get("displayName")}
        rows = [_row(a, base) for a in athletes]
    except (ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"not an ESPN team roster body ({exc.__class__.__name__}: {exc})") from None
    if not rows:
        raise ParseError(f"ESPN roster of {abbr} lists no players")
    return rows


PROCESSOR = raw_processor(
    name="espn_team_rosters",
    table=TABLE,
    scrapers=("espn_roster",),
    parse=parse,
    unit="date",
    select="latest",
    expects="files",
    description=TABLE.description,
)
