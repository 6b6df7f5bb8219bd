"""nba_raw.br_rosters_current: one row per player per team per season, from Basketball-Reference.

The object is the team season page (``/teams/{BR code}/{end year}.html``); the roster is
``<table id="roster">`` with one ``data-stat`` cell per field. ``team_abbrev`` keeps the BR code
(BRK, PHO, CHO: the gamebook last-name resolution looks rosters up by it) and ``team_abbr`` holds
the NBA tricode. A season snapshot: the newest good page of every team replaces the season
(``unit="season"``), so reloading the same pages changes nothing.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from nbaprops.ids import UnknownTeamError, parse_season_label, player_lookup, season_label, strip_suffix, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.html_common import clean, decode_html, table_rows
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "br_rosters_current",
    (
        col("season_year", "INT64", True),
        col("season_display", "STRING", True, "2024-25"),
        col("team_abbrev", "STRING", True, "Basketball-Reference code (BRK, PHO, CHO)"),
        col("team_abbr", "STRING", True, "NBA tricode"),
        col("br_player_id", "STRING", True, "e.g. tatumja01 (name:<player_lookup> when the page has no link)"),
        col("player_full_name", "STRING", True),
        col("player_last_name", "STRING", True, "last name without suffix, for last-name-only listings"),
        col("player_lookup", "STRING", True),
        col("position", "STRING"),
        col("jersey_number", "STRING"),
        col("height", "STRING", False, "feet-inches"),
        col("weight", "INT64", False, "pounds"),
        col("birth_date", "DATE"),
        col("college", "STRING"),
        col("experience_years", "INT64", False, "0 for rookies (R)"),
        col("is_two_way", "BOOL"),
        col("scraped_at", "TIMESTAMP", True, "capture time of the page"),
        col("source_file_path", "STRING", True),
    ),
    key=("season_year", "team_abbrev", "br_player_id"),
    cluster=("team_abbrev", "player_lookup"),
    description="Basketball-Reference team rosters, newest page of each team per season.",
)

_BR_ID = re.compile(r"/players/[a-z]/([a-z0-9]+)\.html")


def _birth_date(row: dict[str, str]) -> date | None:
    csk = row.get("birth_date_csk", "")
    if re.fullmatch(r"\d{8}", csk):
        return date(int(csk[:4]), int(csk[4:6]), int(csk[6:]))
    return None


def _name(raw: str) -> tuple[str, bool]:
    """``"Jayson Tatum (TW)"`` -> ("Jayson Tatum", True)."""
    two_way = "(TW)" in raw
    return clean(raw.replace("(TW)", "")) or "", two_way


def _row(cells: dict[str, str], base: dict[str, Any]) -> dict[str, Any] | None:
    name, two_way = _name(cells.get("player", ""))
    if not name:
        return None  # spacer or header row
    link = _BR_ID.search(cells.get("player_href", ""))
    words = strip_suffix(name).split()
    experience = (cells.get("years_experience") or "").strip()
    weight = (cells.get("weight") or "").strip()
    return {
        **base, "br_player_id": link.group(1) if link else f"name:{player_lookup(name)}", "player_full_name": name,
        "player_last_name": words[-1] if words else name, "player_lookup": player_lookup(name),
        "position": clean(cells.get("pos")), "jersey_number": clean(cells.get("number")),
        "height": clean(cells.get("height")), "weight": int(weight) if weight.isdigit() else None,
        "birth_date": _birth_date(cells), "college": clean(cells.get("college")),
        "experience_years": 0 if experience == "R" else int(experience) if experience.isdigit() else None,
        "is_two_way": two_way,
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    season = parse_season_label(path.fields["season"])
    try:
        nba = team_tricode(path.fields["team"])
    except UnknownTeamError as exc:
        raise ParseError(str(exc)) from None
    base = {"season_year": season, "season_display": season_label(season), "team_abbrev": path.fields["team"],
            "team_abbr": nba, "scraped_at": path.ts}
    rows = [r for r in (_row(cells, base) for cells in table_rows(decode_html(body), "roster")) if r]
    if not rows:
        raise ParseError("roster table has no players")
    return rows


PROCESSOR = raw_processor(
    name="br_rosters_current",
    table=TABLE,
    scrapers=("br_season_roster",),
    parse=parse,
    unit="season",
    select="latest",
    expects="season",
    description=TABLE.description,
)
