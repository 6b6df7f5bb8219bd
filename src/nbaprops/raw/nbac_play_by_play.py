"""nba_raw.nbac_play_by_play: one row per action of the NBA CDN liveData ``playbyplay_<game>.json``.

Home/away come from the body, not from a set of tricodes: every scoring action carries the running
``scoreHome`` / ``scoreAway``, so the team whose points move ``scoreHome`` is the home team. The
parser checks that every scoring action agrees, and fails the file otherwise. The action list holds
initials only (``"R. Gobert"``), so players are identified by NBA person id (``*_player_id``); no
``player_lookup`` is guessed from an initial.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import Any

import pyarrow as pa

from nbaprops.ids import game_id, is_business_game, season_year
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, columns_table, raw_processor
from nbaprops.raw.readers.nbac_common import (
    iso_clock_seconds,
    load_json,
    opt_float,
    opt_int,
    opt_str,
    tricode,
)
from nbaprops.storage.schema import Table, col

WHAT = "liveData playbyplay"
REGULATION_PERIODS, PERIOD_SECONDS, OT_SECONDS = 4, 720, 300

TABLE = Table(
    "nba_raw",
    "nbac_play_by_play",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("nba_game_id", "STRING", True),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("home_team_abbr", "STRING", True, "the team whose points move scoreHome"),
        col("away_team_abbr", "STRING", True),
        col("event_id", "INT64", True, "actionNumber"),
        col("event_order", "INT64", True, "orderNumber: the true sequence"),
        col("period", "INT64", True),
        col("period_type", "STRING"),
        col("game_clock", "STRING", False, "as sent, PT11M42.00S"),
        col("game_clock_seconds", "FLOAT64", False, "seconds left in the period"),
        col("time_elapsed_seconds", "FLOAT64", False, "seconds since tip-off"),
        col("time_actual", "TIMESTAMP"),
        col("event_type", "STRING", True, "actionType: 2pt, 3pt, freethrow, rebound, foul, ..."),
        col("event_action_type", "STRING", False, "subType"),
        col("event_descriptor", "STRING"),
        col("qualifiers", "JSON"),
        col("event_description", "STRING"),
        col("team_abbr", "STRING"),
        col("is_home_team", "BOOL"),
        col("player_1_id", "INT64", False, "personId (null when 0)"),
        col("player_1_name", "STRING", False, "initial and last name as sent"),
        col("score_home", "INT64"),
        col("score_away", "INT64"),
        col("is_field_goal", "BOOL"),
        col("shot_type", "STRING", False, "2PT | 3PT | FT"),
        col("shot_made", "BOOL", False, "made / missed, shots and free throws only"),
        col("shot_x", "FLOAT64"),
        col("shot_y", "FLOAT64"),
        col("shot_x_legacy", "INT64"),
        col("shot_y_legacy", "INT64"),
        col("shot_distance", "FLOAT64", False, "feet"),
        col("shot_area", "STRING"),
        col("shot_area_detail", "STRING"),
        col("points_total", "INT64", False, "the scorer's running points"),
        col("assist_player_id", "INT64"),
        col("assist_player_name", "STRING"),
        col("block_player_id", "INT64"),
        col("steal_player_id", "INT64"),
        col("foul_drawn_player_id", "INT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("game_id", "event_id"),
    partition="game_date",
    cluster=("game_id", "period", "event_type"),
    description="Every action of a game from the NBA CDN play-by-play feed, with shots and assists.",
)

SHOT_TYPES = {"2pt": "2PT", "3pt": "3PT", "freethrow": "FT"}


def _actions(data: Any, nba_id: str) -> list[dict[str, Any]]:
    try:
        game = data["game"]
        actions = game["actions"]
    except (KeyError, TypeError):
        raise ParseError(f"not a {WHAT} body: no game.actions") from None
    if str(game.get("gameId")) != nba_id:
        raise ParseError(f"{WHAT}: body is game {game.get('gameId')!r}, the path says {nba_id}")
    if not isinstance(actions, list) or not actions:
        raise ParseError(f"{WHAT}: game {nba_id} has no actions")
    if not all(isinstance(a, dict) and "actionNumber" in a and "orderNumber" in a for a in actions):
        raise ParseError(f"{WHAT}: an action lacks actionNumber / orderNumber")
    return sorted(actions, key=lambda a: a["orderNumber"])


def home_away(actions: list[dict[str, Any]]) -> tuple[str, str]:
    """(home, away) tricodes: each made shot moves scoreHome or scoreAway, naming its team's side."""
    side: dict[str, set[str]] = {}
    teams: set[str] = set()
    prev_home, prev_away = 0, 0
    for a in actions:
        team = a.get("teamTricode")
        if team:
            teams.add(team)
        home, away = opt_int(a.get("scoreHome")), opt_int(a.get("scoreAway"))
        if home is None or away is None:
            continue
        if team and a.get("shotResult") == "Made":
            if home > prev_home and away == prev_away:
                side.setdefault(team, set()).add("home")
            elif away > prev_away and home == prev_home:
                side.setdefault(team, set()).add("away")
        prev_home, prev_away = max(prev_home, home), max(prev_away, away)
    homes = {t for t, s in side.items() if s == {"home"}}
    aways = {t for t, s in side.items() if s == {"away"}}
    if any(len(s) > 1 for s in side.values()) or len(homes) > 1 or len(aways) > 1:
        raise ParseError(f"{WHAT}: scoring actions disagree on which team is at home ({side})")
    if len(teams) == 2 and len(homes | aways) == 1:  # one side never scored: the other team is it
        (known,) = homes | aways
        other = next(iter(teams - {known}))
        homes, aways = (homes, {other}) if homes else ({other}, aways)
    if len(homes) != 1 or len(aways) != 1:
        raise ParseError(f"{WHAT}: cannot tell home from away (teams {sorted(teams)}, scoring by side {side})")
    return next(iter(homes)), next(iter(aways))


def _elapsed(period: int, clock_left: float | None) -> float | None:
    if clock_left is None:
        return None
    if period <= REGULATION_PERIODS:
        return (period - 1) * PERIOD_SECONDS + PERIOD_SECONDS - clock_left
    overtimes_before = period - REGULATION_PERIODS - 1
    return REGULATION_PERIODS * PERIOD_SECONDS + overtimes_before * OT_SECONDS + OT_SECONDS - clock_left


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _qualifiers_json(values: Any) -> str:
    try:
        return _qualifiers_text(tuple(values or ()))
    except TypeError:  # not a list of strings: kept as sent
        return json.dumps(values or [])


@functools.lru_cache(maxsize=4096)  # a few dozen combinations, on every action
def _qualifiers_text(values: tuple) -> str:
    return json.dumps(list(values))


def _columns(actions: list[dict[str, Any]], base: dict[str, Any], home: str) -> dict[str, list[Any]]:
    """The rows as columns, one pass over the actions per field: a season is 850,000 actions, and a dict
    per row plus Arrow's row-wise conversion cost twice as much."""
    def field(key: str, convert: Any) -> list[Any]:
        return [convert(a.get(key)) for a in actions]

    periods = field("period", opt_int)
    for a, period in zip(actions, periods, strict=True):
        if period is None or not a.get("actionType"):
            raise ParseError(f"{WHAT}: action {a.get('actionNumber')} has no period or actionType")
    clocks = [a.get("clock") for a in actions]
    left = [iso_clock_seconds(c) for c in clocks]
    teams = [tricode(t, WHAT) if t else None for t in (a.get("teamTricode") for a in actions)]
    kinds = [SHOT_TYPES.get(str(a.get("actionType"))) for a in actions]
    results = [a.get("shotResult") for a in actions]
    out: dict[str, list[Any]] = {name: [value] * len(actions) for name, value in base.items()}
    out.update({
        "event_id": [opt_int(a["actionNumber"]) for a in actions],
        "event_order": [opt_int(a["orderNumber"]) for a in actions],
        "period": periods,
        "period_type": field("periodType", opt_str),
        "game_clock": [opt_str(c) for c in clocks],
        "game_clock_seconds": left,
        "time_elapsed_seconds": [_elapsed(p, c) for p, c in zip(periods, left, strict=True)],
        "time_actual": field("timeActual", _time),
        "event_type": [str(a["actionType"]) for a in actions],
        "event_action_type": field("subType", opt_str),
        "event_descriptor": field("descriptor", opt_str),
        "qualifiers": field("qualifiers", _qualifiers_json),
        "event_description": field("description", opt_str),
        "team_abbr": teams,
        "is_home_team": [None if t is None else t == home for t in teams],
        "player_1_id": [opt_int(a.get("personId")) or None for a in actions],
        "player_1_name": field("playerNameI", opt_str),
        "score_home": field("scoreHome", opt_int),
        "score_away": field("scoreAway", opt_int),
        "is_field_goal": field("isFieldGoal", bool),
        "shot_type": kinds,
        "shot_made": [(r == "Made") if k and r in ("Made", "Missed") else None
                      for k, r in zip(kinds, results, strict=True)],
        "shot_x": field("x", opt_float),
        "shot_y": field("y", opt_float),
        "shot_x_legacy": field("xLegacy", opt_int),
        "shot_y_legacy": field("yLegacy", opt_int),
        "shot_distance": field("shotDistance", opt_float),
        "shot_area": field("area", opt_str),
        "shot_area_detail": field("areaDetail", opt_str),
        "points_total": field("pointsTotal", opt_int),
        "assist_player_id": field("assistPersonId", opt_int),
        "assist_player_name": field("assistPlayerNameInitial", opt_str),
        "block_player_id": field("blockPersonId", opt_int),
        "steal_player_id": field("stealPersonId", opt_int),
        "foul_drawn_player_id": field("foulDrawnPersonId", opt_int),
    })
    return out


def parse(body: bytes, path: ObjectPath) -> pa.Table | list[dict[str, Any]]:
    nba_id = path.fields.get("nba_game_id", "")
    if not is_business_game(nba_id):
        return []
    actions = _actions(load_json(body, WHAT), nba_id)
    home, away = home_away(actions)
    home, away = tricode(home, WHAT), tricode(away, WHAT)
    day = path.date
    if day is None:
        raise ParseError(f"{WHAT}: the path has no date")
    base = {"game_id": game_id(day, away, home), "nba_game_id": nba_id, "game_date": day,
            "season_year": season_year(day), "home_team_abbr": home, "away_team_abbr": away}
    columns = _columns(actions, base, home)
    return columns_table(TABLE, columns)


PROCESSOR = raw_processor(
    name="nbac_play_by_play",
    table=TABLE,
    scrapers=("nbac_play_by_play",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
)
