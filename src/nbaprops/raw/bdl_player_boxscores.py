"""nba_raw.bdl_player_boxscores: one row per player per game, from Ball Don't Lie ``/box_scores?date=``.

The body is ``{"data": [game, ...]}``; each game nests ``home_team.players`` and
``visitor_team.players`` (visitor = away). BDL gives no game id, so ``game_id`` comes from the date
and both teams. Players who did not play are kept with ``minutes`` 0.

An empty ``{"data": []}`` is not a valid box-score day: the processor only runs for dates the
schedule says have final games, so an empty answer means BDL had nothing yet. The file is
quarantined with that reason (an older fetch of the date is tried; else the date fails and a
re-scrape fixes it) instead of recording the date as done with no rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from nbaprops.ids import UnknownTeamError, game_id, player_lookup, season_year, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.framework.columns import GAME_SIDES, PLAYER_SIDE, SHOOTING_PCTS, STAT_LINE
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "bdl_player_boxscores",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("game_status", "STRING", False, "BDL status, 'Final' once over"),
        col("period", "INT64"),
        col("is_postseason", "BOOL"),
        *GAME_SIDES,
        col("home_team_score", "INT64"),
        col("away_team_score", "INT64"),
        *PLAYER_SIDE,
        col("bdl_player_id", "INT64", True),
        col("player_full_name", "STRING", True),
        col("player_lookup", "STRING", True),
        col("jersey_number", "STRING"),
        col("position", "STRING"),
        *STAT_LINE,
        *SHOOTING_PCTS,
        col("source_file_path", "STRING", True),
    ),
    key=("game_id", "bdl_player_id"),
    partition="game_date",
    cluster=("player_lookup", "team_abbr"),
    description="Player box scores of one date from Ball Don't Lie /box_scores.",
)

STATS = {
    "points": "pts", "assists": "ast", "total_rebounds": "reb", "offensive_rebounds": "oreb",
    "defensive_rebounds": "dreb", "steals": "stl", "blocks": "blk", "turnovers": "turnover",
    "personal_fouls": "pf", "field_goals_made": "fgm", "field_goals_attempted": "fga", "field_goal_pct": "fg_pct",
    "three_pointers_made": "fg3m", "three_pointers_attempted": "fg3a", "three_point_pct": "fg3_pct",
    "free_throws_made": "ftm", "free_throws_attempted": "fta", "free_throw_pct": "ft_pct",
}


class _Player(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: int
    first_name: str
    last_name: str
    position: str | None = None
    jersey_number: str | None = None


class _Line(BaseModel):
    model_config = ConfigDict(extra="allow")
    min: str | None = None
    player: _Player


class _Team(BaseModel):
    model_config = ConfigDict(extra="ignore")
    abbreviation: str
    players: list[_Line]


class _Game(BaseModel):
    model_config = ConfigDict(extra="ignore")
    date: date
    status: str | None = None
    period: int | None = None
    postseason: bool | None = None
    home_team_score: int | None = None
    visitor_team_score: int | None = None
    home_team: _Team
    visitor_team: _Team


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")
    data: list[_Game]


def minutes(value: str | None) -> float | None:
    """BDL minutes: ``"28"``, ``"00"`` or ``"28:30"`` -> decimal minutes."""
    if value is None or not str(value).strip():
        return None
    mins, _, secs = str(value).partition(":")
    try:
        return round(int(mins) + (int(secs) / 60 if secs else 0), 2)
    except ValueError:
        raise ParseError(f"unreadable minutes {value!r}") from None


def _player_rows(game: _Game, team: _Team, is_home: bool, base: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for line in team.players:
        name = f"{line.player.first_name} {line.player.last_name}".strip()
        stats = line.model_extra or {}
        rows.append({
            **base,
            "team_abbr": base["home_team_abbr"] if is_home else base["away_team_abbr"],
            "opponent_team_abbr": base["away_team_abbr"] if is_home else base["home_team_abbr"],
            "is_home": is_home,
            "bdl_player_id": line.player.id,
            "player_full_name": name,
            "player_lookup": player_lookup(name),
            "jersey_number": line.player.jersey_number,
            "position": line.player.position or None,
            "minutes": minutes(line.min),
            **{column: stats.get(key) for column, key in STATS.items()},
        })
    return rows


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    try:
        games = _Body.model_validate_json(body).data
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ParseError(f"not a BDL box_scores body: {first['loc']} {first['msg']}") from None
    if not games:
        raise ParseError(f"BDL returned no box scores for {path.date}, a date with final games (scraped too early?)")
    rows: list[dict[str, Any]] = []
    for game in games:
        try:
            home, away = team_tricode(game.home_team.abbreviation), team_tricode(game.visitor_team.abbreviation)
        except UnknownTeamError as exc:
            raise ParseError(str(exc)) from None
        base = {
            "game_id": game_id(game.date, away, home), "game_date": game.date, "season_year": season_year(game.date),
            "game_status": game.status, "period": game.period, "is_postseason": game.postseason,
            "home_team_abbr": home, "away_team_abbr": away,
            "home_team_score": game.home_team_score, "away_team_score": game.visitor_team_score,
        }
        rows += _player_rows(game, game.home_team, True, base)
        rows += _player_rows(game, game.visitor_team, False, base)
    return rows


PROCESSOR = raw_processor(
    name="bdl_player_boxscores",
    table=TABLE,
    scrapers=("bdl_box_scores",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
)
