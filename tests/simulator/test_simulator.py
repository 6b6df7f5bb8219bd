"""The simulated league: deterministic, on the real calendar, consistent across sources, in real shapes."""

from __future__ import annotations

import io
import json
from collections import Counter

import httpx
import pdfplumber
import pytest

from nbaprops.ids import TEAMS_BY_TRICODE
from nbaprops.simulator import Faults, League, SimulatorTransport, running
from nbaprops.simulator.books import event_id
from nbaprops.simulator.calendar import SEASONS
from nbaprops.simulator.game import PTS
from nbaprops.simulator.players import name_key
from nbaprops.simulator.renderers.espn import espn_game_id

from .conftest import AS_OF, load_fixture
from .shape import assert_same_shape

GAME = "0022400561"
DAY = "2025-01-08"


def test_same_seed_gives_identical_payloads_and_another_seed_differs():
    urls = [f"https://stats.nba.com/stats/boxscoretraditionalv2?GameID={GAME}&StartPeriod=0&EndPeriod=10"
            "&StartRange=0&EndRange=28800&RangeType=0",
            f"https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_{GAME}.json"]
    bodies = []
    for seed in (7, 7, 8):
        with httpx.Client(transport=SimulatorTransport(League(seed, as_of=AS_OF))) as c:
            bodies.append([c.get(u).content for u in urls])
    assert bodies[0] == bodies[1]
    assert bodies[0] != bodies[2]


def test_calendar_has_82_games_per_team_and_real_postseason(league):
    season = league.season(2023)
    assert len(season.regular) == 1230
    teams, home, per_day = Counter(), Counter(), Counter()
    for g in season.regular:
        teams[g.home] += 1
        teams[g.away] += 1
        home[g.home] += 1
        per_day[(g.day, g.home)] += 1
        per_day[(g.day, g.away)] += 1
        lo, hi = season.dates.all_star_break
        assert not lo <= g.day <= hi
    assert set(teams.values()) == {82} and set(home.values()) == {41}
    assert max(per_day.values()) == 1
    post = season.postseason()
    assert sum(g.kind == "playin" for g in post) == 6
    series = Counter(g.game_id[:-1] for g in post if g.kind == "playoffs")
    assert len(series) == 15 and all(4 <= n <= 7 for n in series.values())
    assert all(g.game_id[2] == "4" for g in post if g.kind == "playoffs")


def test_points_agree_across_sources(league, client):
    res = league.season(2024).result(GAME)
    day = res.sched.day
    box = client.get(f"https://stats.nba.com/stats/boxscoretraditionalv2?GameID={GAME}").json()
    players, teams = box["resultSets"][0], box["resultSets"][1]
    pts = players["headers"].index("PTS")
    tid = players["headers"].index("TEAM_ID")
    by_team = Counter()
    for r in players["rowSet"]:
        by_team[r[tid]] += r[pts] or 0
    finals = {r[1]: r[-2] for r in teams["rowSet"]}
    assert by_team == Counter(finals)
    assert sorted(finals.values()) == sorted([res.home_pts, res.away_pts])
    pbp = client.get(f"https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_{GAME}.json").json()
    made = sum({"2pt": 2, "3pt": 3, "freethrow": 1}[a["actionType"]] for a in pbp["game"]["actions"]
               if a.get("shotResult") == "Made")
    assert made == res.home_pts + res.away_pts
    log = client.get("https://stats.nba.com/stats/leaguegamelog", params={
        "Counter": 1000, "DateFrom": f"{day}", "DateTo": f"{day}", "Direction": "DESC", "LeagueID": "00",
        "PlayerOrTeam": "P", "Season": "2024-25", "SeasonType": "Regular Season", "Sorter": "DATE"}).json()
    rows = [r for r in log["resultSets"][0]["rowSet"] if r[6] == GAME]
    assert sum(r[28] for r in rows) == res.home_pts + res.away_pts
    bdl = client.get(f"https://api.balldontlie.io/v1/box_scores?date={day}").json()
    game = next(g for g in bdl["data"] if g["home_team_score"] == res.home_pts
                and g["home_team"]["abbreviation"] == res.home)
    assert sum(p["pts"] for p in game["home_team"]["players"]) == res.home_pts
    html = client.get(f"https://www.espn.com/nba/boxscore/_/gameId/{espn_game_id(GAME)}").text
    blob = json.loads(html.split("window['__espnfitt__']=", 1)[1].split(";</script>", 1)[0])
    espn_pts = sum(int(a["stats"][-1]) for t in blob["page"]["content"]["gamepackage"]["bxscr"]
                   for grp in t["stats"] for a in grp["athlts"] if a["stats"])
    assert espn_pts == res.home_pts + res.away_pts
    assert sum(res.box[i][PTS] for i in res.order[0]) == res.home_pts


def test_no_two_players_of_a_season_share_a_name(league):
    """Sources key on names (the injury report lists "Last, First" per game): names are unique per season,
    also with accents folded and suffixes dropped, while the name variants stay (accents, suffixes, initials)."""
    for year in SEASONS:
        players = list(league.players(year).values())
        keys = Counter(name_key(p) for p in players)
        assert not [k for k, n in keys.items() if n > 1], year
        assert any(p.suffix for p in players) and any(p.country != "USA" for p in players)
        assert any("." in p.first for p in players)


SHAPES = [
    ("nbac_schedule_api/raw_80cb1fd6.json.gz", "https://stats.nba.com/stats/scheduleleaguev2?LeagueID=00&Season=2024-25"),
    ("nbac_schedule_cdn/raw_68953816.json", "https://cdn.nba.com/static/json/staticData/scheduleLeagueV2_1.json"),
    ("nbac_player_list/raw_7af00b51.json",
     "https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2024-25&Historical=0"),
    ("nbac_player_movement/raw_1ecdb80d.json.gz",
     "https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json"),
    ("nbac_scoreboard_v2/raw_055ff78d.json",
     "https://stats.nba.com/stats/scoreboardv2?GameDate=2024-01-15&LeagueID=00&DayOffset=0"),
    ("nbac_player_boxscore/raw_2ad17718.json",
     "https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC"
     "&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE"),
    ("nbac_team_boxscore/raw_12f99055.json",
     f"https://stats.nba.com/stats/boxscoretraditionalv2?GameID={GAME}&StartPeriod=0&EndPeriod=10&StartRange=0"
     "&EndRange=28800&RangeType=0"),
    ("nbac_play_by_play/raw_14ecf360.json.gz",
     "https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400500.json"),
    ("nbac_referee_assignments/raw_718e62b3.json",
     "https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-08"),
    ("bdl_box_scores/raw_7a649e12.json", "https://api.balldontlie.io/v1/box_scores?date=2024-01-15"),
    ("bdl_active_players/raw_ac3e7bd3.json", "https://api.balldontlie.io/v1/players/active?per_page=100"),
    ("bdl_injuries/raw_49fd60fb.json", "https://api.balldontlie.io/v1/player_injuries?per_page=5"),
    ("bdl_standings/raw_395a0451.json", "https://api.balldontlie.io/v1/standings?season=2024"),
    ("oddsa_events_his/raw_4c3bc8f6.json",
     "https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-01-08T22:55:00Z"),
    ("espn_scoreboard_api/raw_92de7c9a.json",
     "https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20240115"),
    ("espn_roster_api/raw_2.json",
     "https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/2?enable=roster"),
    ("bp_events/raw_75470647.json", "https://api.bettingpros.com/v3/events?sport=NBA&date=2021-10-21"),
]


@pytest.mark.fixtures
@pytest.mark.parametrize(("fixture", "url"), SHAPES, ids=[s[0].split("/")[0] for s in SHAPES])
def test_simulated_payload_has_the_real_shape(client, fixture, url):
    real = load_fixture(fixture)
    resp = client.get(url)
    assert resp.status_code == 200, resp.text[:200]
    assert_same_shape(real, resp.json())


def _espnfitt(html: str) -> dict:
    marker = "window['__espnfitt__']="
    return json.JSONDecoder().raw_decode(html[html.index(marker) + len(marker):])[0]


@pytest.mark.fixtures
def test_espn_boxscore_page_has_the_real_shape(league, client):
    """The game strip (status, teams with ids/home side/scores) and box score embedded in the page."""
    real = _espnfitt(load_fixture("espn_game_boxscore/raw_6f34c64b.html.gz").decode())
    real_package = real["page"]["content"]["gamepackage"]
    resp = client.get(f"https://www.espn.com/nba/boxscore/_/gameId/{espn_game_id(GAME)}")
    assert resp.status_code == 200
    package = _espnfitt(resp.text)["page"]["content"]["gamepackage"]
    for key in ("gmStrp", "bxscr"):
        assert_same_shape(real_package[key], package[key], f"$.{key}")
    strip, res = package["gmStrp"], league.season(2024).result(GAME)
    assert strip["statusState"] == "post" and strip["status"]["state"] == "post"
    home = next(t for t in strip["tms"] if t["isHome"])
    assert home["abbrev"] == TEAMS_BY_TRICODE[res.home].espn_code and home["score"] == str(res.home_pts)
    dnp = [a for t in package["bxscr"] for grp in t["stats"] for a in grp["athlts"] if not a["stats"]]
    assert all(a["dnpRsn"].startswith("DNP-") for a in dnp)


@pytest.mark.fixtures
def test_historical_game_lines_have_the_real_shape(league, client):
    real = load_fixture("oddsa_game_lines_his/raw_b722994c.json")
    g = league.season(2024).scheduled(GAME)
    eid = event_id(league.seed, GAME)
    moment = (g.tip.replace(minute=0) - __import__("datetime").timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    url = (f"https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/{eid}/odds"
           f"?apiKey=K&date={moment}&regions=us&markets=spreads,totals&bookmakers=draftkings,fanduel")
    body = client.get(url).json()
    assert_same_shape(real, body)
    props = client.get(url.replace("spreads,totals", "player_points&oddsFormat=american")).json()
    outcome = props["data"]["bookmakers"][0]["markets"][0]["outcomes"][0]
    assert outcome["name"] in ("Over", "Under") and isinstance(outcome["price"], int)
    assert outcome["point"] % 1 == 0.5


def test_pdfs_open_and_list_players(league, client):
    season = league.season(2024)
    res = season.result(GAME)
    s = res.sched
    url = f"https://statsdmz.nba.com/pdfs/{s.day:%Y%m%d}/{s.day:%Y%m%d}_{s.away}{s.home}_book.pdf"
    body = client.get(url).content
    with pdfplumber.open(io.BytesIO(body)) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert f"Game Code: {s.day:%Y%m%d}/{s.away}{s.home}" in text
    star = league.player(2024, res.order[0][0])
    assert star.full_name.split()[-1][:3] in text
    if res.dnp[0]:
        assert "DNP - Coach's Decision" in text
    day = s.day
    inj = client.get(f"https://ak-static.cms.nba.com/referee/injury/Injury-Report_{day}_12PM.pdf")
    assert inj.status_code == 200
    with pdfplumber.open(io.BytesIO(inj.content)) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert text.startswith("Injury Report:") and "Current Status" in text
    assert ("Out" in text) or ("NOT YET SUBMITTED" in text)
    assert client.get(f"https://ak-static.cms.nba.com/referee/injury/Injury-Report_{day}_03AM.pdf").status_code == 403


def test_http_server_serves_the_same_bodies_as_the_transport(league, client):
    paths = [f"stats.nba.com/stats/boxscoretraditionalv2?GameID={GAME}",
             f"api.balldontlie.io/v1/box_scores?date={DAY}",
             "www.basketball-reference.com/teams/BOS/2025.html"]
    with running(league=league) as base, httpx.Client(headers={"Authorization": "sim"}) as http:
        for p in paths:
            assert http.get(f"{base}/{p}").content == client.get(f"https://{p}").content
        assert http.get(f"{base}/stats/boxscoretraditionalv2?GameID={GAME}",
                        headers={"Host": "stats.nba.com"}).content == client.get(
            f"https://stats.nba.com/stats/boxscoretraditionalv2?GameID={GAME}").content
        assert http.get(f"{base}/stats.nba.com/nope").status_code == 404


def test_auth_is_required_where_the_real_api_requires_it(league):
    with httpx.Client(transport=SimulatorTransport(league)) as c:
        assert c.get(f"https://api.balldontlie.io/v1/box_scores?date={DAY}").status_code == 401
        assert c.get("https://api.the-odds-api.com/v4/sports/basketball_nba/events").status_code == 401


def test_faults_are_deterministic_and_recoverable(league):
    faults = Faults(seed=3, rate_limit=1.0, retry_after=2)
    url = f"https://stats.nba.com/stats/boxscoretraditionalv2?GameID={GAME}"
    with httpx.Client(transport=SimulatorTransport(league, faults)) as c:
        first = c.get(url)
        assert first.status_code == 429 and first.headers["Retry-After"] == "2"
        assert c.get(url).status_code == 200
    with httpx.Client(transport=SimulatorTransport(league, Faults(seed=3, server_error=1.0, burst=2))) as c:
        assert [c.get(url).status_code for _ in range(3)] == [500, 500, 200]
    with httpx.Client(transport=SimulatorTransport(league, Faults(seed=3, truncated=1.0))) as c:
        body = c.get(url).content
        with pytest.raises(json.JSONDecodeError):
            json.loads(body)
    picks = [Faults(seed=5, missing=0.5).hit("missing", f"u{k}") for k in range(50)]
    assert picks == [Faults(seed=5, missing=0.5).hit("missing", f"u{k}") for k in range(50)]
    assert 10 < sum(picks) < 40
