"""nba_raw.nbac_player_boxscores: one row per player per game, from stats.nba.com ``leaguegamelog``.

The body lists every player who played on one date (``PlayerOrTeam=P``). ``game_id`` is built from
the date and MATCHUP (``"LAL @ BOS"`` = LAL away at BOS; ``"BOS vs. LAL"`` = BOS at home).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import orjson

from nbaprops.ids import game_id, player_lookup, season_year, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.framework.columns import GAME_SIDES, PLAYER_SIDE, SHOOTING_PCTS, STAT_LINE
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "nbac_player_boxscores",
    (
        col("game_id", "STRING", True),
        col("nba_game_id", "STRING", True),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("season_type", "STRING", True),
        *GAME_SIDES,
        col("nba_player_id", "INT64", True),
        col("player_full_name", "STRING", True),
        col("player_lookup", "STRING", True),
        col("team_id", "INT64", True),
        *PLAYER_SIDE,
        col("win_loss", "STRING"),
        *STAT_LINE,  # minutes: whole minutes, as the endpoint reports them
        *SHOOTING_PCTS,
        col("fantasy_points", "FLOAT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("game_id", "nba_player_id"),
    partition="game_date",
    cluster=("player_lookup", "team_abbr"),
    description="Player box scores of one date from NBA.com leaguegamelog.",
)

REQUIRED_HEADERS = (
    "PLAYER_ID", "PLAYER_NAME", "TEAM_ID", "TEAM_ABBREVIATION", "GAME_ID", "GAME_DATE", "MATCHUP", "WL",
    "MIN", "FGM", "FGA", "FG_PCT", "FG3M", "FG3A", "FG3_PCT", "FTM", "FTA", "FT_PCT", "OREB", "DREB", "REB",
    "AST", "STL", "BLK", "TOV", "PF", "PTS", "PLUS_MINUS",
)
STATS = {
    "points": "PTS", "field_goals_made": "FGM", "field_goals_attempted": "FGA", "field_goal_pct": "FG_PCT",
    "three_pointers_made": "FG3M", "three_pointers_attempted": "FG3A", "three_point_pct": "FG3_PCT",
    "free_throws_made": "FTM", "free_throws_attempted": "FTA", "free_throw_pct": "FT_PCT",
    "offensive_rebounds": "OREB", "defensive_rebounds": "DREB", "total_rebounds": "REB", "assists": "AST",
    "steals": "STL", "blocks": "BLK", "turnovers": "TOV", "personal_fouls": "PF", "plus_minus": "PLUS_MINUS",
    "fantasy_points": "FANTASY_PTS",
}


def split_matchup(matchup: str) -> tuple[str, str, bool]:
    """``"GSW vs. NYK"`` -> (GSW, NYK, home); ``"IND @ MIL"`` -> (IND, MIL, away). Returns team, opp, is_home."""
    if " vs. " in matchup:
        team, opp = matchup.split(" vs. ")
        return team_tricode(team.strip()), team_tricode(opp.strip()), True
    if " @ " in matchup:
        team, opp = matchup.split(" @ ")
        return team_tricode(team.strip()), team_tricode(opp.strip()), False
    raise ParseError(f"unreadable MATCHUP {matchup!r}")


def _getter(raw: list[Any], idx: dict[str, int]):
    return lambda header: raw[idx[header]] if header in idx else None


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    try:
        data = orjson.loads(body)
        result_sets = data["resultSets"]
        rs = next(r for r in result_sets if r.get("name") == "LeagueGameLog")
        headers, row_set = rs["headers"], rs["rowSet"]
    except (ValueError, KeyError, TypeError, StopIteration) as exc:
        raise ParseError(f"not a leaguegamelog body ({exc.__class__.__name__}: {exc})") from None
    missing = [h for h in REQUIRED_HEADERS if h not in headers]
    if missing:
        raise ParseError(f"leaguegamelog headers lack {missing}")
    season_type = (data.get("parameters") or {}).get("SeasonType") or "Regular Season"
    idx = {h: i for i, h in enumerate(headers)}
    rows = []
    for raw in row_set:
        if len(raw) != len(headers):
            raise ParseError(f"row has {len(raw)} values for {len(headers)} headers")
        get = _getter(raw, idx)
        team, opp, home = split_matchup(get("MATCHUP"))
        day = date.fromisoformat(str(get("GAME_DATE"))[:10])
        away_abbr, home_abbr = (opp, team) if home else (team, opp)
        row = {
            "game_id": game_id(day, away_abbr, home_abbr),
            "nba_game_id": str(get("GAME_ID")),
            "game_date": day,
            "season_year": season_year(day),
            "season_type": season_type,
            "home_team_abbr": home_abbr,
            "away_team_abbr": away_abbr,
            "nba_player_id": get("PLAYER_ID"),
            "player_full_name": get("PLAYER_NAME"),
            "player_lookup": player_lookup(get("PLAYER_NAME") or ""),
            "team_id": get("TEAM_ID"),
            "team_abbr": team_tricode(get("TEAM_ABBREVIATION")),
            "opponent_team_abbr": opp,
            "is_home": home,
            "win_loss": get("WL"),
            "minutes": None if get("MIN") is None else float(get("MIN")),
        }
        row.update({col_: get(h) for col_, h in STATS.items()})
        rows.append(row)
    return rows


PROCESSOR = raw_processor(
    name="nbac_player_boxscores",
    table=TABLE,
    scrapers=("nbac_player_boxscore",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
)


