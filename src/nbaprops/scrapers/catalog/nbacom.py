"""NBA.com: stats.nba.com JSON, the CDN's static and live JSON, gamebook and injury-report PDFs,
and official.nba.com's referee assignments."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, urlencode

import orjson

from nbaprops.ids import season_label, season_year
from nbaprops.scrapers.bodies import json_len, one_if_present, result_set_rows, schedule_games
from nbaprops.scrapers.catalog.common import each_date, snapshot, ymd
from nbaprops.scrapers.plan import PlanContext
from nbaprops.scrapers.spec import Params, ScraperSpec, Unit

STATS = "https://stats.nba.com"
CDN = "https://cdn.nba.com"
# Report hours (ET, 24 h) fetched per game day. Reports are published through the day; these are the
# ones the morning and pre-game workflows read.
INJURY_REPORT_HOURS: tuple[int, ...] = (12, 17)
# leaguegamelog SeasonType per game-id prefix; a playoff date asked as "Regular Season" is an HTTP 500.
SEASON_TYPES = {"002": "Regular Season", "005": "PlayIn", "004": "Playoffs"}


def _seasons(ctx: PlanContext) -> Iterable[Unit]:
    for label in ctx.season_labels():
        yield Unit({"season": label}, {"season": label})


def _cdn_season(ctx: PlanContext) -> Iterable[Unit]:
    label = season_label(season_year(ctx.snapshot_day))
    yield Unit({}, {"season": label}, ctx.snapshot_day)


def _body_season(body: bytes) -> dict[str, str]:
    label = orjson.loads(body).get("leagueSchedule", {}).get("seasonYear")
    return {"season": label} if isinstance(label, str) and len(label) == 7 else {}


def _player_boxscore_units(ctx: PlanContext) -> Iterable[Unit]:
    for d in ctx.dates:
        types = sorted({g.nba_game_id[:3] for g in ctx.games(d)} & SEASON_TYPES.keys(), key="004005002".find)
        if types:  # a date mixes types only in theory; playoff > play-in > regular, as the site files them
            yield Unit({"date": d, "season": season_label(season_year(d)), "season_type": SEASON_TYPES[types[0]]},
                       {"date": d.isoformat()}, d)


def _final_games(ctx: PlanContext) -> Iterable[Unit]:
    for g in ctx.final_games():
        yield Unit({"game_id": g.nba_game_id, "date": g.day, "matchup": g.matchup},
                   {"date": g.day.isoformat(), "nba_game_id": g.nba_game_id,
                    "game_code": f"{ymd(g.day)}-{g.matchup}"}, g.day)


def _injury_units(ctx: PlanContext) -> Iterable[Unit]:
    for d in ctx.game_days():
        for hour in INJURY_REPORT_HOURS:
            yield Unit({"date": d, "hour24": hour}, {"date": d.isoformat(), "hour24": f"{hour:02d}"}, d)


def _gamelog_url(p: Params) -> str:
    query = {"Counter": 1000, "DateFrom": p["date"], "DateTo": p["date"], "Direction": "DESC", "LeagueID": "00",
             "PlayerOrTeam": "P", "Season": p["season"], "SeasonType": p["season_type"], "Sorter": "DATE"}
    return f"{STATS}/stats/leaguegamelog?{urlencode(query, quote_via=quote)}"


def _injury_url(p: Params) -> str:
    hour = int(p["hour24"])
    return (f"https://ak-static.cms.nba.com/referee/injury/Injury-Report_{p['date']}_"
            f"{hour % 12 or 12:02d}{'AM' if hour < 12 else 'PM'}.pdf")


SPECS = (
    ScraperSpec(
        "nbac_schedule_api", "nba_stats",
        url=lambda p: f"{STATS}/stats/scheduleleaguev2?LeagueID=00&Season={p['season']}",
        plan=_seasons, count=schedule_games,
        description="whole-season schedule, one request per season in the range"),
    ScraperSpec(
        "nbac_schedule_cdn", "nba_cdn",
        url=lambda p: f"{CDN}/static/json/staticData/scheduleLeagueV2_1.json",
        plan=_cdn_season, count=schedule_games, body_fields=_body_season,
        description="current season's schedule from the CDN (backup); season taken from the body"),
    ScraperSpec(
        "nbac_player_list", "nba_stats",
        url=lambda p: f"{STATS}/stats/playerindex?LeagueID=00&Season={p['season']}&Historical=0",
        plan=snapshot, count=result_set_rows(), description="current player index, daily snapshot"),
    ScraperSpec(
        "nbac_player_movement", "nba_stats",
        url=lambda p: f"{STATS}/js/data/playermovement/NBA_Player_Movement.json",
        plan=snapshot, count=json_len("NBA_Player_Movement", "rows"),
        description="all transactions, daily snapshot"),
    ScraperSpec(
        "nbac_scoreboard_v2", "nba_stats",
        url=lambda p: f"{STATS}/stats/scoreboardv2?GameDate={p['date']}&LeagueID=00&DayOffset=0",
        plan=each_date, count=result_set_rows("GameHeader"), description="scoreboard per date"),
    ScraperSpec(
        "nbac_player_boxscore", "nba_stats", url=_gamelog_url, plan=_player_boxscore_units,
        count=result_set_rows(),
        description="all player box scores of a game day; SeasonType from the schedule's game ids"),
    ScraperSpec(
        "nbac_team_boxscore", "nba_stats",
        url=lambda p: (f"{STATS}/stats/boxscoretraditionalv2?GameID={p['game_id']}&StartPeriod=0&EndPeriod=10"
                       f"&StartRange=0&EndRange=28800&RangeType=0"),
        plan=_final_games, count=result_set_rows("PlayerStats"), description="traditional box score per game"),
    ScraperSpec(
        "nbac_play_by_play", "nba_cdn",
        url=lambda p: f"{CDN}/static/json/liveData/playbyplay/playbyplay_{p['game_id']}.json",
        plan=_final_games, count=json_len("game", "actions"), description="play-by-play per game"),
    ScraperSpec(
        "nbac_gamebook_pdf", "nba_files",
        url=lambda p: (f"https://statsdmz.nba.com/pdfs/{ymd(p['date'])}/"
                       f"{ymd(p['date'])}_{p['matchup']}_book.pdf"),
        plan=_final_games, count=one_if_present, body="pdf", no_data_statuses=frozenset({403, 404}),
        description="official gamebook PDF per game, stored as received (about 5% of games have none)"),
    ScraperSpec(
        "nbac_injury_report", "nba_files", url=_injury_url, plan=_injury_units, count=one_if_present,
        body="pdf", no_data_statuses=frozenset({403, 404}),
        description="injury report PDF per report hour on game days; 403 = not published yet"),
    ScraperSpec(
        "nbac_referee_assignments", "nba_files",
        url=lambda p: f"https://official.nba.com/wp-json/api/v1/get-game-officials?&date={p['date']}",
        plan=each_date, count=json_len("nba", "Table", "rows"), description="game officials per date"),
)
