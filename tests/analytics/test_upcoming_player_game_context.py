"""upcoming_player_game_context: formulas on hand-built rows, and range = union of single dates on a
few simulated weeks.

The hand-built scenario is Boston's October 2024 (games on 10-22, 10-25, 10-26, 10-29, then at the
Clippers on 10-30), with one game last April that must not count. Shared row helpers live in the team
context's test module.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
import sqlglot
from sqlglot.errors import ErrorLevel

from nbaprops.analytics.upcoming_player_game_context import PROCESSOR, TABLE
from nbaprops.analytics.upcoming_team_game_context import PROCESSOR as TEAM_PROCESSOR
from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.ids import game_id
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw import nbac_injury_report, nbac_player_boxscores, nbac_team_boxscore, odds_api_game_lines
from nbaprops.raw.br_rosters_current import TABLE as BR_ROSTERS
from nbaprops.raw.espn_team_rosters import TABLE as ESPN_ROSTERS
from nbaprops.raw.nbac_injury_report import TABLE as INJURIES
from nbaprops.raw.nbac_player_boxscores import TABLE as PLAYER_BOX
from nbaprops.raw.nbac_schedule import TABLE as SCHEDULE
from nbaprops.raw.nbac_team_boxscore import TABLE as TEAM_BOX
from nbaprops.raw.odds_api_player_points_props import TABLE as PROPS
from nbaprops.simulator import League, SimulatorTransport
from nbaprops.simulator.books import event_id
from nbaprops.storage.layout import LAYOUT
from tests.analytics.test_upcoming_team_game_context import QUIET, injury_row, load, schedule_row, utc

D30 = date(2024, 10, 30)
TARGET = game_id(D30, "BOS", "LAC")
OPENER = game_id(date(2024, 10, 22), "BOS", "NYK")
# (day, away, home, away_pts, home_pts): finals before the target
FINALS = [
    (date(2024, 4, 12), "BOS", "LAL", 120, 100),  # season 2023
    (date(2024, 10, 22), "BOS", "NYK", 105, 99),
    (date(2024, 10, 25), "NYK", "BOS", 100, 110),
    (date(2024, 10, 26), "PHI", "BOS", 100, 95),
    (date(2024, 10, 27), "LAC", "PHI", 101, 97),
    (date(2024, 10, 29), "BOS", "LAL", 112, 108),
]
# player -> [(day, team, points, minutes, fga, fta, tov)]
LINES = {
    "jaysontatum": [(date(2024, 4, 12), "BOS", 40, 40.0, 25, 10, 2), (date(2024, 10, 22), "BOS", 30, 36.0, 20, 5, 3),
                    (date(2024, 10, 25), "BOS", 20, 34.0, 18, 4, 2), (date(2024, 10, 26), "BOS", 25, 35.0, 19, 6, 4),
                    (date(2024, 10, 29), "BOS", 28, 38.0, 21, 8, 3)],
    "jaylenbrown": [(date(2024, 10, 22), "BOS", 20, 30.0, 15, 4, 2), (date(2024, 10, 25), "BOS", 22, 32.0, 16, 3, 1),
                    (date(2024, 10, 26), "BOS", 18, 33.0, 14, 2, 2)],
    "derrickwhite": [(date(2024, 10, 22), "BOS", 10, 25.0, 8, 2, 1), (date(2024, 10, 26), "BOS", 12, 28.0, 9, 2, 1)],
    "juliusrandle": [(date(2024, 10, 22), "NYK", 18, 33.0, 14, 6, 3), (date(2024, 10, 25), "NYK", 21, 34.0, 15, 5, 2),
                     (date(2024, 10, 27), "PHI", 15, 30.0, 12, 3, 2)],  # traded to Philadelphia
    "jamesharden": [(date(2024, 10, 27), "LAC", 22, 36.0, 17, 9, 5)],
}
TEAM_LINE = {"fg_attempted": 90, "ft_attempted": 20, "turnovers": 14, "offensive_rebounds": 10,
             "minutes_decimal": 240.0}
LAC_LINE = {"fg_attempted": 85, "ft_attempted": 25, "turnovers": 12, "offensive_rebounds": 11,
            "minutes_decimal": 240.0}


def usage(fga: int, fta: int, tov: int, minutes: float, team: dict[str, Any]) -> float:
    """player_game_summary's usage rate, written out again for the check."""
    team_poss = team["fg_attempted"] + 0.44 * team["ft_attempted"] + team["turnovers"]
    return round(100 * ((fga + 0.44 * fta + tov) * (team["minutes_decimal"] / 5)) / (minutes * team_poss), 2)


def prop(gid: str, day: date, player: str, book: str, at: str, line: float) -> dict[str, Any]:
    return {"game_id": gid, "game_date": day, "player_lookup": player, "bookmaker": book, "points_line": line,
            "snapshot_timestamp": utc(at), "source_file_path": f"{gid}/{book}/{at}"}


def load_scenario(env: Environment) -> None:
    sched = [schedule_row(d, a, h, away_pts=ap, home_pts=hp) for d, a, h, ap, hp in FINALS]
    sched.append(schedule_row(D30, "BOS", "LAC", status=1, tip=utc("2024-10-31 02:30")))
    load(env, SCHEDULE, sched)
    box, teams = [], {}
    for player, games in LINES.items():
        for day, team, pts, mins, fga, fta, tov in games:
            final = next(f for f in FINALS if f[0] == day and team in f[1:3])
            gid = game_id(day, final[1], final[2])
            box.append({"game_id": gid, "game_date": day, "team_abbr": team, "player_lookup": player,
                        "player_full_name": player.title(), "minutes": mins, "points": pts,
                        "field_goals_attempted": fga, "free_throws_attempted": fta, "turnovers": tov,
                        "source_file_path": f"box/{day}"})
            teams[(gid, team)] = {"game_id": gid, "game_date": day, "team_abbr": team,
                                  **(LAC_LINE if team == "LAC" else TEAM_LINE), "source_file_path": f"team/{gid}"}
    load(env, PLAYER_BOX, box)
    load(env, TEAM_BOX, list(teams.values()))
    load(env, PROPS, [
        prop(TARGET, D30, "jaysontatum", "draftkings", "2024-10-30 15:00", 24.5),
        prop(TARGET, D30, "jaysontatum", "draftkings", "2024-10-31 01:00", 26.5),
        prop(TARGET, D30, "jaysontatum", "fanduel", "2024-10-30 15:00", 25.5),
        prop(TARGET, D30, "jaysontatum", "fanduel", "2024-10-31 01:00", 25.5),
        prop(TARGET, D30, "jaysontatum", "draftkings", "2024-10-31 03:00", 30.5),  # after tip-off
        prop(TARGET, D30, "rookieone", "draftkings", "2024-10-30 15:00", 8.5),
        prop(OPENER, date(2024, 10, 22), "jaysontatum", "draftkings", "2024-10-22 20:00", 27.5),
    ])
    load(env, INJURIES, [
        injury_row(TARGET, D30, "BOS", "jaylenbrown", "out", "2024-10-30 20:00"),
        injury_row(TARGET, D30, "BOS", "derrickwhite", "questionable", "2024-10-30 20:00"),
        injury_row(TARGET, D30, "LAC", "jamesharden", "out", "2024-10-30 20:00"),
        injury_row(TARGET, D30, "BOS", "jaysontatum", "out", "2024-10-31 03:00"),  # after tip-off
    ])
    load(env, BR_ROSTERS, [
        {"season_year": 2024, "team_abbr": "BOS", "team_abbrev": "BOS", "player_lookup": "jaysontatum",
         "player_full_name": "Jayson Tatum", "birth_date": date(1998, 3, 3), "scraped_at": utc("2024-10-01 00:00")},
        {"season_year": 2024, "team_abbr": "BOS", "team_abbrev": "BOS", "player_lookup": "jaylenbrown",
         "player_full_name": "Jaylen Brown", "birth_date": date(1996, 10, 31), "scraped_at": utc("2024-10-01 00:00")},
    ])
    load(env, ESPN_ROSTERS, [
        {"roster_date": D30, "scrape_timestamp": utc("2024-10-30 12:00"), "season_year": 2024, "team_abbr": "LAC",
         "espn_player_id": 1, "player_lookup": "rookieone", "player_full_name": "Rookie One", "age": 19},
        {"roster_date": D30, "scrape_timestamp": utc("2024-10-30 12:00"), "season_year": 2024, "team_abbr": "BOS",
         "espn_player_id": 2, "player_lookup": "derrickwhite", "player_full_name": "Derrick White", "age": 30},
    ])


@pytest.fixture
def rows(env: Environment) -> dict[tuple[str, str], dict[str, Any]]:
    load_scenario(env)
    report = run_processor(env, PROCESSOR, date(2024, 10, 22), D30, options=QUIET)
    assert report.ok and report.dates("success"), report.outcomes
    return {(r["game_id"], r["player_lookup"]): r for r in env.warehouse.query(f"SELECT * FROM {TABLE.full_name}")}


def test_expected_players_are_the_latest_team_plus_prop_lines(rows):
    target = {p: r for (g, p), r in rows.items() if g == TARGET}
    # Randle last played for Philadelphia (traded), so he is not a Knick or a Celtic on 10-30
    assert set(target) == {"jaysontatum", "jaylenbrown", "derrickwhite", "jamesharden", "rookieone"}
    assert {p for p, r in target.items() if r["has_prop_line"]} == {"jaysontatum", "rookieone"}
    rookie = target["rookieone"]
    assert (rookie["team_abbr"], rookie["team_source"], rookie["is_home"]) == ("LAC", "espn_team_rosters", True)
    assert target["jaysontatum"]["team_source"] == "player_box"
    assert (target["jaysontatum"]["opponent_team_abbr"], target["jaysontatum"]["is_home"]) == ("LAC", False)


def test_rest_is_the_same_definition_as_the_team_context(env, rows):
    assert run_processor(env, TEAM_PROCESSOR, D30, D30, options=QUIET).ok
    team = env.warehouse.query("SELECT days_rest, is_back_to_back FROM nba_analytics.upcoming_team_game_context "
                               "WHERE game_id = :g AND team_abbr = 'BOS'", {"g": TARGET})[0]
    tatum, brown = rows[(TARGET, "jaysontatum")], rows[(TARGET, "jaylenbrown")]
    assert (team["days_rest"], team["is_back_to_back"]) == (0, True)
    assert (tatum["days_rest"], tatum["is_back_to_back"]) == (0, True)  # played 10-29 like his team
    assert (brown["days_rest"], brown["is_back_to_back"], brown["previous_game_date"]) == (3, False, date(2024, 10, 26))


def test_load_and_scoring_windows_stay_in_the_season_and_before_the_date(rows):
    tatum = rows[(TARGET, "jaysontatum")]
    assert (tatum["games_in_last_7_days"], tatum["minutes_in_last_7_days"]) == (3, 107.0)  # 10-25, 10-26, 10-29
    assert (tatum["games_in_last_14_days"], tatum["minutes_in_last_14_days"]) == (4, 143.0)
    # April's 40 points are last season's
    assert tatum["points_avg_last_5"] == tatum["points_avg_last_10"] == tatum["points_avg_season"] == 25.75
    assert tatum["quality_sample_size"] == 4
    white = rows[(TARGET, "derrickwhite")]
    assert (white["points_avg_last_5"], white["games_in_last_7_days"]) == (11.0, 1)


def test_prop_line_consensus_and_movement_ignore_lines_after_tipoff(rows):
    tatum = rows[(TARGET, "jaysontatum")]
    # closing DK 26.5 (30.5 came after tip-off), FD 25.5; opening 24.5 / 25.5: one book each, so the tie goes
    # to the first book of the fixed order (DraftKings), a line it posted, never the median between them
    assert (tatum["current_line"], tatum["opening_line"], tatum["line_movement"]) == (26.5, 24.5, 2.0)
    assert (tatum["line_books_count"], tatum["line_as_of"]) == (2, utc("2024-10-31 01:00"))


def test_injury_status_and_teammates_out_use_reports_before_tipoff(rows):
    tatum, brown = rows[(TARGET, "jaysontatum")], rows[(TARGET, "jaylenbrown")]
    assert tatum["injury_status"] is None and tatum["teammates_out_count"] == 1  # his own 'out' came after tip
    assert (brown["injury_status"], brown["injury_reason"], brown["teammates_out_count"]) == ("out", "out reason", 0)
    assert rows[(TARGET, "derrickwhite")]["injury_status"] == "questionable"
    assert rows[(TARGET, "jamesharden")]["teammates_out_count"] == 0


def test_age_usage_and_pace(rows):
    tatum, brown, white = rows[(TARGET, "jaysontatum")], rows[(TARGET, "jaylenbrown")], rows[(TARGET, "derrickwhite")]
    assert (tatum["player_age"], brown["player_age"]) == (26, 27)  # Brown turns 28 the day after
    assert (white["player_age"], white["player_age_source"]) == (30, "espn_team_rosters")
    expected = [usage(fga, fta, tov, mins, TEAM_LINE) for d, _, _, mins, fga, fta, tov in LINES["jaysontatum"][1:]]
    assert tatum["projected_usage"] == pytest.approx(sum(expected) / len(expected), abs=0.01)
    # pace as team_offense_game_summary defines it: 48 x the mean of both teams' possessions
    # (FGA + 0.44 FTA + TOV - OREB) per 48 team minutes. Boston met 102.8-possession teams only; the
    # Clippers (97.0 possessions) met Philadelphia (102.8): (97.0 + 102.8) / 2
    assert (tatum["team_pace_last_10"], tatum["opponent_pace_last_10"]) == (102.8, 99.9)
    assert tatum["pace_differential"] == pytest.approx(2.9)
    assert rows[(TARGET, "jamesharden")]["pace_differential"] == pytest.approx(-2.9)
    assert tatum["season_phase"] == "early"


def test_the_first_game_of_a_season_has_no_carried_over_history(rows):
    opener = [r for (g, _), r in rows.items() if g == OPENER]
    # nobody has played this season yet: only the player with a line is expected, his team from the roster
    assert [r["player_lookup"] for r in opener] == ["jaysontatum"]
    tatum = opener[0]
    assert (tatum["team_abbr"], tatum["team_source"]) == ("BOS", "br_rosters_current")
    assert tatum["points_avg_last_5"] is None and tatum["points_avg_season"] is None
    assert (tatum["days_rest"], tatum["is_back_to_back"], tatum["games_in_last_14_days"]) == (None, False, 0)
    assert tatum["projected_usage"] is None and tatum["quality_sample_size"] == 0
    assert "no_season_history" in json.loads(tatum["quality_issues"]) and tatum["data_quality_tier"] != "gold"


def test_a_roster_captured_after_the_game_never_reaches_its_row(env):
    """A current snapshot serves only games after its capture: a roster scraped in December (after a trade
    to New York) must not place a player, name him or give his age for an October game."""
    load_scenario(env)
    load(env, PROPS, [prop(OPENER, date(2024, 10, 22), "tradedguy", "draftkings", "2024-10-22 20:00", 9.5)])
    load(env, BR_ROSTERS, [
        {"season_year": 2024, "team_abbr": "NYK", "team_abbrev": "NYK", "player_lookup": "tradedguy",
         "player_full_name": "Traded Guy", "birth_date": date(2000, 1, 1), "scraped_at": utc("2024-12-20 00:00")},
    ])
    assert run_processor(env, PROCESSOR, date(2024, 10, 22), date(2024, 10, 22), options=QUIET).ok
    guy = env.warehouse.query(f"SELECT * FROM {TABLE.full_name} WHERE game_id = :g AND player_lookup = 'tradedguy'",
                              {"g": OPENER})[0]
    assert guy["team_abbr"] is None and guy["team_source"] is None
    assert guy["player_age"] is None and guy["player_full_name"] is None
    assert guy["quality_score"] == 0 and guy["data_quality_tier"] == "poor"  # penalties stop at 0, never below


def test_the_sql_transpiles_to_bigquery():
    # the shared prop_lines fragment's string_agg(... ORDER BY bookmaker) is the one construct sqlglot cannot
    # carry over (its NULLS LAST ordering); everything else must transpile without loss
    sql = PROCESSOR.compute.sql.replace(" ORDER BY bookmaker)", ")")
    out = sqlglot.transpile(sql, read="duckdb", write="bigquery", unsupported_level=ErrorLevel.RAISE)
    assert len(out) == 1 and "QUALIFY" in out[0]


# --- a few simulated weeks: the range run equals the union of single-date runs ------------------------
SIM_START, SIM_END = date(2024, 10, 22), date(2024, 11, 11)  # opening night to three weeks later
SIM_AS_OF = datetime(2024, 11, 5, 12, tzinfo=UTC)  # games after this are still scheduled (status 1)
SIM_CAPTURE = datetime(2024, 11, 20, 8, tzinfo=UTC)


def _simulated_league_into(env: Environment) -> None:
    """Simulated payloads through the real raw processors; schedule and props built from the league itself.

    The schedule and Odds API prop payloads would make the simulator play the whole season (its
    postseason seeding and prop means need every result), which costs ~12 s each; the schedule rows and
    prop lines are therefore written from the league's calendar and results directly.
    """
    league = League(7, as_of=SIM_AS_OF)
    season = league.season(2024)
    client = httpx.Client(transport=SimulatorTransport(league))

    def fetch(url: str) -> bytes:
        resp = client.get(url)
        assert resp.status_code == 200, (url, resp.status_code)
        return resp.content

    games = [g for g in season.regular if g.day <= SIM_END]
    sched = []
    for g in games:
        res = season.result(g.game_id) if season.is_final(g) else None
        sched.append({**schedule_row(g.day, g.away, g.home, status=3 if res else 1, tip=g.tip,
                                     home_pts=res.home_pts if res else None, away_pts=res.away_pts if res else None),
                      "nba_game_id": g.game_id})
    load(env, SCHEDULE, sched)
    day = SIM_START
    while day <= SIM_END:
        todays = [g for g in games if g.day == day]
        query = urlencode({"Counter": 1000, "DateFrom": day.isoformat(), "DateTo": day.isoformat(), "Direction": "DESC",
                           "LeagueID": "00", "PlayerOrTeam": "P", "Season": "2024-25",
                           "SeasonType": "Regular Season", "Sorter": "DATE"}, quote_via=quote)
        env.store.write(LAYOUT["nbac_player_boxscore"].format(date=day, ts=SIM_CAPTURE),
                        fetch(f"https://stats.nba.com/stats/leaguegamelog?{query}"))
        for g in todays:
            if season.is_final(g):
                env.store.write(LAYOUT["nbac_team_boxscore"].format(date=day, nba_game_id=g.game_id, ts=SIM_CAPTURE),
                                fetch(f"https://stats.nba.com/stats/boxscoretraditionalv2?GameID={g.game_id}"))
            eid = event_id(league.seed, g.game_id)
            for lead in (timedelta(hours=1), -timedelta(minutes=30)):  # one snapshot before tip-off, one after
                snap = g.tip - lead
                snap = snap.replace(minute=snap.minute - snap.minute % 5, second=0, microsecond=0)
                url = (f"https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/{eid}/odds"
                       f"?date={snap:%Y-%m-%dT%H:%M:%SZ}&regions=us&markets=spreads,totals&oddsFormat=american&apiKey=x")
                env.store.write(LAYOUT["oddsa_game_lines_his"].format(
                    date=day, event_id=eid, teams=g.away + g.home, ts=snap, snap=f"{snap:%H%M}"), fetch(url))
        if todays and day.toordinal() % 3 == 0:  # an evening injury report every third game day
            env.store.write(LAYOUT["nbac_injury_report"].format(date=day, hour24="17", ts=datetime.combine(
                day, datetime.min.time(), UTC) + timedelta(hours=22)),
                fetch(f"https://ak-static.cms.nba.com/referee/injury/Injury-Report_{day}_05PM.pdf"))
        day += timedelta(days=1)
    for raw in (nbac_player_boxscores.PROCESSOR, nbac_team_boxscore.PROCESSOR, odds_api_game_lines.PROCESSOR,
                nbac_injury_report.PROCESSOR):
        assert run_processor(env, raw, SIM_START, SIM_END, options=QUIET).ok, raw.name
    # prop lines: three players of each team's previous game and one newcomer per game, each with a line
    # before tip-off and a moved one after it
    props = []
    for g in games:
        gid = game_id(g.day, g.away, g.home)
        players = env.warehouse.query(
            "SELECT DISTINCT player_lookup FROM nba_raw.nbac_player_boxscores WHERE team_abbr IN (:h, :a) "
            "AND game_date < :d ORDER BY player_lookup LIMIT 6", {"h": g.home, "a": g.away, "d": g.day})
        for i, p in enumerate([*(r["player_lookup"] for r in players), f"newcomer{g.home.lower()}"]):
            before, after = g.tip - timedelta(hours=2), g.tip + timedelta(minutes=10)
            props += [prop(gid, g.day, p, "draftkings", f"{before:%Y-%m-%d %H:%M}", 10.5 + i),
                      prop(gid, g.day, p, "draftkings", f"{after:%Y-%m-%d %H:%M}", 20.5 + i)]
    load(env, PROPS, props)


@pytest.fixture(scope="module")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> Environment:
    home = tmp_path_factory.mktemp("simulated")
    environment = open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                                            object_store_url=str(home / "raw")))
    _simulated_league_into(environment)
    yield environment
    environment.warehouse.close()


def _table(env: Environment, table: str, key: str) -> list[dict[str, Any]]:
    rows = env.warehouse.query(f"SELECT * FROM {table} ORDER BY {key}")
    return [{k: v for k, v in r.items() if k != "processed_at"} for r in rows]


@pytest.mark.parametrize("processor", [TEAM_PROCESSOR, PROCESSOR], ids=lambda p: p.name)
def test_a_range_run_equals_the_union_of_single_date_runs(simulated, processor):
    key = ", ".join(processor.table.key)
    report = run_processor(simulated, processor, SIM_START, SIM_END, options=QUIET)
    assert report.ok and len(report.dates("success")) >= 18, report.outcomes
    whole = _table(simulated, processor.output_table, key)
    simulated.warehouse.execute(f"DELETE FROM {processor.output_table}")
    forced = RunOptions(skip_downstream_trigger=True, force=True)
    for day in report.dates("success"):
        assert run_processor(simulated, processor, day, day, options=forced).ok, day
    assert _table(simulated, processor.output_table, key) == whole
    # the data is rich enough that the comparison means something
    assert any(r["game_date"] > SIM_AS_OF.date() for r in whole) and len(whole) > 200  # upcoming games too
    with_values = [r for r in whole if r.get("spread") is not None and r["game_date"] > SIM_START]
    assert with_values, "no spreads in the simulated range"
    if processor is PROCESSOR:
        assert any(r["points_avg_last_10"] is not None and r["teammates_out_count"] for r in whole)
        assert any(r["team_source"] != "player_box" for r in whole) and any(r["pace_differential"] for r in whole)
        # every line used is the one posted before tip-off (the moved line after tip-off is 10 points higher)
        assert all(r["current_line"] < 20 for r in whole if r["current_line"] is not None)
        assert all(r["quality_sample_size"] == 0 for r in whole if r["game_date"] == SIM_START)
