"""nba_raw.nbac_scoreboard_v2: one row per game of a date, from stats.nba.com ``scoreboardv2``.

Home and away come from GameHeader ``HOME_TEAM_ID`` / ``VISITOR_TEAM_ID``; scores and records from
LineScore, matched by team id (never by row order). Only regular-season, play-in and playoff games
are kept, like the schedule (All-Star teams have no franchise tricode).
"""

from __future__ import annotations

from typing import Any

from nbaprops.ids import game_id, is_business_game, nba_game_type, season_year
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.nbac_common import (
    iso_date,
    load_json,
    opt_int,
    opt_str,
    result_set,
    tricode_for_id,
)
from nbaprops.storage.schema import Table, col

WHAT = "scoreboardv2"

TABLE = Table(
    "nba_raw",
    "nbac_scoreboard_v2",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("nba_game_id", "STRING", True),
        col("game_code", "STRING"),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("game_type", "STRING", True, "Regular Season | PlayIn | Playoffs"),
        col("game_sequence", "INT64"),
        col("game_status_id", "INT64", True, "1 scheduled, 2 live, 3 final"),
        col("game_state", "STRING", True, "pre | live | final"),
        col("game_status_text", "STRING"),
        col("live_period", "INT64"),
        col("home_team_id", "INT64", True),
        col("home_team_abbr", "STRING", True),
        col("away_team_id", "INT64", True),
        col("away_team_abbr", "STRING", True),
        col("home_score", "INT64"),
        col("away_score", "INT64"),
        col("home_wins_losses", "STRING"),
        col("away_wins_losses", "STRING"),
        col("winning_team_abbr", "STRING", False, "final games only"),
        col("winning_side", "STRING", False, "home | away, final games only"),
        col("national_tv", "STRING"),
        col("arena_name", "STRING"),
        col("source_file_path", "STRING", True),
    ),
    key=("game_id",),
    partition="game_date",
    cluster=("home_team_abbr", "away_team_abbr", "game_state"),
    description="Games of a date with status and score, from NBA.com scoreboardv2.",
)

HEADER = ("GAME_DATE_EST", "GAME_ID", "GAME_STATUS_ID", "GAME_STATUS_TEXT", "HOME_TEAM_ID", "VISITOR_TEAM_ID")
LINE = ("GAME_ID", "TEAM_ID", "TEAM_ABBREVIATION", "PTS")
STATES = {1: "pre", 2: "live", 3: "final"}


def _winner(status: int, home: str, away: str, hs: int | None, as_: int | None) -> tuple[str | None, str | None]:
    if status != 3 or hs is None or as_ is None or hs == as_:
        return None, None
    return (home, "home") if hs > as_ else (away, "away")


def _row(g: dict[str, Any], lines: dict[tuple[str, int], dict[str, Any]], path: ObjectPath) -> dict[str, Any]:
    nba_id = str(g["GAME_ID"])
    day = iso_date(g["GAME_DATE_EST"], WHAT)
    home_id, away_id = opt_int(g["HOME_TEAM_ID"]), opt_int(g["VISITOR_TEAM_ID"])
    home, away = tricode_for_id(home_id, WHAT), tricode_for_id(away_id, WHAT)
    status = opt_int(g["GAME_STATUS_ID"])
    if status not in STATES:
        raise ParseError(f"{WHAT}: game {nba_id} has unknown GAME_STATUS_ID {g['GAME_STATUS_ID']!r}")
    home_line, away_line = lines.get((nba_id, home_id), {}), lines.get((nba_id, away_id), {})
    hs, as_ = opt_int(home_line.get("PTS")), opt_int(away_line.get("PTS"))
    winner, side = _winner(status, home, away, hs, as_)
    return {
        "game_id": game_id(day, away, home),
        "nba_game_id": nba_id,
        "game_code": opt_str(g.get("GAMECODE")),
        "game_date": day,
        "season_year": season_year(day),
        "game_type": nba_game_type(nba_id),
        "game_sequence": opt_int(g.get("GAME_SEQUENCE")),
        "game_status_id": status,
        "game_state": STATES[status],
        "game_status_text": opt_str(g.get("GAME_STATUS_TEXT")),
        "live_period": opt_int(g.get("LIVE_PERIOD")),
        "home_team_id": home_id,
        "home_team_abbr": home,
        "away_team_id": away_id,
        "away_team_abbr": away,
        "home_score": hs,
        "away_score": as_,
        "home_wins_losses": opt_str(home_line.get("TEAM_WINS_LOSSES")),
        "away_wins_losses": opt_str(away_line.get("TEAM_WINS_LOSSES")),
        "winning_team_abbr": winner,
        "winning_side": side,
        "national_tv": opt_str(g.get("NATL_TV_BROADCASTER_ABBREVIATION")),
        "arena_name": opt_str(g.get("ARENA_NAME")),
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    data = load_json(body, WHAT)
    headers = result_set(data, "GameHeader", HEADER, WHAT)
    lines = {(str(r["GAME_ID"]), opt_int(r["TEAM_ID"])): r for r in result_set(data, "LineScore", LINE, WHAT)}
    rows: dict[str, dict[str, Any]] = {}
    for g in headers:
        nba_id = str(g["GAME_ID"])
        # scoreboardv2 repeats a GameHeader row now and then; one row per game
        if is_business_game(nba_id) and nba_id not in rows:
            rows[nba_id] = _row(g, lines, path)
    return list(rows.values())


PROCESSOR = raw_processor(
    name="nbac_scoreboard_v2",
    table=TABLE,
    scrapers=("nbac_scoreboard_v2",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
)
