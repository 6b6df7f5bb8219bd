"""nba_raw.nbac_team_boxscore: exactly two rows per game (one per team), from ``boxscoretraditionalv2``.

Home/away: the body does not say which team is at home (TeamStats lists the home team first and
PlayerStats the away team first, so row order is no rule). The parser stays pure and emits the two
team lines; the compute step then joins the game's ``nba_game_id`` (from the object path) to
``nba_raw.nbac_schedule``, which this processor reads anyway to plan its dates, and sets
``is_home``, ``game_id`` and the opponent from the schedule's home/away team ids. A game missing
from the schedule of that date, or teams that differ from the schedule's, quarantine the file with
that reason.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nbaprops.ids import game_id, is_business_game, season_year
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import ComputeResult, PlanItem
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, RawCompute, raw_processor
from nbaprops.raw.readers.nbac_common import (
    load_json,
    minutes_decimal,
    opt_float,
    opt_int,
    opt_str,
    result_set,
    tricode_for_id,
)
from nbaprops.seasons import SCHEDULE_TABLE
from nbaprops.storage.schema import Table, col
from nbaprops.storage.sql import in_list

WHAT = "boxscoretraditionalv2"

TABLE = Table(
    "nba_raw",
    "nbac_team_boxscore",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("nba_game_id", "STRING", True),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("team_id", "INT64", True),
        col("team_abbr", "STRING", True),
        col("team_name", "STRING"),
        col("team_city", "STRING"),
        col("is_home", "BOOL", True, "from the schedule's home team id"),
        col("opponent_team_abbr", "STRING", True),
        col("home_team_abbr", "STRING", True),
        col("away_team_abbr", "STRING", True),
        col("minutes", "STRING", False, "team minutes as sent, e.g. 265:00"),
        col("minutes_decimal", "FLOAT64"),
        col("fg_made", "INT64"),
        col("fg_attempted", "INT64"),
        col("fg_percentage", "FLOAT64"),
        col("three_pt_made", "INT64"),
        col("three_pt_attempted", "INT64"),
        col("three_pt_percentage", "FLOAT64"),
        col("ft_made", "INT64"),
        col("ft_attempted", "INT64"),
        col("ft_percentage", "FLOAT64"),
        col("offensive_rebounds", "INT64"),
        col("defensive_rebounds", "INT64"),
        col("total_rebounds", "INT64"),
        col("assists", "INT64"),
        col("steals", "INT64"),
        col("blocks", "INT64"),
        col("turnovers", "INT64"),
        col("personal_fouls", "INT64"),
        col("points", "INT64", True),
        col("plus_minus", "INT64"),
        col("starters_points", "INT64", False, "TeamStarterBenchStats"),
        col("bench_points", "INT64", False, "TeamStarterBenchStats"),
        col("source_file_path", "STRING", True),
    ),
    key=("game_id", "team_abbr"),
    partition="game_date",
    cluster=("game_id", "team_abbr", "is_home"),
    description="Team box score lines, two per game, from NBA.com boxscoretraditionalv2.",
)

TEAM_HEADERS = ("GAME_ID", "TEAM_ID", "TEAM_ABBREVIATION", "MIN", "FGM", "FGA", "FG3M", "FG3A", "FTM", "FTA",
                "OREB", "DREB", "REB", "AST", "STL", "BLK", "TO", "PF", "PTS")
INTS = {"fg_made": "FGM", "fg_attempted": "FGA", "three_pt_made": "FG3M", "three_pt_attempted": "FG3A",
        "ft_made": "FTM", "ft_attempted": "FTA", "offensive_rebounds": "OREB", "defensive_rebounds": "DREB",
        "total_rebounds": "REB", "assists": "AST", "steals": "STL", "blocks": "BLK", "turnovers": "TO",
        "personal_fouls": "PF", "points": "PTS", "plus_minus": "PLUS_MINUS"}
FLOATS = {"fg_percentage": "FG_PCT", "three_pt_percentage": "FG3_PCT", "ft_percentage": "FT_PCT"}


def _split_points(data: dict[str, Any]) -> dict[tuple[int | None, str], int | None]:
    """(team id, Starters|Bench) -> points; the result set is optional."""
    try:
        rows = result_set(data, "TeamStarterBenchStats", ("TEAM_ID", "STARTERS_BENCH", "PTS"), WHAT)
    except ParseError:
        return {}
    return {(opt_int(r["TEAM_ID"]), str(r["STARTERS_BENCH"])): opt_int(r["PTS"]) for r in rows}


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    """The two team lines; game_id / is_home / opponent are set by the schedule join."""
    nba_id = path.fields.get("nba_game_id", "")
    if not is_business_game(nba_id):
        return []
    data = load_json(body, WHAT)
    teams = result_set(data, "TeamStats", TEAM_HEADERS, WHAT)
    ids = {str(t["GAME_ID"]) for t in teams}
    if ids != {nba_id}:
        raise ParseError(f"{WHAT}: body is for games {sorted(ids)}, the path says {nba_id}")
    if len(teams) != 2 or teams[0]["TEAM_ID"] == teams[1]["TEAM_ID"]:
        raise ParseError(f"{WHAT}: TeamStats has {len(teams)} rows for game {nba_id}, expected 2 teams")
    split = _split_points(data)
    rows = []
    for t in teams:
        team_id = opt_int(t["TEAM_ID"])
        row: dict[str, Any] = {
            "nba_game_id": nba_id,
            "game_date": path.date,
            "season_year": season_year(path.date) if path.date else None,
            "team_id": team_id,
            "team_abbr": tricode_for_id(team_id, WHAT),
            "team_name": opt_str(t.get("TEAM_NAME")),
            "team_city": opt_str(t.get("TEAM_CITY")),
            "minutes": opt_str(t.get("MIN")),
            "minutes_decimal": minutes_decimal(t.get("MIN")),
            "starters_points": split.get((team_id, "Starters")),
            "bench_points": split.get((team_id, "Bench")),
        }
        row.update({c: opt_int(t.get(h)) for c, h in INTS.items()})
        row.update({c: opt_float(t.get(h)) for c, h in FLOATS.items()})
        rows.append(row)
    return rows


def schedule_games(ctx: RunContext, days: list[date]) -> dict[str, dict[str, Any]]:
    """nba_game_id -> its schedule row (date, home/away ids and tricodes) for the planned dates."""
    if not days or not ctx.warehouse.table_exists(SCHEDULE_TABLE):
        return {}
    cond, params = in_list("game_date", days)
    rows = ctx.warehouse.query(
        f"SELECT nba_game_id, game_date, home_team_id, home_team_tricode, away_team_id, away_team_tricode "
        f"FROM {SCHEDULE_TABLE} WHERE {cond}", params)
    return {r["nba_game_id"]: r for r in rows}


def join_home_away(rows: list[dict[str, Any]], games: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Set game_id, is_home and the opponent from the schedule row of the game."""
    out = []
    for row in rows:
        game = games.get(row["nba_game_id"])
        if game is None or game["game_date"] != row["game_date"]:
            raise ParseError(f"game {row['nba_game_id']} is not in {SCHEDULE_TABLE} on {row['game_date']}; "
                             "cannot tell home from away")
        home, away = game["home_team_tricode"], game["away_team_tricode"]
        if row["team_abbr"] not in (home, away):
            raise ParseError(f"team {row['team_abbr']} is not in scheduled game {away}@{home}")
        is_home = row["team_abbr"] == home
        out.append({**row, "game_id": game_id(row["game_date"], away, home), "is_home": is_home,
                    "home_team_abbr": home, "away_team_abbr": away,
                    "opponent_team_abbr": away if is_home else home})
    return out


class ScheduleJoinCompute(RawCompute):
    """RawCompute plus a post-parse join of each game to its schedule row (home/away)."""

    @property
    def lookups(self) -> frozenset[str]:
        return frozenset({SCHEDULE_TABLE})

    _games: dict[str, dict[str, Any]] | None = None

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        self._games = schedule_games(ctx, [i.data_date for i in items])
        try:
            return super().__call__(ctx, items)
        finally:
            self._games = None

    def adjust_rows(self, rows: list[dict[str, Any]], item: PlanItem, group: list[ObjectPath]) -> list[dict[str, Any]]:
        return join_home_away(rows, self._games or {})


PROCESSOR = raw_processor(
    name="nbac_team_boxscore",
    table=TABLE,
    scrapers=("nbac_team_boxscore",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
    compute_class=ScheduleJoinCompute,
)
