"""nba_raw.espn_scoreboard: one row per NBA game on an ESPN scoreboard day (site.api ``scoreboard``).

ESPN team codes (GS, NY, SA, NO, UTAH, WSH) are mapped to NBA tricodes before ``game_id`` is built;
``season_year`` is the season's START year (ESPN's own ``season.year`` is the end year and is not
used). ``game_date`` is the New York date of tip-off. Postponed/cancelled games, exhibitions whose
teams are not NBA franchises (All-Star) and games of another date are left out. A day with no
events is refused: the processor only runs for dates with final games.
"""

from __future__ import annotations

from typing import Any

import orjson

from nbaprops.ids import TEAMS_BY_ESPN_ID, game_id, season_year
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.odds_common import et_date, utc
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "espn_scoreboard",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("espn_game_id", "STRING", True),
        col("game_date", "DATE", True, "ET date of tip-off"),
        col("season_year", "INT64", True, "season start year"),
        col("season_type", "STRING", True, "Pre Season | Regular Season | Playoffs | PlayIn | Other"),
        col("scheduled_start_time", "TIMESTAMP", True),
        col("home_team_abbr", "STRING", True),
        col("away_team_abbr", "STRING", True),
        col("home_espn_abbr", "STRING"),
        col("away_espn_abbr", "STRING"),
        col("home_espn_team_id", "INT64", True),
        col("away_espn_team_id", "INT64", True),
        col("home_team_name", "STRING"),
        col("away_team_name", "STRING"),
        col("espn_status_id", "STRING"),
        col("espn_status_name", "STRING", False, "STATUS_FINAL, STATUS_SCHEDULED, ..."),
        col("espn_state", "STRING", False, "pre | in | post"),
        col("game_status", "STRING", False, "Final, Scheduled, ..."),
        col("game_status_detail", "STRING", False, "Final/OT, ..."),
        col("is_completed", "BOOL", True),
        col("period", "INT64"),
        col("home_score", "INT64"),
        col("away_score", "INT64"),
        col("winning_team_abbr", "STRING"),
        col("venue_name", "STRING"),
        col("attendance", "INT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("game_id",),
    partition="game_date",
    cluster=("home_team_abbr", "away_team_abbr"),
    description="ESPN scoreboard games of one date.",
)

SEASON_TYPES = {1: "Pre Season", 2: "Regular Season", 3: "Playoffs", 5: "PlayIn"}
SKIPPED_STATUSES = {"STATUS_POSTPONED", "STATUS_CANCELED", "STATUS_CANCELLED", "STATUS_SUSPENDED"}


def _score(team: dict[str, Any]) -> int | None:
    value = team.get("score")
    return int(value) if value not in (None, "") else None


def _sides(competition: dict[str, Any]) -> dict[str, dict[str, Any]] | None:
    """``{"home": competitor, "away": competitor}``; None when a side is not an NBA franchise."""
    sides = {c.get("homeAway"): c for c in competition.get("competitors") or []}
    if set(sides) != {"home", "away"}:
        raise ParseError(f"competition {competition.get('id')} lacks a home or away team")
    for side in sides.values():
        if int(side["team"]["id"]) not in TEAMS_BY_ESPN_ID:
            return None
    return sides


def _game(event: dict[str, Any]) -> dict[str, Any] | None:
    competition = (event.get("competitions") or [None])[0]
    if not competition:
        raise ParseError(f"event {event.get('id')} has no competition")
    status = (competition.get("status") or event.get("status") or {}).get("type") or {}
    sides = _sides(competition)
    if status.get("name") in SKIPPED_STATUSES or sides is None:
        return None
    start = utc(event.get("date") or competition.get("date"))
    if start is None:
        raise ParseError(f"event {event.get('id')} has no date")
    day = et_date(start)
    home, away = (TEAMS_BY_ESPN_ID[int(sides[s]["team"]["id"])] for s in ("home", "away"))
    home_score, away_score = _score(sides["home"]), _score(sides["away"])
    winner = next((t.tricode for s, t in (("home", home), ("away", away)) if sides[s].get("winner")), None)
    return {
        "game_id": game_id(day, away.tricode, home.tricode), "espn_game_id": str(event["id"]), "game_date": day,
        "season_year": season_year(day),
        "season_type": SEASON_TYPES.get((event.get("season") or {}).get("type"), "Other"),
        "scheduled_start_time": start, "home_team_abbr": home.tricode, "away_team_abbr": away.tricode,
        "home_espn_abbr": sides["home"]["team"].get("abbreviation"),
        "away_espn_abbr": sides["away"]["team"].get("abbreviation"),
        "home_espn_team_id": home.espn_id, "away_espn_team_id": away.espn_id,
        "home_team_name": sides["home"]["team"].get("displayName"),
        "away_team_name": sides["away"]["team"].get("displayName"),
        "espn_status_id": status.get("id"), "espn_status_name": status.get("name"), "espn_state": status.get("state"),
        "game_status": status.get("description"), "game_status_detail": status.get("detail"),
        "is_completed": bool(status.get("completed")), "period": (competition.get("status") or {}).get("period"),
        "home_score": home_score, "away_score": away_score, "winning_team_abbr": winner,
        "venue_name": (competition.get("venue") or {}).get("fullName"), "attendance": competition.get("attendance"),
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    try:
        data = orjson.loads(body)
        events = data["events"]
        if not isinstance(events, list):
            raise TypeError("events is not a list")
    except (ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"not an ESPN scoreboard body ({exc.__class__.__name__}: {exc})") from None
    if not events:
        raise ParseError(f"ESPN scoreboard lists no events for {path.date}, a date with final games")
    try:
        games = [_game(e) for e in events]
    except (KeyError, TypeError, ValueError) as exc:
        raise ParseError(f"unreadable event ({exc.__class__.__name__}: {exc})") from None
    return [g for g in games if g is not None and g["game_date"] == path.date]


PROCESSOR = raw_processor(
    name="espn_scoreboard",
    table=TABLE,
    scrapers=("espn_scoreboard",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
)
