"""nba_raw.nbac_referee_game_assignments: one row per official per game, from official.nba.com.

The body (``get-game-officials?date=``) holds the NBA, G League and WNBA assignments of one date;
only ``nba.Table`` regular-season, play-in and playoff games are kept. Assignments are published on
the morning of game day, so the dates expected are those with *scheduled* games. The replay-center
officials (``Table1``) are not a per-game fact and are not loaded here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from nbaprops.ids import game_id, is_business_game, season_year
from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.nbac_common import load_json, opt_int, opt_str, tricode
from nbaprops.seasons import SCHEDULE_TABLE
from nbaprops.storage.schema import Table, col

WHAT = "official.nba.com get-game-officials"
POSITIONS = (1, 2, 3, 4)

TABLE = Table(
    "nba_raw",
    "nbac_referee_game_assignments",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("nba_game_id", "STRING", True),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("season_code", "STRING", False, "as sent, e.g. 22024"),
        col("game_code", "STRING"),
        col("home_team_id", "INT64"),
        col("home_team_abbr", "STRING", True),
        col("home_team_name", "STRING"),
        col("away_team_id", "INT64"),
        col("away_team_abbr", "STRING", True),
        col("away_team_name", "STRING"),
        col("official_position", "INT64", True, "1 = crew chief, 2 = referee, 3 = umpire, 4 = alternate"),
        col("official_name", "STRING", True),
        col("official_code", "INT64", True),
        col("official_jersey_number", "STRING"),
        col("source_file_path", "STRING", True),
    ),
    key=("game_id", "official_position"),
    partition="game_date",
    cluster=("official_code", "home_team_abbr"),
    description="Referee crews per game from official.nba.com.",
)


def _game_date(value: Any) -> Any:
    try:
        return datetime.strptime(str(value), "%m/%d/%Y").date()
    except ValueError:
        raise ParseError(f"{WHAT}: unreadable game_date {value!r}") from None


def _rows_of_game(g: dict[str, Any]) -> list[dict[str, Any]]:
    day = _game_date(g.get("game_date"))
    home, away = tricode(str(g.get("home_team_abbr")), WHAT), tricode(str(g.get("away_team_abbr")), WHAT)
    base = {
        "game_id": game_id(day, away, home),
        "nba_game_id": str(g["game_id"]),
        "game_date": day,
        "season_year": season_year(day),
        "season_code": opt_str(g.get("season")),
        "game_code": opt_str(g.get("game_code")),
        "home_team_id": opt_int(g.get("home_team_id")),
        "home_team_abbr": home,
        "home_team_name": opt_str(g.get("home_team")),
        "away_team_id": opt_int(g.get("away_team_id")),
        "away_team_abbr": away,
        "away_team_name": opt_str(g.get("away_team")),
    }
    rows = []
    for pos in POSITIONS:
        name = opt_str(g.get(f"official{pos}"))
        if not name:
            continue
        code = opt_int(g.get(f"official{pos}_code"))
        if code is None:
            raise ParseError(f"{WHAT}: official {name!r} of game {g['game_id']} has no code")
        rows.append({**base, "official_position": pos, "official_name": name, "official_code": code,
                     "official_jersey_number": opt_str(g.get(f"official{pos}_JNum"))})
    return rows


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    data = load_json(body, WHAT)
    try:
        games = data["nba"]["Table"]["rows"]
    except (KeyError, TypeError):
        raise ParseError(f"not a {WHAT} body: no nba.Table.rows") from None
    if not isinstance(games, list) or not all(isinstance(g, dict) and "game_id" in g for g in games):
        raise ParseError(f"{WHAT}: nba.Table.rows is not a list of games")
    return [r for g in games if is_business_game(str(g["game_id"])) for r in _rows_of_game(g)]


PROCESSOR = raw_processor(
    name="nbac_referee_game_assignments",
    table=TABLE,
    scrapers=("nbac_referee_assignments",),
    parse=parse,
    expects="scheduled_games",
    reads=(Upstream(SCHEDULE_TABLE, min_rows=1, stale_warn_hours=None, stale_fail_hours=None, trigger=False),),
    description=TABLE.description,
)
