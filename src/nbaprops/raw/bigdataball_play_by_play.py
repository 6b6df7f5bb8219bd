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

import pyarrow as pa

from nbaprops.ids import UnknownTeamError, game_id, player_lookup, season_year, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.base import FETCH_FIELDS, ObjectPath, columns_table, raw_processor, schedule_upstream
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


def shot_type(event_type: str, subtype: str) -> str | None:
    if event_type == "free throw":
        return "FT"
    if event_type != "shot":
        return None
    return "3PT" if "3pt" in subtype.lower() else "2PT"


Columns = dict[str, list[str]]


def _teams(cols: Columns, filename: str) -> tuple[str, str]:
    """(away, home) tricodes from the file name, else from plays made by the home lineup."""
    try:
        match = _TEAMS_IN_NAME.search(filename)
        if match:
            return team_tricode(match.group(1)), team_tricode(match.group(2))
        teams = {t for t in cols["team"] if t}
        home_lineups = zip(*(cols[f"h{i}"] for i in range(1, 6)), strict=True)
        home = next(t for t, player, lineup in zip(cols["team"], cols["player"], home_lineups, strict=True)
                    if t and player in lineup)
        (away,) = teams - {home}
        return team_tricode(away), team_tricode(home)
    except (UnknownTeamError, StopIteration, ValueError) as exc:
        raise ParseError(f"cannot tell away and home teams ({exc.__class__.__name__}: {exc})") from None


def _read(body: bytes) -> tuple[int, Columns]:
    """The CSV as columns (header -> values), with the play count; the plays are read column by column,
    not as a dict per row: a season is 660,000 plays of 44 fields."""
    try:
        reader = csv.reader(io.StringIO(body.decode("utf-8-sig")))
        header = next(reader, [])
        missing = [h for h in REQUIRED if h not in header]
        if missing:
            raise ParseError(f"CSV lacks columns {missing}")
        rows = [r for r in reader if r]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ParseError(f"not a readable CSV ({exc})") from None
    if not rows:
        raise ParseError("CSV has no plays")
    if any(len(r) != len(header) for r in rows):
        raise ParseError("CSV has rows with a different number of fields (truncated?)")
    return len(rows), {name: list(values) for name, values in zip(header, zip(*rows, strict=True), strict=True)}


def _blank_none(values: list[str]) -> list[str | None]:
    return [v or None for v in values]


def _plays(n: int, cols: Columns, base: dict[str, Any]) -> dict[str, list[Any]]:
    blank = [""] * n
    out: dict[str, list[Any]] = {name: [value] * n for name, value in base.items()}
    play_ids = [int(p) for p in cols["play_id"]]
    out["event_id"] = [f"{base['nba_game_id']}_{p}" for p in play_ids]
    out["event_sequence"] = play_ids
    out["period"] = [int(p) for p in cols["period"]]
    for text, secs, field in (("game_clock", "game_clock_seconds", "remaining_time"),
                              ("elapsed", "elapsed_seconds", "elapsed"),
                              ("play_length", "play_length_seconds", "play_length")):
        out[text] = _blank_none(cols[field])
        out[secs] = [seconds(v) for v in cols[field]]
    out["team_abbr"] = [team_tricode(t) if t else None for t in cols["team"]]
    out["event_type"] = _blank_none(cols["event_type"])
    out["event_subtype"] = _blank_none(cols["type"])
    out["event_description"] = _blank_none(cols["description"])
    out["score_away"] = [_int(v) for v in cols["away_score"]]
    out["score_home"] = [_int(v) for v in cols["home_score"]]
    out["player_1_name"] = _blank_none(cols["player"])
    out["player_1_lookup"] = [_lookup(v) for v in cols["player"]]
    out["result"] = _blank_none(cols["result"])
    out["shot_made"] = [{"made": True, "missed": False}.get(v) for v in cols["result"]]
    out["shot_type"] = [shot_type(e, t) for e, t in zip(cols["event_type"], cols["type"], strict=True)]
    out["shot_distance"] = [_float(v) for v in cols["shot_distance"]]
    out["points_scored"] = [_int(v) for v in cols["points"]]
    for name in ("original_x", "original_y", "converted_x", "converted_y"):
        out[name] = [_float(v) for v in cols[name]]
    out["reason"] = _blank_none(cols.get("reason", blank))
    out["free_throw_num"] = [_int(v) for v in cols.get("num", blank)]
    out["free_throw_outof"] = [_int(v) for v in cols.get("outof", blank)]
    for column, field in LOOKUPS.items():
        out[column] = [_lookup(v) for v in cols.get(field, blank)]
    for i in range(1, 6):
        out[f"away_player_{i}_lookup"] = [_lookup(v) for v in cols[f"a{i}"]]
        out[f"home_player_{i}_lookup"] = [_lookup(v) for v in cols[f"h{i}"]]
    return out


def parse(body: bytes, path: ObjectPath) -> pa.Table:
    n, cols = _read(body)
    nba_id = path.fields["nba_game_id"]
    if {int(g) for g in cols["game_id"] if g.strip()} != {int(nba_id)}:
        raise ParseError(f"CSV game ids differ from the path's game {nba_id}")
    days = set(cols["date"])
    if days != {str(path.date)}:
        raise ParseError(f"CSV dates {sorted(days)} differ from the path date {path.date}")
    day = date.fromisoformat(str(path.date))
    away, home = _teams(cols, path.fields["filename"])
    base = {"game_id": game_id(day, away, home), "nba_game_id": nba_id, "bdb_game_id": cols["game_id"][0],
            "game_date": day, "season_year": season_year(day), "data_set": cols.get("data_set", [""])[0] or None,
            "home_team_abbr": home, "away_team_abbr": away, "csv_filename": path.fields["filename"]}
    try:
        plays = _plays(n, cols, base)
    except (ValueError, UnknownTeamError) as exc:
        raise ParseError(f"unreadable play ({exc.__class__.__name__}: {exc})") from None
    return columns_table(TABLE, plays)


PROCESSOR = raw_processor(
    name="bigdataball_play_by_play",
    table=TABLE,
    scrapers=("bigdataball_pbp",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
    fetch_fields=FETCH_FIELDS | {"filename"},
)
