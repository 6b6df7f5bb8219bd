"""nba_raw.bigdataball_play_by_play: one row per play of a BigDataBall play-by-play CSV.

The object is the CSV as downloaded (44 columns), filed under
``big-data-ball/{season}/{date}/game_{nba_game_id}/{original name}``. Away/home tricodes come from
the original name (``[2025-06-22]-0042400407-IND@OKC.csv``) or, failing that, from the team of a
play made by a player of the home lineup. Shot distance, court x/y, shot type and both on-court
lineups (``a1..a5``/``h1..h5``) are kept. One object per game: the last file name wins.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from datetime import date
from typing import Any

from nbaprops.ids import UnknownTeamError, game_id, player_lookup, season_year, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.base import FETCH_FIELDS, ObjectPath, raw_processor, schedule_upstream
from nbaprops.storage.schema import Table, col

LINEUP = [f"{side}_player_{i}_lookup" for side in ("away", "home") for i in range(1, 6)]

TABLE = Table(
    "nba_raw",
    "bigdataball_play_by_play",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("nba_game_id", "STRING", True),
        col("bdb_game_id", "STRING", True, "game id as in the CSV (leading zeros dropped)"),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("data_set", "STRING", False, "e.g. NBA 2025 Playoffs"),
        col("home_team_abbr", "STRING", True),
        col("away_team_abbr", "STRING", True),
        col("event_id", "STRING", True, "{nba_game_id}_{play_id}"),
        col("event_sequence", "INT64", True, "play_id"),
        col("period", "INT64", True),
        col("game_clock", "STRING", False, "remaining time H:MM:SS"),
        col("game_clock_seconds", "INT64"),
        col("elapsed", "STRING"),
        col("elapsed_seconds", "INT64"),
        col("play_length", "STRING"),
        col("play_length_seconds", "INT64"),
        col("team_abbr", "STRING"),
        col("event_type", "STRING"),
        col("event_subtype", "STRING", False, "CSV 'type': jump shot, 3pt jump shot, ..."),
        col("event_description", "STRING"),
        col("score_away", "INT64"),
        col("score_home", "INT64"),
        col("player_1_name", "STRING"),
        col("player_1_lookup", "STRING"),
        col("assist_player_lookup", "STRING"),
        col("block_player_lookup", "STRING"),
        col("steal_player_lookup", "STRING"),
        col("entered_player_lookup", "STRING"),
        col("left_player_lookup", "STRING"),
        col("jump_ball_away_lookup", "STRING"),
        col("jump_ball_home_lookup", "STRING"),
        col("possession_player_lookup", "STRING"),
        col("opponent_player_lookup", "STRING"),
        col("result", "STRING", False, "made | missed"),
        col("shot_made", "BOOL"),
        col("shot_type", "STRING", False, "2PT | 3PT | FT"),
        col("shot_distance", "FLOAT64", False, "feet"),
        col("points_scored", "INT64"),
        col("original_x", "FLOAT64"),
        col("original_y", "FLOAT64"),
        col("converted_x", "FLOAT64"),
        col("converted_y", "FLOAT64"),
        col("reason", "STRING"),
        col("free_throw_num", "INT64"),
        col("free_throw_outof", "INT64"),
        *(col(name, "STRING") for name in LINEUP),
        col("csv_filename", "STRING", True),
        col("source_file_path", "STRING", True),
    ),
    key=("event_id",),
    partition="game_date",
    cluster=("game_id", "period", "event_type"),
    description="BigDataBall play-by-play with lineups and shot locations.",
)

REQUIRED = ("game_id", "date", "a1", "a2", "a3", "a4", "a5", "h1", "h2", "h3", "h4", "h5", "period", "away_score",
            "home_score", "remaining_time", "elapsed", "play_length", "play_id", "team", "event_type", "player",
            "points", "result", "type", "shot_distance", "original_x", "original_y", "converted_x", "converted_y",
            "description")
LOOKUPS = {"assist_player_lookup": "assist", "block_player_lookup": "block", "steal_player_lookup": "steal",
           "entered_player_lookup": "entered", "left_player_lookup": "left", "jump_ball_away_lookup": "away",
           "jump_ball_home_lookup": "home", "possession_player_lookup": "possession",
           "opponent_player_lookup": "opponent"}
_TEAMS_IN_NAME = re.compile(r"([A-Z]{2,4})@([A-Z]{2,4})")


def _int(value: str) -> int | None:
    return int(float(value)) if value.strip() else None


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


@functools.lru_cache(maxsize=16384)  # ten lineup names on every play: a few hundred players a season
def _lookup(name: str) -> str | None:
    return player_lookup(name) or None


@functools.lru_cache(maxsize=16384)  # three clocks on every play, from a few thousand distinct readings
def seconds(clock: str) -> int | None:
    """``"0:11:44"`` or ``"11:44"`` -> 704."""
    if not clock.strip():
        return None
    total = 0
    for part in clock.strip().split(":"):
        total = total * 60 + int(float(part))
    return total


def shot_type(row: dict[str, str]) -> str | None:
    if row["event_type"] == "free throw":
        return "FT"
    if row["event_type"] != "shot":
        return None
    return "3PT" if "3pt" in row["type"].lower() else "2PT"


def _teams(rows: list[dict[str, str]], filename: str) -> tuple[str, str]:
    """(away, home) tricodes from the file name, else from plays made by the home lineup."""
    try:
        match = _TEAMS_IN_NAME.search(filename)
        if match:
            return team_tricode(match.group(1)), team_tricode(match.group(2))
        teams = {r["team"] for r in rows if r["team"]}
        home = next(r["team"] for r in rows if r["team"] and r["player"] in {r[f"h{i}"] for i in range(1, 6)})
        (away,) = teams - {home}
        return team_tricode(away), team_tricode(home)
    except (UnknownTeamError, StopIteration, ValueError) as exc:
        raise ParseError(f"cannot tell away and home teams ({exc.__class__.__name__}: {exc})") from None


def _play(row: dict[str, str], base: dict[str, Any]) -> dict[str, Any]:
    made = {"made": True, "missed": False}.get(row["result"])
    out = {
        **base,
        "event_id": f"{base['nba_game_id']}_{int(row['play_id'])}", "event_sequence": int(row["play_id"]),
        "period": int(row["period"]), "game_clock": row["remaining_time"] or None,
        "game_clock_seconds": seconds(row["remaining_time"]), "elapsed": row["elapsed"] or None,
        "elapsed_seconds": seconds(row["elapsed"]), "play_length": row["play_length"] or None,
        "play_length_seconds": seconds(row["play_length"]),
        "team_abbr": team_tricode(row["team"]) if row["team"] else None,
        "event_type": row["event_type"] or None, "event_subtype": row["type"] or None,
        "event_description": row["description"] or None,
        "score_away": _int(row["away_score"]), "score_home": _int(row["home_score"]),
        "player_1_name": row["player"] or None, "player_1_lookup": _lookup(row["player"]),
        "result": row["result"] or None, "shot_made": made, "shot_type": shot_type(row),
        "shot_distance": _float(row["shot_distance"]), "points_scored": _int(row["points"]),
        "original_x": _float(row["original_x"]), "original_y": _float(row["original_y"]),
        "converted_x": _float(row["converted_x"]), "converted_y": _float(row["converted_y"]),
        "reason": row.get("reason") or None, "free_throw_num": _int(row.get("num") or ""),
        "free_throw_outof": _int(row.get("outof") or ""),
    }
    out.update({column: _lookup(row.get(field) or "") for column, field in LOOKUPS.items()})
    for i in range(1, 6):
        out[f"away_player_{i}_lookup"] = _lookup(row[f"a{i}"])
        out[f"home_player_{i}_lookup"] = _lookup(row[f"h{i}"])
    return out


def _read(body: bytes) -> list[dict[str, str]]:
    try:
        reader = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
        missing = [h for h in REQUIRED if h not in (reader.fieldnames or [])]
        if missing:
            raise ParseError(f"CSV lacks columns {missing}")
        rows = list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ParseError(f"not a readable CSV ({exc})") from None
    if not rows:
        raise ParseError("CSV has no plays")
    if any(None in r or any(v is None for v in r.values()) for r in rows):
        raise ParseError("CSV has rows with a different number of fields (truncated?)")
    return rows


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    rows = _read(body)
    nba_id = path.fields["nba_game_id"]
    if {int(r["game_id"]) for r in rows if r["game_id"].strip()} != {int(nba_id)}:
        raise ParseError(f"CSV game ids differ from the path's game {nba_id}")
    days = {r["date"] for r in rows}
    if days != {str(path.date)}:
        raise ParseError(f"CSV dates {sorted(days)} differ from the path date {path.date}")
    day = date.fromisoformat(str(path.date))
    away, home = _teams(rows, path.fields["filename"])
    base = {"game_id": game_id(day, away, home), "nba_game_id": nba_id, "bdb_game_id": rows[0]["game_id"],
            "game_date": day, "season_year": season_year(day), "data_set": rows[0].get("data_set") or None,
            "home_team_abbr": home, "away_team_abbr": away, "csv_filename": path.fields["filename"]}
    try:
        return [_play(r, base) for r in rows]
    except (ValueError, UnknownTeamError) as exc:
        raise ParseError(f"unreadable play ({exc.__class__.__name__}: {exc})") from None


PROCESSOR = raw_processor(
    name="bigdataball_play_by_play",
    table=TABLE,
    scrapers=("bigdataball_pbp",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
    fetch_fields=FETCH_FIELDS | {"filename"},
)
