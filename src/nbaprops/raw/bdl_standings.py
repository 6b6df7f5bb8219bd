"""nba_raw.bdl_standings: the 30 teams' standings as Ball Don't Lie reported them on a date.

One row per team per ``date_recorded`` (the path's date folder), so the table is a day-by-day
history of the standings. ``unit="date"`` with the newest fetch of the date: reloading a date
replaces it with the same rows. The body must hold all 30 teams of the path's season.
"""

from __future__ import annotations

import re
from typing import Any

from nbaprops.ids import TEAMS_BY_BDL_ID, parse_season_label, season_label
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.bdl_active_players_current import page_data
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "bdl_standings",
    (
        col("date_recorded", "DATE", True),
        col("season_year", "INT64", True),
        col("season_display", "STRING", True, "2024-25"),
        col("bdl_team_id", "INT64", True),
        col("team_abbr", "STRING", True),
        col("team_full_name", "STRING"),
        col("conference", "STRING", True),
        col("division", "STRING"),
        col("conference_rank", "INT64"),
        col("division_rank", "INT64"),
        col("wins", "INT64", True),
        col("losses", "INT64", True),
        col("games_played", "INT64", True),
        col("win_percentage", "FLOAT64"),
        col("conference_record", "STRING"),
        col("conference_wins", "INT64"),
        col("conference_losses", "INT64"),
        col("division_record", "STRING"),
        col("division_wins", "INT64"),
        col("division_losses", "INT64"),
        col("home_record", "STRING"),
        col("home_wins", "INT64"),
        col("home_losses", "INT64"),
        col("road_record", "STRING"),
        col("road_wins", "INT64"),
        col("road_losses", "INT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("date_recorded", "team_abbr"),
    partition="date_recorded",
    cluster=("team_abbr", "conference"),
    description="Ball Don't Lie standings, one snapshot per date.",
)

_RECORD = re.compile(r"(\d+)-(\d+)")


def record(value: str | None) -> tuple[int | None, int | None]:
    """``"41-11"`` -> (41, 11); anything else -> (None, None)."""
    match = _RECORD.fullmatch((value or "").strip())
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


def _row(item: dict[str, Any], season: int, path: ObjectPath) -> dict[str, Any]:
    team = item.get("team") or {}
    known = TEAMS_BY_BDL_ID.get(team.get("id"))
    if known is None:
        raise ParseError(f"unknown BDL team {team}")
    wins, losses = item.get("wins"), item.get("losses")
    if not isinstance(wins, int) or not isinstance(losses, int):
        raise ParseError(f"{known.tricode}: wins/losses missing")
    row = {
        "date_recorded": path.date, "season_year": season, "season_display": season_label(season),
        "bdl_team_id": team["id"], "team_abbr": known.tricode, "team_full_name": team.get("full_name"),
        "conference": team.get("conference") or known.conference, "division": team.get("division"),
        "conference_rank": item.get("conference_rank"), "division_rank": item.get("division_rank"),
        "wins": wins, "losses": losses, "games_played": wins + losses,
        "win_percentage": round(wins / (wins + losses), 4) if wins + losses else None,
    }
    for kind in ("conference", "division", "home", "road"):
        text = item.get(f"{kind}_record")
        row[f"{kind}_record"] = text
        row[f"{kind}_wins"], row[f"{kind}_losses"] = record(text)
    return row


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    data = page_data(body)
    season = parse_season_label(path.fields["season"])
    seasons = {item.get("season") for item in data}
    if seasons - {season}:
        raise ParseError(f"body holds seasons {sorted(map(str, seasons))}, the path says {season_label(season)}")
    rows = [_row(item, season, path) for item in data]
    teams = {r["team_abbr"] for r in rows}
    if len(rows) != 30 or len(teams) != 30:
        raise ParseError(f"standings list {len(rows)} rows for {len(teams)} teams, expected all 30")
    return rows


PROCESSOR = raw_processor(
    name="bdl_standings",
    table=TABLE,
    scrapers=("bdl_standings",),
    parse=parse,
    unit="date",
    select="latest",
    expects="files",
    description=TABLE.description,
)
