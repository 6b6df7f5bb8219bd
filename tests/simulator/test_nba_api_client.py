"""nba_api, the NBA.com client Python users know, against the simulator over real HTTP on 127.0.0.1.

nba_api's own endpoint classes (the requests they build, the headers they send, the parsers that turn a
body into tables) are pointed at ``nbaprops.simulator.running``: every stats.nba.com endpoint the
scrapers fetch and the CDN's live play-by-play must answer in a shape nba_api reads without error. The
player-movement file and the CDN's static schedule have no nba_api class.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from nba_api.live.nba.endpoints import playbyplay
from nba_api.live.nba.library.http import NBALiveHTTP
from nba_api.stats.endpoints import boxscoretraditionalv2, leaguegamelog, playerindex, scheduleleaguev2, scoreboardv2
from nba_api.stats.library.http import NBAStatsHTTP

from nbaprops.simulator import League, running

DAY = "2025-01-08"


@pytest.fixture(scope="module")
def simulated_nba(league: League) -> Iterator[str]:
    """nba_api's base URLs at a simulator server (the original host as the first path segment)."""
    stats, live = NBAStatsHTTP.base_url, NBALiveHTTP.base_url
    with running(league=league) as base:
        NBAStatsHTTP.base_url = f"{base}/stats.nba.com/stats/{{endpoint}}"
        NBALiveHTTP.base_url = f"{base}/cdn.nba.com/static/json/liveData/{{endpoint}}"
        try:
            yield base
        finally:
            NBAStatsHTTP.base_url, NBALiveHTTP.base_url = stats, live


@pytest.fixture(scope="module")
def games(simulated_nba: str) -> list[dict]:
    """The date's team game log through nba_api (dates sent as nba_api sends them, MM/DD/YYYY)."""
    log = leaguegamelog.LeagueGameLog(season="2024-25", player_or_team_abbreviation="T",
                                      date_from_nullable="01/08/2025", date_to_nullable="01/08/2025")
    rows = log.get_normalized_dict()["LeagueGameLog"]
    assert rows and {r["GAME_DATE"] for r in rows} == {DAY}
    return rows


def test_league_game_log_of_players_reads_as_on_the_real_api(simulated_nba, games):
    players = leaguegamelog.LeagueGameLog(season="2024-25", player_or_team_abbreviation="P",
                                          date_from_nullable="01/08/2025", date_to_nullable="01/08/2025")
    rows = players.get_normalized_dict()["LeagueGameLog"]
    assert len(rows) > 10 * len({g["GAME_ID"] for g in games}) // 2
    assert {"PLAYER_NAME", "PTS", "MIN", "GAME_ID"} <= set(rows[0])


def test_scoreboard_of_the_date(simulated_nba, games):
    board = scoreboardv2.ScoreboardV2(game_date=DAY).get_normalized_dict()
    assert {g["GAME_ID"] for g in board["GameHeader"]} == {g["GAME_ID"] for g in games}
    assert len(board["LineScore"]) == 2 * len(board["GameHeader"])


def test_box_score_of_a_game(simulated_nba, games):
    gid = games[0]["GAME_ID"]
    box = boxscoretraditionalv2.BoxScoreTraditionalV2(game_id=gid).get_normalized_dict()
    teams = box["TeamStats"]
    assert len(teams) == 2 and {t["GAME_ID"] for t in teams} == {gid}
    assert sum(p["PTS"] or 0 for p in box["PlayerStats"]) == sum(t["PTS"] for t in teams)


def test_live_play_by_play_of_a_game(simulated_nba, games):
    actions = playbyplay.PlayByPlay(game_id=games[0]["GAME_ID"]).get_dict()["game"]["actions"]
    assert actions and {"actionNumber", "clock", "period", "actionType"} <= set(actions[0])


def test_player_index_of_the_season(simulated_nba):
    players = playerindex.PlayerIndex(season="2024-25").get_normalized_dict()["PlayerIndex"]
    assert len(players) > 300 and {"PERSON_ID", "PLAYER_LAST_NAME", "TEAM_ABBREVIATION"} <= set(players[0])


def test_schedule_of_the_season_tabulates(simulated_nba):
    schedule = scheduleleaguev2.ScheduleLeagueV2(season="2024-25")
    frames = schedule.get_data_frames()
    assert len(frames[0]) >= 1230  # one row per game, every broadcaster column as wide as the real body's
