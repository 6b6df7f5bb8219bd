"""Each scraper, fetched over real HTTP from a loopback server replaying the real captured bodies,
stores the untouched body at its documented layout path and writes one log row per request."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from nbaprops.storage.layout import LAYOUT
from tests.conftest import fixture_bytes
from tests.scrapers.conftest import KEYS, log_rows
from tests.scrapers.replay import Reply

pytestmark = pytest.mark.fixtures

STATS = "https://stats.nba.com"
SCHEDULE = "nbac_schedule_api/raw_80cb1fd6.json.gz"


def stored(env, scraper: str) -> list[tuple[str, dict[str, str], bytes]]:
    """(path, fields, body) of every object of ``scraper`` in the store."""
    tmpl = LAYOUT[scraper]
    out = []
    for path in env.store.list(tmpl.prefix()):
        fields = tmpl.parse(path)
        if fields is not None:
            out.append((path, fields, env.store.read(path)))
    return out


def only(env, scraper: str) -> tuple[str, dict[str, str], bytes]:
    objects = stored(env, scraper)
    assert len(objects) == 1, [p for p, _, _ in objects]
    return objects[0]


def test_season_schedule_is_stored_untouched_with_a_success_row(env, server, scrape):
    server.add(f"{STATS}/stats/scheduleleaguev2?LeagueID=00&Season=2024-25", fixture_bytes(SCHEDULE))
    report = scrape("nbac_schedule_api", date(2025, 1, 15))
    path, fields, body = only(env, "nbac_schedule_api")
    assert fields["season"] == "2024-25" and body == fixture_bytes(SCHEDULE)
    [row] = log_rows(env, "nbac_schedule_api")
    assert (row["status"], row["object_path"], row["http_status"], row["source"]) == ("success", path, 200,
                                                                                       "simulated")
    assert row["record_count"] == 1400 and json.loads(row["parameters"]) == {"season": "2024-25"}
    assert report.ok
    [seen] = server.requests("stats.nba.com")
    assert seen.headers["x-nba-stats-origin"] == "stats" and seen.headers["referer"] == "https://www.nba.com/"
    assert "Mozilla" in seen.headers["user-agent"]


def test_cdn_schedule_takes_its_season_from_the_body(env, server, scrape):
    server.add("https://cdn.nba.com/static/json/staticData/scheduleLeagueV2_1.json",
               fixture_bytes("nbac_schedule_cdn/raw_68953816.json"))
    scrape("nbac_schedule_cdn", date(2025, 7, 17))
    _, fields, _ = only(env, "nbac_schedule_cdn")
    assert fields["season"] == "2025-26"


@pytest.mark.parametrize(("scraper", "url", "fixture", "day", "expect"), [
    ("nbac_player_list", f"{STATS}/stats/playerindex?LeagueID=00&Season=2025-26&Historical=0",
     "nbac_player_list/raw_7af00b51.json", date(2025, 7, 17), {"date": "2025-07-17"}),
    ("nbac_player_movement", f"{STATS}/js/data/playermovement/NBA_Player_Movement.json",
     "nbac_player_movement/raw_1ecdb80d.json.gz", date(2025, 7, 17), {"date": "2025-07-17"}),
    ("nbac_scoreboard_v2", f"{STATS}/stats/scoreboardv2?GameDate=2024-01-15&LeagueID=00&DayOffset=0",
     "nbac_scoreboard_v2/raw_055ff78d.json", date(2024, 1, 15), {"date": "2024-01-15"}),
    ("nbac_referee_assignments", "https://official.nba.com/wp-json/api/v1/get-game-officials?date=2025-01-08",
     "nbac_referee_assignments/raw_718e62b3.json", date(2025, 1, 8), {"date": "2025-01-08"}),
    ("bdl_box_scores", "https://api.balldontlie.io/v1/box_scores?date=2024-01-15",
     "bdl_box_scores/raw_7a649e12.json", date(2024, 1, 15), {"date": "2024-01-15"}),
    ("bdl_standings", "https://api.balldontlie.io/v1/standings?season=2024",
     "bdl_standings/raw_395a0451.json", date(2025, 1, 15), {"season": "2024-25", "date": "2025-01-15"}),
    ("espn_scoreboard", "https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20240115",
     "espn_scoreboard_api/raw_92de7c9a.json", date(2024, 1, 15), {"date": "2024-01-15"}),
])
def test_one_request_per_date_stores_the_body_at_its_layout_path(env, server, scrape, scraper, url, fixture,
                                                                  day, expect):
    server.add(url, fixture_bytes(fixture))
    report = scrape(scraper, day)
    assert report.ok, report.failures()
    _, fields, body = only(env, scraper)
    assert body == fixture_bytes(fixture)
    assert {k: fields[k] for k in expect} == expect
    [row] = log_rows(env, scraper)
    assert row["status"] == "success" and row["record_count"] > 0 and row["bytes"] == len(body)


def test_bdl_sends_its_key_as_the_authorization_header(env, server, scrape):
    server.add("https://api.balldontlie.io/v1/box_scores", fixture_bytes("bdl_box_scores/raw_7a649e12.json"))
    scrape("bdl_box_scores", date(2024, 1, 15))
    [seen] = server.requests("api.balldontlie.io")
    assert seen.headers["authorization"] == KEYS["BDL_API_KEY"]


def test_an_empty_answer_is_no_data_and_is_not_stored(env, server, scrape):
    server.add("https://api.balldontlie.io/v1/box_scores", fixture_bytes("bdl_box_scores/raw_d62cc934.json"))
    report = scrape("bdl_box_scores", date(2024, 1, 16))
    assert stored(env, "bdl_box_scores") == []
    assert [r["status"] for r in log_rows(env)] == ["no_data"]
    assert report.ok


def test_player_boxscore_asks_for_the_season_type_of_the_days_games(env, server, scrape, seed_schedule):
    seed_schedule([(date(2025, 3, 15), "BOS", "BKN", "0022400968"), (date(2025, 5, 4), "DEN", "OKC", "0042400221"),
                   (date(2025, 4, 16), "MIA", "CHI", "0052400201")])
    body = fixture_bytes("nbac_player_boxscore/raw_2ad17718.json")
    server.add(f"{STATS}/stats/leaguegamelog", body)
    report = scrape("nbac_player_boxscore", date(2025, 3, 15), date(2025, 5, 4))
    asked = {s.query["DateFrom"]: s.query["SeasonType"] for s in server.requests("stats.nba.com")}
    assert asked == {"2025-03-15": "Regular Season", "2025-04-16": "PlayIn", "2025-05-04": "Playoffs"}
    assert all(s.query["Season"] == "2024-25" and s.query["PlayerOrTeam"] == "P"
               for s in server.requests("stats.nba.com"))
    assert report.ok and len(stored(env, "nbac_player_boxscore")) == 3


@pytest.mark.parametrize(("scraper", "url", "fixture", "game", "expect"), [
    ("nbac_team_boxscore", f"{STATS}/stats/boxscoretraditionalv2?GameID=0022400561&StartPeriod=0&EndPeriod=10",
     "nbac_team_boxscore/raw_12f99055.json", (date(2025, 1, 15), "NYK", "PHI", "0022400561"),
     {"date": "2025-01-15", "nba_game_id": "0022400561"}),
    ("nbac_play_by_play", "https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400500.json",
     "nbac_play_by_play/raw_14ecf360.json.gz", (date(2025, 1, 6), "LAC", "MIN", "0022400500"),
     {"date": "2025-01-06", "nba_game_id": "0022400500"}),
    ("nbac_gamebook_pdf", "https://statsdmz.nba.com/pdfs/20240410/20240410_MEMCLE_book.pdf",
     "nbac_gamebook_pdf/raw_0173bcd1.pdf", (date(2024, 4, 10), "MEM", "CLE", "0022301190"),
     {"date": "2024-04-10", "game_code": "20240410-MEMCLE"}),
])
def test_per_game_scrapers_fan_out_over_the_warehouse_schedule(env, server, scrape, seed_schedule, scraper, url,
                                                               fixture, game, expect):
    seed_schedule([game])
    server.add(url, fixture_bytes(fixture))
    report = scrape(scraper, game[0])
    assert report.ok, report.failures()
    _, fields, body = only(env, scraper)
    assert body == fixture_bytes(fixture)  # PDFs too: stored exactly as received, even the damaged one
    assert {k: fields[k] for k in expect} == expect
    assert server.requests("stats.nba.com", "scheduleleaguev2") == []  # the warehouse had the games


def test_without_warehouse_rows_the_season_schedule_is_scraped_and_read(env, server, scrape):
    server.add(f"{STATS}/stats/scheduleleaguev2?Season=2024-25", fixture_bytes(SCHEDULE))
    pbp = fixture_bytes("nbac_play_by_play/raw_14ecf360.json.gz")
    server.add("https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_\\d+\\.json", pbp, regex=True)
    report = scrape("nbac_play_by_play", date(2025, 1, 6))
    ids = sorted(f["nba_game_id"] for _, f, _ in stored(env, "nbac_play_by_play"))
    days = json.loads(fixture_bytes(SCHEDULE))["leagueSchedule"]["gameDates"]
    expected = sorted(g["gameId"] for d in days for g in d["games"] if g["gameDateEst"].startswith("2025-01-06"))
    assert "0022400500" in ids and ids == expected
    assert len(stored(env, "nbac_schedule_api")) == 1
    assert report.scrapers["nbac_schedule_api"].files == 1 and report.ok


def test_injury_report_403_means_not_published_yet(env, server, scrape, seed_schedule):
    seed_schedule([(date(2024, 1, 4), "BOS", "MIL", "0022300500")])
    pdf = fixture_bytes("nbac_injury_report/raw_f4391904.pdf")
    server.add("https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-01-04_12PM.pdf", pdf)
    server.add("https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-01-04_05PM.pdf",
               Reply(403, b"<Error>AccessDenied</Error>"))
    report = scrape("nbac_injury_report", date(2024, 1, 4))
    _, fields, body = only(env, "nbac_injury_report")
    assert fields["hour24"] == "12" and body == pdf
    assert sorted(r["status"] for r in log_rows(env)) == ["no_data", "success"]
    assert report.ok and len(server.requests("ak-static.cms.nba.com")) == 2  # 403 is not retried


def test_bdl_pages_follow_next_cursor_one_object_per_page(env, server, scrape):
    first = fixture_bytes("bdl_active_players/raw_ac3e7bd3.json")
    last = json.dumps({"data": json.loads(first)["data"][:3], "meta": {"per_page": 100}}).encode()
    server.add("https://api.balldontlie.io/v1/players/active?per_page=100", first)
    server.add("https://api.balldontlie.io/v1/players/active?per_page=100&cursor=277", last)  # later wins
    report = scrape("bdl_active_players", date(2025, 1, 15))
    pages = sorted((f["page"], b) for _, f, b in stored(env, "bdl_active_players"))
    assert pages == [("001", first), ("002", last)]
    assert [json.loads(r["parameters"]).get("cursor") for r in log_rows(env)] == [None, 277]
    assert report.ok


def test_bdl_injuries_stop_at_an_empty_page(env, server, scrape):
    first = fixture_bytes("bdl_injuries/raw_49fd60fb.json")
    server.add("https://api.balldontlie.io/v1/player_injuries", first)
    server.add("https://api.balldontlie.io/v1/player_injuries?cursor=4082934", b'{"data":[],"meta":{}}')
    scrape("bdl_injuries", date(2025, 1, 15))
    assert [f["page"] for _, f, _ in stored(env, "bdl_injuries")] == ["001"]
    assert [r["status"] for r in log_rows(env)] == ["success", "no_data"]


def test_odds_events_then_game_lines_per_event_with_teams_and_snap(env, server, scrape, seed_schedule):
    seed_schedule([(date(2024, 1, 24), "ATL", "GSW", "0022300620")])
    events = json.loads(fixture_bytes("oddsa_events_his/raw_4c3bc8f6.json"))
    server.add("https://api.the-odds-api.com/v4/sports/basketball_nba/events",
               json.dumps(events["data"]).encode())  # the live endpoint answers the bare list
    lines = json.loads(fixture_bytes("oddsa_game_lines_his/raw_b722994c.json"))["data"]
    server.add("https://api.the-odds-api.com/v4/sports/basketball_nba/events/\\w+/odds", json.dumps(lines).encode(),
               regex=True)
    report = scrape("oddsa_game_lines", date(2024, 1, 24))
    assert report.ok, report.failures()
    ev = server.requests("api.the-odds-api.com")[0]
    assert ev.query["commenceTimeFrom"] == "2024-01-24T05:00:00Z"
    assert ev.query["commenceTimeTo"] == "2024-01-25T04:59:59Z"
    assert ev.query["apiKey"] == KEYS["ODDS_API_KEY"]
    objects = stored(env, "oddsa_game_lines")
    assert sorted(f["teams"] for _, f, _ in objects) == ["ATLGSW", "OKCSAS", "PHXDAL"]  # the ET day's 3 games
    odds_seen = server.requests("api.the-odds-api.com", "/odds")
    assert {s.query["markets"] for s in odds_seen} == {"spreads,totals"}
    assert all(f["snap"].isdigit() and len(f["snap"]) == 4 for _, f, _ in objects)


def test_historical_odds_use_a_five_minute_snapshot_an_hour_before_tip(env, server, scrape, seed_schedule):
    seed_schedule([(date(2024, 1, 24), "ATL", "GSW", "0022300620")])
    server.add("https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events",
               fixture_bytes("oddsa_events_his/raw_4c3bc8f6.json"))
    lines = fixture_bytes("oddsa_player_props_his/raw_815b3ee3.json")
    server.add("https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/\\w+/odds", lines,
               regex=True)
    report = scrape(["oddsa_player_props_his"], date(2024, 1, 24))
    assert report.ok, report.failures()
    [ev] = server.requests("api.the-odds-api.com", "/events")[:1]
    assert ev.query["date"] == "2024-01-24T17:00:00Z"  # noon ET
    gsw = [f for _, f, _ in stored(env, "oddsa_player_props_his") if f["teams"] == "ATLGSW"]
    assert gsw == [{**gsw[0], "event_id": "cd0bc7d0c238f4446ce1c03d0cea7ec4", "snap": "0220"}]
    odds = [s for s in server.requests("api.the-odds-api.com", "/odds") if "cd0bc7" in s.path]
    assert odds[0].query["date"] == "2024-01-25T02:20:00Z"
    assert odds[0].query["markets"] == "player_points,player_rebounds,player_assists,player_threes"


def test_espn_box_scores_fan_out_from_the_stored_scoreboard(env, server, scrape):
    server.add("https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard",
               fixture_bytes("espn_scoreboard_api/raw_92de7c9a.json"))
    html = fixture_bytes("espn_game_boxscore/raw_6f34c64b.html.gz")
    server.add("https://www.espn.com/nba/boxscore/_/gameId/\\d+", html, regex=True)
    report = scrape("espn_game_boxscore", date(2024, 1, 15))
    assert report.ok
    ids = sorted(f["espn_game_id"] for _, f, _ in stored(env, "espn_game_boxscore"))
    assert ids == [str(i) for i in range(401585183, 401585194)]
    assert report.scrapers["espn_scoreboard"].files == 1


def test_espn_rosters_are_filed_under_nba_tricodes(env, server, scrape):
    server.add("https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/\\d+",
               fixture_bytes("espn_roster_api/raw_2.json"), regex=True)
    scrape("espn_roster", date(2025, 1, 15))
    teams = {f["team"] for _, f, _ in stored(env, "espn_roster")}
    assert len(teams) == 30 and {"GSW", "NOP", "UTA", "WAS"} <= teams
    seen = {s.path for s in server.requests("site.api.espn.com")}
    assert "/apis/site/v2/sports/basketball/nba/teams/9" in seen  # Golden State's ESPN id


def test_bettingpros_offers_for_all_events_of_the_date_by_page(env, server, scrape, seed_schedule):
    seed_schedule([(date(2021, 10, 21), "DAL", "ATL", "0022100020")])
    events = fixture_bytes("bp_events/raw_75470647.json")
    server.add("https://api.bettingpros.com/v3/events?sport=NBA&date=2021-10-21", events)
    ids = ":".join(str(e["id"]) for e in json.loads(events)["events"])
    page = {"offers": [{"offer_id": "o1", "event_id": 20879}], "_pagination": {"total_pages": 2}}
    server.add("https://api.bettingpros.com/v3/offers?page=2", json.dumps(page).encode())
    server.add("https://api.bettingpros.com/v3/offers?page=1", json.dumps(page).encode())
    report = scrape("bp_player_props", date(2021, 10, 21))
    assert report.ok, report.failures()
    offers = server.requests("api.bettingpros.com", "/offers")
    assert [s.query["page"] for s in offers] == ["1", "2"]
    assert offers[0].query["event_id"] == ids and offers[0].query["market_id"] == "156"
    assert offers[0].headers["x-api-key"] == KEYS["BETTINGPROS_API_KEY"]
    assert sorted((f["market"], f["page"]) for _, f, _ in stored(env, "bp_player_props")) == [
        ("points", "001"), ("points", "002")]


def test_bigdataball_csv_is_stored_under_its_original_file_name(env, server, scrape, seed_schedule):
    seed_schedule([(date(2025, 6, 22), "IND", "OKC", "0042400407")])
    name = "[2025-06-22]-0042400407-IND@OKC.csv"
    listing = {"files": [{"id": "1AbC", "name": name, "modifiedTime": "2025-06-23T05:00:00Z"}]}
    server.add("https://www.googleapis.com/drive/v3/files", json.dumps(listing).encode())
    csv = fixture_bytes("bigdataball_pbp/raw_746cfbef.csv")
    server.add("https://www.googleapis.com/drive/v3/files/1AbC?alt=media", csv)
    report = scrape("bigdataball_pbp", date(2025, 6, 22))
    assert report.ok, report.failures()
    path, _fields, body = only(env, "bigdataball_pbp")
    assert path == f"big-data-ball/2024-25/2025-06-22/game_0042400407/{name}" and body == csv
    [listing_request] = server.requests("www.googleapis.com", "/drive/v3/files")[:1]
    assert listing_request.query["q"] == "name contains '[2025-06-22]'"
    assert listing_request.headers["authorization"] == f"Bearer {KEYS['BIGDATABALL_ACCESS_TOKEN']}"


def test_basketball_reference_rosters_per_team_and_season(env, server, scrape):
    html = (b'<html><table id="roster"><tr><th data-stat="player">Player</th></tr>'
            b'<tr><td data-stat="player"><a>Jayson Tatum</a></td></tr></table></html>')
    server.add("https://www.basketball-reference.com/teams/[A-Z]+/2025\\.html", html, regex=True)
    report = scrape("br_season_roster", date(2025, 1, 15))
    teams = {f["team"] for _, f, _ in stored(env, "br_season_roster")}
    assert report.ok and len(teams) == 30 and {"BRK", "PHO", "CHO"} <= teams


def test_gzip_fixture_bodies_are_stored_decompressed():
    raw = fixture_bytes("nbac_play_by_play/raw_14ecf360.json.gz")
    assert raw.startswith(b"{") and gzip.compress(raw)  # the store holds what the server sent
