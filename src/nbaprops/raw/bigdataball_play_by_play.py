"""nba_raw.bigdataball_play_by_play: one row per play of a BigDataBall play-by-play CSV.

The object is the CSV as downloaded (44 columns), filed under
``big-data-ball/{season}/{date}/game_{nba_game_id}/{original name}``. Away/home tricodes come from
the original name (``[2025-06-22]-0042400407-IND@OKC.csv``) or, failing that, from the team of a
play made by a player of the home lineup. Shot distance, court x/y, shot type and both on-court
lineups (``a1..a5``/``h1..h5``) are kept. One object per game: the last file name wins.

A season is 1,320 files and 660,000 plays of 44 fields, so the CSV is read by Arrow's C++ reader and
each name, team, clock and number is converted once per distinct value of the file, not once per play.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from nbaprops.ids import UnknownTeamError, game_id, player_lookup, season_year, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import FETCH_FIELDS, ObjectPath, raw_processor
from nbaprops.raw.readers.csv_text import read_columns
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
_TYPES = {f.name: f.type for f in TABLE.arrow_schema()}
# constants of the vectorised columns, as Arrow scalars (a Python value costs a conversion per call)
_STRING_NULL = pa.scalar(None, pa.string())
_BOOL_NULL, _TRUE, _FALSE = (pa.scalar(v, pa.bool_()) for v in (None, True, False))
_EMPTY, _MADE, _MISSED = pa.scalar(""), pa.scalar("made"), pa.scalar("missed")


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
    return "3PT" if _is_three(subtype) else "2PT"


def _is_three(subtype: str) -> bool:
    return "3pt" in subtype.lower()


def _tricode(team: str) -> str | None:
    return team_tricode(team) if team else None


Columns = dict[str, pa.Array]  # header name -> the column's values as strings ("" for an empty field)


def _teams(cols: Columns, filename: str) -> tuple[str, str]:
    """(away, home) tricodes from the file name, else from plays made by the home lineup."""
    try:
        match = _TEAMS_IN_NAME.search(filename)
        if match:
            return team_tricode(match.group(1)), team_tricode(match.group(2))
        team, player = cols["team"].to_pylist(), cols["player"].to_pylist()
        teams = {t for t in team if t}
        home_lineups = zip(*(cols[f"h{i}"].to_pylist() for i in range(1, 6)), strict=True)
        home = next(t for t, p, lineup in zip(team, player, home_lineups, strict=True) if t and p in lineup)
        (away,) = teams - {home}
        return team_tricode(away), team_tricode(home)
    except (UnknownTeamError, StopIteration, ValueError) as exc:
        raise ParseError(f"cannot tell away and home teams ({exc.__class__.__name__}: {exc})") from None


def _read(body: bytes) -> tuple[int, Columns]:
    """The CSV as columns of strings (header -> values), with the play count."""
    header, columns = read_columns(body, _check_header)
    n = len(columns[0])
    if not n:
        raise ParseError("CSV has no plays")
    # a repeated header name keeps its last column, as a dict of the header would
    return n, {name: columns[i] for i, name in enumerate(header)}


def _check_header(header: list[str]) -> None:
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        raise ParseError(f"CSV lacks columns {missing}")


class _Distinct:
    """Columns of strings encoded together, so that a conversion runs once per distinct value whatever
    the column and the play: the ten lineups and the other players of a game are a few dozen names
    over 10,000 fields, clocks and scores repeat from play to play."""

    def __init__(self, columns: list[pa.Array]) -> None:
        self.rows, self.count = len(columns[0]), len(columns)
        encoded = (pa.concat_arrays(columns) if len(columns) > 1 else columns[0]).dictionary_encode()
        self.dictionary, self.indices = encoded.dictionary, encoded.indices

    def map(self, convert: Callable[[str], Any], type_: pa.DataType) -> list[pa.Array]:
        """``convert`` of every value, column by column (its errors escape as they are)."""
        mapped = pa.array([convert(v) for v in self.dictionary.to_pylist()], type_).take(self.indices)
        return [mapped.slice(i * self.rows, self.rows) for i in range(self.count)]


def _convert(n: int, cols: Columns, fields: list[str], convert: Callable[[str], Any], type_: pa.DataType,
             ) -> dict[str, pa.Array]:
    """``convert`` of the values of several fields (field -> converted column); a field the CSV lacks
    reads as all blank, which every conversion here turns into null."""
    present = [f for f in fields if f in cols]
    out = dict(zip(present, _Distinct([cols[f] for f in present]).map(convert, type_), strict=True)
               ) if present else {}
    return {f: out[f] if f in out else pa.nulls(n, type_) for f in fields}


def _whole(values: pa.Array) -> pa.Array:
    """``int(v)`` of every value: Arrow's cast when all are ASCII digits (where it reads them as int
    does, unlike "0x1F" or " 7"), else int once per distinct value, with its errors."""
    if not pc.ascii_is_decimal(values).false_count:
        try:
            return values.cast(pa.int64())
        except pa.ArrowInvalid:  # more digits than int64 holds: int's value, refused below
            pass
    return _Distinct([values]).map(int, pa.int64())[0]


def _texts(n: int, cols: Columns, fields: list[str]) -> dict[str, pa.Array]:
    """The values of several fields with "" as null (field -> column; a field the CSV lacks: null)."""
    present = [f for f in fields if f in cols]
    joined = pa.concat_arrays([cols[f] for f in present])
    texts = pc.if_else(pc.equal(joined, _EMPTY), _STRING_NULL, joined)
    out = {f: texts.slice(i * n, n) for i, f in enumerate(present)}
    return {f: out[f] if f in out else pa.nulls(n, pa.string()) for f in fields}


def _shot_types(event_type: pa.Array, subtype: pa.Array) -> pa.Array:
    """shot_type of every play, called once per distinct event type and subtype (a subtype counts
    only by whether it says 3pt)."""
    (three,) = _Distinct([subtype]).map(_is_three, pa.bool_())
    events = _Distinct([event_type])
    (if_three,) = events.map(functools.partial(shot_type, subtype="3pt"), pa.string())
    (if_two,) = events.map(functools.partial(shot_type, subtype=""), pa.string())
    return pc.if_else(three, if_three, if_two)


def _shot_made(result: pa.Array) -> pa.Array:
    """True for made, False for missed, null otherwise."""
    return pc.if_else(pc.equal(result, _MADE), _TRUE, pc.if_else(pc.equal(result, _MISSED), _FALSE, _BOOL_NULL))


PLAYERS = ("player", *(f"{side}{i}" for side in "ah" for i in range(1, 6)), *LOOKUPS.values())
CLOCKS = {"game_clock": "remaining_time", "elapsed": "elapsed", "play_length": "play_length"}
INTS = {"score_away": "away_score", "score_home": "home_score", "points_scored": "points", "free_throw_num": "num",
        "free_throw_outof": "outof"}
FLOATS = ("shot_distance", "original_x", "original_y", "converted_x", "converted_y")
TEXTS = {"event_type": "event_type", "event_subtype": "type", "event_description": "description",
         "player_1_name": "player", "result": "result", "reason": "reason", **CLOCKS}


def _plays(n: int, cols: Columns, base: dict[str, Any]) -> dict[str, pa.Array]:
    """The table's columns from the CSV's."""
    out = {name: pa.repeat(pa.scalar(value, _TYPES[name]), n) for name, value in base.items()}
    play_ids = _whole(cols["play_id"])
    out["event_id"] = pc.utf8_replace_slice(play_ids.cast(pa.string()), 0, 0, f"{base['nba_game_id']}_")
    out["event_sequence"] = play_ids
    out["period"] = _whole(cols["period"])
    texts = _texts(n, cols, list(dict.fromkeys(TEXTS.values())))
    out.update({name: texts[field] for name, field in TEXTS.items()})
    clocks = _convert(n, cols, list(CLOCKS.values()), seconds, pa.int64())
    out.update({f"{name}_seconds": clocks[field] for name, field in CLOCKS.items()})
    (out["team_abbr"],) = _convert(n, cols, ["team"], _tricode, pa.string()).values()
    ints = _convert(n, cols, list(INTS.values()), _int, pa.int64())
    out.update({name: ints[field] for name, field in INTS.items()})
    out.update(_convert(n, cols, list(FLOATS), _float, pa.float64()))
    players = _convert(n, cols, list(PLAYERS), _lookup, pa.string())
    out["player_1_lookup"] = players["player"]
    out.update({column: players[field] for column, field in LOOKUPS.items()})
    for i in range(1, 6):
        out[f"away_player_{i}_lookup"] = players[f"a{i}"]
        out[f"home_player_{i}_lookup"] = players[f"h{i}"]
    out["shot_made"] = _shot_made(cols["result"])
    out["shot_type"] = _shot_types(cols["event_type"], cols["type"])
    return out


def _check_game(cols: Columns, path: ObjectPath) -> None:
    """The CSV's game ids and dates are the path's."""
    nba_id = path.fields["nba_game_id"]
    try:
        same = {int(g) for g in pc.unique(cols["game_id"]).to_pylist() if g.strip()} == {int(nba_id)}
    except ValueError as exc:
        raise ParseError(f"CSV game ids are not numbers ({exc})") from None
    if not same:
        raise ParseError(f"CSV game ids differ from the path's game {nba_id}")
    days = set(pc.unique(cols["date"]).to_pylist())
    if days != {str(path.date)}:
        raise ParseError(f"CSV dates {sorted(days)} differ from the path date {path.date}")


def parse(body: bytes, path: ObjectPath) -> pa.Table:
    n, cols = _read(body)
    _check_game(cols, path)
    day = date.fromisoformat(str(path.date))
    away, home = _teams(cols, path.fields["filename"])
    base = {"game_id": game_id(day, away, home), "nba_game_id": path.fields["nba_game_id"],
            "bdb_game_id": cols["game_id"][0].as_py(), "game_date": day, "season_year": season_year(day),
            "data_set": (cols["data_set"][0].as_py() or None) if "data_set" in cols else None,
            "home_team_abbr": home, "away_team_abbr": away, "csv_filename": path.fields["filename"]}
    try:
        plays = _plays(n, cols, base)  # every column built as its declared type
        return pa.Table.from_arrays([plays[name] for name in _TYPES if name in plays],
                                    names=[name for name in _TYPES if name in plays])
    except (ValueError, OverflowError, UnknownTeamError, pa.ArrowException) as exc:
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
