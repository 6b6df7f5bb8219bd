"""player_game_summary: real payload values, the source chosen per game, shot zones, lines and PUSH."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from nbaprops import analytics
from nbaprops.analytics.player_game_summary import PROCESSOR as PGS
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.orchestration.sql_processor import expand_includes
from nbaprops.raw.nbac_play_by_play import PROCESSOR as PBP
from nbaprops.raw.nbac_player_boxscores import PROCESSOR as BOX
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from tests.analytics.rows import box_line, put_rows
from tests.conftest import fixture_bytes

FRAGMENTS = Path(analytics.__file__).parent / "fragments"

QUIET = RunOptions(skip_downstream_trigger=True, backfill_mode=True)
GAMELOG_DAY = date(2025, 3, 15)


@pytest.fixture
def schedule(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250827_131327.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30), options=QUIET).ok
    return env


def test_the_real_game_log_gives_the_values_the_payload_implies(schedule, put):
    put("nbac_player_boxscore/raw_2ad17718.json", "nba-com/player-boxscores/2025-03-15/20250316_080000.json")
    assert run_processor(schedule, BOX, GAMELOG_DAY, GAMELOG_DAY, options=QUIET).ok
    assert run_processor(schedule, PGS, GAMELOG_DAY, GAMELOG_DAY, options=QUIET).ok
    body = json.loads(fixture_bytes("nbac_player_boxscore/raw_2ad17718.json"))
    rs = body["resultSets"][0]
    rows = [dict(zip(rs["headers"], r, strict=True)) for r in rs["rowSet"]]
    curry = next(r for r in rows if r["PLAYER_NAME"] == "Stephen Curry")
    gsw = [r for r in rows if r["TEAM_ABBREVIATION"] == "GSW"]
    out = schedule.warehouse.query(
        "SELECT * FROM nba_analytics.player_game_summary WHERE player_lookup = 'stephencurry'")[0]
    assert out["game_id"] == "20250315_NYK_GSW" and out["points"] == curry["PTS"] == 28
    assert out["efg_pct"] == pytest.approx(round((curry["FGM"] + 0.5 * curry["FG3M"]) / curry["FGA"], 3))
    assert out["ts_pct"] == pytest.approx(round(curry["PTS"] / (2 * (curry["FGA"] + 0.44 * curry["FTA"])), 3))
    t_fga, t_fta, t_tov = (sum(r[k] for r in gsw) for k in ("FGA", "FTA", "TOV"))
    t_min = sum(r["MIN"] for r in gsw)
    usage = 100 * ((curry["FGA"] + 0.44 * curry["FTA"] + curry["TOV"]) * (t_min / 5)) / (
        curry["MIN"] * (t_fga + 0.44 * t_fta + t_tov))
    assert out["usage_rate"] == pytest.approx(round(usage, 2))
    assert out["stats_source"] == "nbac_player_boxscores" and out["data_quality_tier"] == "silver"
    assert out["shot_zones_estimated"] and out["shot_zones_source"] == "estimated"
    assert out["win_flag"] is True and out["is_home"] is True
    count = schedule.warehouse.query("SELECT count(*) AS n FROM nba_analytics.player_game_summary")[0]["n"]
    assert count == len(rows) == 157


def test_shot_zones_from_the_real_play_by_play_match_the_payload(schedule, put):
    day = date(2025, 1, 6)
    put("nbac_play_by_play/raw_14ecf360.json.gz", "nba-com/play-by-play/2025-01-06/game-0022400500/20250107_0800.json"
        .replace("_0800", "_080000"))
    assert run_processor(schedule, PBP, day, day, options=QUIET).ok
    actions = json.loads(fixture_bytes("nbac_play_by_play/raw_14ecf360.json.gz"))["game"]["actions"]
    expected: dict[str, dict[str, int]] = {}
    for a in actions:
        if a.get("actionType") not in ("2pt", "3pt") or not a.get("teamTricode"):
            continue
        zone = "three" if a["actionType"] == "3pt" else ("paint" if a["shotDistance"] <= 8 else "mid_range")
        team = expected.setdefault(a["teamTricode"], {"paint": 0, "mid_range": 0, "three": 0, "made": 0})
        team[zone] += 1
        team["made"] += a["shotResult"] == "Made"
    sql = expand_includes("WITH\n-- @include shots\nx AS (SELECT 1)\n"
                          "SELECT team_abbr, zone, count(*) AS n, sum(CASE WHEN shot_made THEN 1 ELSE 0 END) AS made "
                          "FROM shots GROUP BY 1, 2", FRAGMENTS)
    got: dict[str, dict[str, int]] = {}
    for r in schedule.warehouse.query(sql):
        team = got.setdefault(r["team_abbr"], {"paint": 0, "mid_range": 0, "three": 0, "made": 0})
        team[r["zone"]] = r["n"]
        team["made"] += r["made"]
    assert got == expected


GAME = "20240105_BOS_LAL"
DAY = date(2024, 1, 5)
TIP = datetime(2024, 1, 6, 3, 30, tzinfo=UTC)


@pytest.fixture
def game(env, seed_schedule):
    seed_schedule([(DAY, "BOS", "LAL", "0022300500")])
    env.warehouse.execute("UPDATE nba_raw.nbac_schedule SET game_datetime_utc = :t, home_team_score = 110, "
                          "away_team_score = 100", {"t": TIP})
    return env


def _pgs(env, player="jaysontatum"):
    assert run_processor(env, PGS, DAY, DAY, options=QUIET).ok
    return env.warehouse.query("SELECT * FROM nba_analytics.player_game_summary WHERE player_lookup = :p",
                               {"p": player})[0]


def test_the_best_source_of_each_game_is_used_and_named(game):
    put_rows(game, "nba_raw.bdl_player_boxscores", [
        {**box_line(GAME, DAY, "jaysontatum", "BOS", 30), "bdl_player_id": 1, "minutes": 36.5}])
    row = _pgs(game)
    assert (row["stats_source"], row["points"], row["data_quality_tier"], row["quality_score"]) == (
        "bdl_player_boxscores", 30, "silver", 80)
    assert '"backup_source_used"' in row["quality_issues"]
    put_rows(game, "nba_raw.nbac_gamebook_player_stats", [
        {**box_line(GAME, DAY, "jaysontatum", "BOS", 31), "player_status": "active", "minutes_decimal": 36.25,
         "starter": True}])
    row = _pgs(game)
    assert (row["stats_source"], row["points"], row["minutes"], row["data_quality_tier"]) == (
        "nbac_gamebook", 31, 36.25, "gold")
    assert row["starter_flag"] is True and row["starter_source"] == "nbac_gamebook"
    assert row["win_flag"] is False and row["opponent_team_abbr"] == "LAL"


def _props(env, lines, prices=None):
    """Offers (book, snapshot, line); ``prices`` maps a line to its (over, under) decimal prices."""
    prices = prices or {}
    put_rows(env, "nba_raw.odds_api_player_points_props", [
        {"game_id": GAME, "game_date": DAY, "odds_api_event_id": "e1", "snapshot_timestamp": ts, "bookmaker": book,
         "player_name": "Jayson Tatum", "player_lookup": "jaysontatum", "points_line": line,
         "over_price_decimal": prices.get(line, (1.91, 1.91))[0],
         "under_price_decimal": prices.get(line, (1.91, 1.91))[1],
         "source_file_path": f"odds/{book}/{ts:%H%M}/{line}"} for book, ts, line in lines])


def test_push_over_and_under_against_the_consensus_closing_line(game):
    put_rows(game, "nba_raw.nbac_player_boxscores", [
        {**box_line(GAME, DAY, "jaysontatum", "BOS", 30), "nba_game_id": "0022300500", "minutes": 35.0}])
    _props(game, [("draftkings", datetime(2024, 1, 5, 15, tzinfo=UTC), 28.5),
                  ("draftkings", datetime(2024, 1, 6, 1, tzinfo=UTC), 30.0),
                  ("fanduel", datetime(2024, 1, 6, 2, tzinfo=UTC), 30.0),
                  # posted after tip-off: must not be used
                  ("betmgm", datetime(2024, 1, 6, 4, tzinfo=UTC), 35.5)])
    row = _pgs(game)
    # the consensus is a posted line: the one most books post; a tie goes to the first book of a fixed order
    # (draftkings opened at 28.5, fanduel at 30.0: never their median 29.25)
    assert row["points_line"] == 30.0 and row["opening_line"] == 28.5 and row["line_books_count"] == 2
    assert row["over_under_result"] == "PUSH" and row["line_margin"] == 0.0
    assert json.loads(row["points_line_by_book"]) == {  # the closing main line's prices, in American odds
        "draftkings": {"open": 28.5, "close": 30.0, "over": -110, "under": -110},
        "fanduel": {"open": 30.0, "close": 30.0, "over": -110, "under": -110}}
    assert row["line_movement"] == pytest.approx(1.5)


def test_alternate_lines_never_become_the_books_line_or_the_consensus(game):
    """One book posts ten lines at one snapshot; its main line is the one priced closest to even."""
    put_rows(game, "nba_raw.nbac_player_boxscores", [
        {**box_line(GAME, DAY, "jaysontatum", "BOS", 31), "nba_game_id": "0022300500", "minutes": 35.0}])
    at = datetime(2024, 1, 6, 1, tzinfo=UTC)
    alternates = [25.5 + i for i in range(10)]  # 25.5 .. 34.5, priced from -260 to +200
    prices = {line: (1.38 + 0.18 * i, 3.4 - 0.2 * i) for i, line in enumerate(alternates)}
    prices[29.5] = (1.91, 1.91)
    _props(game, [("draftkings", at, line) for line in alternates]
           + [("fanduel", at, 30.5), ("betmgm", at, 29.5)], prices={**prices, 30.5: (1.87, 1.95)})
    row = _pgs(game)
    assert json.loads(row["points_line_by_book"])["draftkings"] == {"open": 29.5, "close": 29.5, "over": -110,
                                                                    "under": -110}  # 1.91 in American odds
    assert row["points_line"] == 29.5 and row["over_under_result"] == "OVER"


def test_a_player_has_one_spelling_of_his_name_whichever_source_gave_the_stats(game):
    """The gamebook wins the stats, but its PDF spells the name without diacritics: NBA.com's display
    name is kept, so the same player_lookup never carries two spellings."""
    put_rows(game, "nba_raw.nbac_player_boxscores", [
        {**box_line(GAME, DAY, "nikolajokic", "LAL", 30), "player_full_name": "Nikola Jokić"}])
    put_rows(game, "nba_raw.bdl_player_boxscores", [
        {**box_line(GAME, DAY, "nikolajokic", "LAL", 30), "player_full_name": "Nikola Jokic", "bdl_player_id": 2,
         "minutes": 35.0}])
    put_rows(game, "nba_raw.nbac_gamebook_player_stats", [
        {**box_line(GAME, DAY, "nikolajokic", "LAL", 31), "player_name": "Nikola Jokic", "player_status": "active",
         "minutes_decimal": 36.0}])
    row = _pgs(game, "nikolajokic")
    assert (row["stats_source"], row["points"], row["player_full_name"]) == ("nbac_gamebook", 31, "Nikola Jokić")
