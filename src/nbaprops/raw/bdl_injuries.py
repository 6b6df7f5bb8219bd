"""nba_raw.bdl_injuries: every Ball Don't Lie injury-list snapshot, one row per player per fetch.

A history table (``unit="file"``, every fetch kept, each page replacing only its own rows), so
intraday changes stay visible; views pick the latest per day. ``return_date`` comes as ``"Jul 17"``
with no year: it is the first such date no more than 60 days before the scrape date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from nbaprops.ids import TEAMS_BY_BDL_ID, player_lookup, season_year
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.bdl_active_players_current import page_data
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "bdl_injuries",
    (
        col("scrape_date", "DATE", True, "date folder of the fetch"),
        col("scrape_timestamp", "TIMESTAMP", True, "capture time of the fetch"),
        col("season_year", "INT64", True),
        col("bdl_player_id", "INT64", True),
        col("player_full_name", "STRING", True),
        col("player_lookup", "STRING", True),
        col("bdl_team_id", "INT64"),
        col("team_abbr", "STRING", False, "NBA tricode; null for a team id BDL uses outside the NBA"),
        col("position", "STRING"),
        col("injury_status", "STRING", True, "as BDL sends it: Out, Day-To-Day, ..."),
        col("injury_status_normalized", "STRING", True, "out | day_to_day | questionable | ..."),
        col("return_date", "DATE", False, "expected return, year inferred"),
        col("return_date_original", "STRING"),
        col("injury_description", "STRING"),
        col("injury_location", "STRING", False, "first parenthesised word: 'hip', 'knee'"),
        col("reason_category", "STRING", True, "injury | illness | rest | personal | suspension | g_league | other"),
        col("source_file_path", "STRING", True),
    ),
    key=("source_file_path", "bdl_player_id"),
    partition="scrape_date",
    cluster=("player_lookup", "team_abbr", "injury_status_normalized"),
    description="Ball Don't Lie injury list, every fetch kept.",
)

MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), start=1)}
_MONTH_DAY = re.compile(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})")
_LOCATION = re.compile(r"\(([^)]+)\)")
_CATEGORIES = (("suspen", "suspension"), ("g league", "g_league"), ("g-league", "g_league"), ("(rest)", "rest"),
               ("personal", "personal"), ("(illness)", "illness"))


def return_date(text: str | None, scraped: date) -> date | None:
    """``"Jul 17"`` scraped 2025-07-15 -> 2025-07-17; ``"Jan 5"`` scraped in December -> next year."""
    match = _MONTH_DAY.fullmatch((text or "").strip())
    if not match or match.group(1).lower() not in MONTHS:
        return None
    month, day = MONTHS[match.group(1).lower()], int(match.group(2))
    for year in (scraped.year, scraped.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= scraped - timedelta(days=60):
            return candidate
    return None


def normalized_status(status: str) -> str:
    return re.sub(r"[^a-z]+", "_", status.lower()).strip("_")


def reason_category(description: str) -> str:
    text = description.lower()
    for needle, category in _CATEGORIES:
        if needle in text:
            return category
    return "injury" if _LOCATION.search(description) else "other"


def _row(item: dict[str, Any], path: ObjectPath) -> dict[str, Any]:
    player = item.get("player") or {}
    name = f"{player.get('first_name') or ''} {player.get('last_name') or ''}".strip()
    if not player.get("id") or not name or not item.get("status"):
        raise ParseError(f"injury without player id, name or status: {item}")
    team = TEAMS_BY_BDL_ID.get(player.get("team_id"))
    description = item.get("description") or ""
    location = _LOCATION.search(description)
    return {
        "scrape_date": path.date, "scrape_timestamp": path.ts, "season_year": season_year(path.date),
        "bdl_player_id": player["id"], "player_full_name": name, "player_lookup": player_lookup(name),
        "bdl_team_id": player.get("team_id"), "team_abbr": team.tricode if team else None,
        "position": player.get("position") or None, "injury_status": item["status"],
        "injury_status_normalized": normalized_status(item["status"]),
        "return_date": return_date(item.get("return_date"), path.date),
        "return_date_original": item.get("return_date"), "injury_description": description or None,
        "injury_location": location.group(1).strip().lower() if location else None,
        "reason_category": reason_category(description),
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    if path.date is None:
        raise ParseError("path has no date")
    rows: dict[int, dict[str, Any]] = {}
    for item in page_data(body):
        row = _row(item, path)
        rows.setdefault(row["bdl_player_id"], row)  # BDL lists a player once; keep the first if not
    return list(rows.values())


PROCESSOR = raw_processor(
    name="bdl_injuries",
    table=TABLE,
    scrapers=("bdl_injuries",),
    parse=parse,
    unit="file",
    select="all",
    expects="files",
    description=TABLE.description,
)
