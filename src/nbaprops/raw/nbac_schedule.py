"""nba_raw.nbac_schedule: one row per regular-season, play-in or playoff game of a season.

Reads the untouched stats.nba.com ``scheduleleaguev2`` body (or the CDN ``scheduleLeagueV2_1``
copy, same shape). Pre-season (001), All-Star (003) and the NBA Cup final (006, which does not count
in regular-season stats) are left out. A season is replaced as a whole from its newest file.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nbaprops.ids import game_id, is_business_game, nba_game_type, parse_season_label
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "nbac_schedule",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("nba_game_id", "STRING", True, "10-digit NBA id"),
        col("game_code", "STRING", True, "YYYYMMDD/AWYHOM"),
        col("season", "STRING", True, "2024-25"),
        col("season_year", "INT64", True, "season start year"),
        col("game_type", "STRING", True, "Regular Season | PlayIn | Playoffs"),
        col("game_date", "DATE", True, "ET calendar date"),
        col("game_datetime_utc", "TIMESTAMP", False, "tip-off"),
        col("game_time_et", "STRING", False, "HH:MM local to New York"),
        col("game_status", "INT64", True, "1 scheduled, 2 live, 3 final"),
        col("game_status_text", "STRING"),
        col("postponed_status", "STRING"),
        col("home_team_id", "INT64", True),
        col("home_team_tricode", "STRING", True),
        col("home_team_name", "STRING", True),
        col("home_team_city", "STRING"),
        col("away_team_id", "INT64", True),
        col("away_team_tricode", "STRING", True),
        col("away_team_name", "STRING", True),
        col("away_team_city", "STRING"),
        col("arena_name", "STRING"),
        col("arena_city", "STRING"),
        col("arena_state", "STRING"),
        col("is_neutral", "BOOL"),
        col("game_label", "STRING"),
        col("game_sub_label", "STRING"),
        col("series_game_number", "STRING"),
        col("if_necessary", "BOOL"),
        col("is_regular_season", "BOOL", True),
        col("is_play_in", "BOOL", True),
        col("is_playoffs", "BOOL", True),
        col("is_emirates_cup", "BOOL"),
        col("playoff_round", "STRING"),
        col("has_national_tv", "BOOL"),
        col("primary_network", "STRING"),
        col("traditional_networks", "JSON"),
        col("streaming_platforms", "JSON"),
        col("is_primetime", "BOOL"),
        col("time_slot", "STRING", False, "afternoon | evening | late"),
        col("day_of_week", "STRING"),
        col("is_weekend", "BOOL"),
        col("is_christmas", "BOOL"),
        col("is_mlk_day", "BOOL"),
        col("home_team_score", "INT64"),
        col("away_team_score", "INT64"),
        col("winning_team_tricode", "STRING"),
        col("data_source", "STRING", True, "api_stats | cdn_static"),
        col("source_file_path", "STRING", True),
    ),
    key=("game_id",),
    partition="game_date",
    cluster=("season_year", "home_team_tricode", "away_team_tricode"),
    description="Regular-season, play-in and playoff games; the source of which dates expect data.",
)


class _Team(BaseModel):
    model_config = ConfigDict(extra="ignore")
    teamId: int
    teamName: str
    teamCity: str | None = None
    teamTricode: str = Field(min_length=2)
    score: int | None = None


class _Broadcaster(BaseModel):
    model_config = ConfigDict(extra="ignore")
    broadcasterDisplay: str = ""


class _Broadcasters(BaseModel):
    model_config = ConfigDict(extra="ignore")
    nationalTvBroadcasters: list[_Broadcaster] = []
    nationalOttBroadcasters: list[_Broadcaster] = []


class _Game(BaseModel):
    model_config = ConfigDict(extra="ignore")
    gameId: str = Field(pattern=r"^\d{10}$")
    gameCode: str
    gameStatus: int
    gameStatusText: str | None = None
    gameDateEst: str
    gameDateTimeEst: str | None = None
    gameDateTimeUTC: str | None = None
    postponedStatus: str | None = None
    arenaName: str | None = None
    arenaCity: str | None = None
    arenaState: str | None = None
    isNeutral: bool | None = None
    gameLabel: str | None = None
    gameSubLabel: str | None = None
    seriesGameNumber: str | None = None
    ifNecessary: bool | None = None
    broadcasters: _Broadcasters | None = None
    homeTeam: _Team
    awayTeam: _Team


class _GameDate(BaseModel):
    model_config = ConfigDict(extra="ignore")
    games: list[_Game]


class _LeagueSchedule(BaseModel):
    model_config = ConfigDict(extra="ignore")
    seasonYear: str
    gameDates: list[_GameDate]


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")
    leagueSchedule: _LeagueSchedule


_ROUNDS = {"First Round": "first_round", "Conf. Semifinals": "conf_semifinals",
           "Conf. Finals": "conf_finals", "NBA Finals": "finals"}


def _playoff_round(game: _Game) -> str | None:
    prefix = game.gameId[:3]
    if prefix == "005":
        return "play_in"
    if prefix != "004":
        return None
    label = game.gameLabel or ""
    for text, code in _ROUNDS.items():
        if text in label:
            return code
    return "playoffs"


def _mlk_day(day: date) -> bool:
    return day.month == 1 and day.weekday() == 0 and 15 <= day.day <= 21


def _time_slot(hour: int | None) -> str | None:
    if hour is None:
        return None
    return "afternoon" if hour < 17 else "evening" if hour < 21 else "late"


def _utc(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    try:
        data = _Body.model_validate_json(body)
    except ValidationError as exc:
        raise ParseError(f"not a scheduleleaguev2 body: {exc.error_count()} error(s), first: "
                         f"{exc.errors()[0]['loc']} {exc.errors()[0]['msg']}") from None
    season = data.leagueSchedule.seasonYear
    if path.season_year is not None and parse_season_label(season) != path.season_year:
        raise ParseError(f"body is season {season} but the path says {path.fields.get('season')}")
    source = "cdn_static" if path.scraper == "nbac_schedule_cdn" else "api_stats"
    rows: list[dict[str, Any]] = []
    for day in data.leagueSchedule.gameDates:
        for g in day.games:
            if not is_business_game(g.gameId):
                continue
            game_day = date.fromisoformat(g.gameDateEst[:10])
            start_et = g.gameDateTimeEst[11:16] if g.gameDateTimeEst else None
            hour = int(start_et[:2]) if start_et else None
            casts = g.broadcasters or _Broadcasters()
            national = [b.broadcasterDisplay for b in casts.nationalTvBroadcasters]
            streaming = [b.broadcasterDisplay for b in casts.nationalOttBroadcasters]
            final = g.gameStatus == 3
            home, away = g.homeTeam, g.awayTeam
            winner = None
            if final and home.score is not None and away.score is not None and home.score != away.score:
                winner = home.teamTricode if home.score > away.score else away.teamTricode
            rows.append({
                "game_id": game_id(game_day, away.teamTricode, home.teamTricode),
                "nba_game_id": g.gameId,
                "game_code": g.gameCode,
                "season": season,
                "season_year": parse_season_label(season),
                "game_type": nba_game_type(g.gameId),
                "game_date": game_day,
                "game_datetime_utc": _utc(g.gameDateTimeUTC),
                "game_time_et": start_et,
                "game_status": g.gameStatus,
                "game_status_text": (g.gameStatusText or "").strip() or None,
                "postponed_status": g.postponedStatus,
                "home_team_id": home.teamId,
                "home_team_tricode": home.teamTricode,
                "home_team_name": home.teamName,
                "home_team_city": home.teamCity,
                "away_team_id": away.teamId,
                "away_team_tricode": away.teamTricode,
                "away_team_name": away.teamName,
                "away_team_city": away.teamCity,
                "arena_name": g.arenaName,
                "arena_city": g.arenaCity,
                "arena_state": g.arenaState or None,
                "is_neutral": g.isNeutral,
                "game_label": g.gameLabel or None,
                "game_sub_label": g.gameSubLabel or None,
                "series_game_number": g.seriesGameNumber or None,
                "if_necessary": g.ifNecessary,
                "is_regular_season": g.gameId[:3] == "002",
                "is_play_in": g.gameId[:3] == "005",
                "is_playoffs": g.gameId[:3] == "004",
                "is_emirates_cup": "NBA Cup" in (g.gameLabel or ""),
                "playoff_round": _playoff_round(g),
                "has_national_tv": bool(national),
                "primary_network": national[0] if national else None,
                "traditional_networks": json.dumps(national),
                "streaming_platforms": json.dumps(streaming),
                "is_primetime": bool(national) and hour is not None and hour >= 19,
                "time_slot": _time_slot(hour),
                "day_of_week": game_day.strftime("%a"),
                "is_weekend": game_day.weekday() >= 5,
                "is_christmas": game_day.month == 12 and game_day.day == 25,
                "is_mlk_day": _mlk_day(game_day),
                "home_team_score": home.score if final else None,
                "away_team_score": away.score if final else None,
                "winning_team_tricode": winner,
                "data_source": source,
            })
    if not rows:
        raise ParseError(f"schedule for {season} holds no regular-season, play-in or playoff games")
    return rows


PROCESSOR = raw_processor(
    name="nbac_schedule",
    table=TABLE,
    scrapers=("nbac_schedule_api", "nbac_schedule_cdn"),
    parse=parse,
    unit="season",
    expects="season",
    description=TABLE.description,
)
