"""upcoming_team_game_context on hand-built raw rows whose answers can be checked by eye.

Boston's October 2024: a win at New York (10-22), a home win (10-25), a home loss (10-26), a game at
New York postponed (10-28), then at the Lakers (10-29, the Lakers' first game of the season) and at the
Clippers the next night. The shared helpers at the top also serve the player-context tests.
"""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa
import pytest
import sqlglot
from sqlglot.errors import ErrorLevel

from nbaprops.analytics.upcoming_team_game_context import PROCESSOR, TABLE
from nbaprops.ids import TEAMS_BY_TRICODE, game_id, season_year
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_injury_report import TABLE as INJURIES
from nbaprops.raw.nbac_schedule import TABLE as SCHEDULE
from nbaprops.raw.odds_api_game_lines import TABLE as GAME_LINES
from nbaprops.storage.schema import Table

QUIET = RunOptions(skip_downstream_trigger=True)
_FILLER: dict[str, Any] = {
    "STRING": "x", "INT64": 0, "FLOAT64": 0.0, "BOOL": False, "DATE": date(2000, 1, 1),
    "TIMESTAMP": datetime(2000, 1, 1, tzinfo=UTC), "JSON": "[]",
}


# --- helpers shared with test_upcoming_player_game_context ------------------------------------------
def load(env: Environment, table: Table, rows: list[dict[str, Any]]) -> None:
    """Append ``rows`` through the table's declaration; required columns left out get a filler value."""
    full = [{c.name: _FILLER[c.type] if row.get(c.name) is None and c.required else row.get(c.name)
             for c in table.content_columns} for row in rows]
    env.warehouse.replace_scope(table, table.key[0], [], pa.Table.from_pylist(full, schema=table.arrow_schema()))


def utc(text: str) -> datetime:
    """``"2024-10-29 17:00"`` as a UTC moment."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def schedule_row(day: date, away: str, home: str, *, status: int = 3, away_pts: int | None = None,
                 home_pts: int | None = None, tip: datetime | None = None, postponed: bool = False) -> dict[str, Any]:
    """One nbac_schedule row with the columns the context processors read."""
    year = season_year(day)
    return {
        "game_id": game_id(day, away, home), "nba_game_id": f"00224{day:%m%d}{away[:1]}", "season_year": year,
        "season": f"{year}-{(year + 1) % 100:02d}", "game_type": "Regular Season", "game_date": day,
        "game_datetime_utc": tip, "game_status": status, "postponed_status": "Y" if postponed else "N",
        "home_team_tricode": home, "away_team_tricode": away, "home_team_score": home_pts,
        "away_team_score": away_pts, "is_neutral": False, "is_regular_season": True,
    }


def line_rows(gid: str, day: date, home: str, away: str, book: str, at: str, home_spread: float,
              total: float) -> list[dict[str, Any]]:
    """One book's snapshot of a game: both spread sides, Over/Under and a moneyline."""
    common = {"game_id": gid, "game_date": day, "home_team_abbr": home, "away_team_abbr": away,
              "bookmaker_key": book, "snapshot_timestamp": utc(at), "source_file_path": f"{gid}/{book}/{at}"}
    return [
        {**common, "market_key": "spreads", "outcome_name": home, "outcome_team_abbr": home,
         "outcome_point": home_spread},
        {**common, "market_key": "spreads", "outcome_name": away, "outcome_team_abbr": away,
         "outcome_point": -home_spread},
        {**common, "market_key": "totals", "outcome_name": "Over", "outcome_point": total},
        {**common, "market_key": "totals", "outcome_name": "Under", "outcome_point": total},
        {**common, "market_key": "h2h", "outcome_name": home, "outcome_team_abbr": home},
    ]


def injury_row(gid: str, day: date, team: str, player: str, status: str, at: str) -> dict[str, Any]:
    return {"game_id": gid, "game_date": day, "report_date": day, "report_time": utc(at), "team_abbr": team,
            "player_lookup": player, "injury_status": status, "reason": f"{status} reason",
            "source_file_path": f"report/{at}"}


def great_circle_miles(a: str, b: str) -> float:
    """Haversine between two arenas, written independently of the SQL."""
    ta, tb = TEAMS_BY_TRICODE[a], TEAMS_BY_TRICODE[b]
    p1, p2 = math.radians(ta.latitude), math.radians(tb.latitude)
    dp, dl = p2 - p1, math.radians(tb.longitude - ta.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 3958.8 * math.asin(math.sqrt(h))


# --- the October scenario -----------------------------------------------------------------------------
D29, D30 = date(2024, 10, 29), date(2024, 10, 30)
BOS_LAL, BOS_LAC, DEN_LAL = game_id(D29, "BOS", "LAL"), game_id(D30, "BOS", "LAC"), game_id(D30, "DEN", "LAL")


def load_october(env: Environment) -> None:
    """The schedule, Boston-Lakers lines (one after tip-off) and three injury reports (one after tip-off)."""
    load(env, SCHEDULE, [
        schedule_row(date(2024, 4, 12), "BOS", "LAL", away_pts=120, home_pts=100),  # season 2023
        schedule_row(date(2024, 10, 22), "BOS", "NYK", away_pts=105, home_pts=99),
        schedule_row(date(2024, 10, 25), "NYK", "BOS", away_pts=100, home_pts=110),
        schedule_row(date(2024, 10, 26), "PHI", "BOS", away_pts=100, home_pts=95),
        schedule_row(date(2024, 10, 28), "BOS", "NYK", status=1, postponed=True),
        schedule_row(D29, "BOS", "LAL", status=1, tip=utc("2024-10-30 02:30")),
        schedule_row(D30, "BOS", "LAC", status=1, tip=utc("2024-10-31 02:30")),
        schedule_row(D30, "DEN", "LAL", status=1),  # no tip-off time in the schedule
    ])
    load(env, GAME_LINES, [
        *line_rows(BOS_LAL, D29, "LAL", "BOS", "draftkings", "2024-10-29 16:00", -3.5, 225.5),
        *line_rows(BOS_LAL, D29, "LAL", "BOS", "draftkings", "2024-10-30 01:00", -4.5, 226.5),
        *line_rows(BOS_LAL, D29, "LAL", "BOS", "fanduel", "2024-10-29 16:00", -2.5, 224.5),
        *line_rows(BOS_LAL, D29, "LAL", "BOS", "fanduel", "2024-10-30 01:00", -3.5, 227.5),
        *line_rows(BOS_LAL, D29, "LAL", "BOS", "betmgm", "2024-10-29 22:00", -5.5, 228.5),
        *line_rows(BOS_LAL, D29, "LAL", "BOS", "draftkings", "2024-10-30 03:00", -10.5, 240.5),  # after tip
    ])
    load(env, INJURIES, [
        injury_row(BOS_LAL, D29, "BOS", "playera", "out", "2024-10-29 17:00"),
        injury_row(BOS_LAL, D29, "BOS", "playerb", "questionable", "2024-10-29 17:00"),
        injury_row(BOS_LAL, D29, "BOS", "playerc", "doubtful", "2024-10-29 17:00"),
        injury_row(BOS_LAL, D29, "LAL", "playerd", "out", "2024-10-29 17:00"),
        injury_row(BOS_LAL, D29, "BOS", "playerb", "out", "2024-10-29 22:00"),
        injury_row(BOS_LAL, D29, "LAL", "playerd", "available", "2024-10-29 22:00"),
        injury_row(BOS_LAL, D29, "BOS", "playerc", "out", "2024-10-30 03:00"),  # after tip
        injury_row(BOS_LAL, D29, "LAL", "playere", "out", "2024-10-30 03:00"),  # after tip
    ])


@pytest.fixture
def october(env: Environment) -> dict[tuple[str, str], dict[str, Any]]:
    load_october(env)
    report = run_processor(env, PROCESSOR, D29, D30, options=QUIET)
    assert report.dates("success") == [D29, D30], report.outcomes
    rows = env.warehouse.query(f"SELECT * FROM {TABLE.full_name}")
    assert len(rows) == 6  # two rows per game, postponed or not
    return {(r["game_id"], r["team_abbr"]): r for r in rows}


def test_rest_back_to_back_and_schedule_density(october):
    bos = october[(BOS_LAL, "BOS")]
    assert bos["previous_game_date"] == date(2024, 10, 26)  # the postponed 10-28 game never happened
    assert (bos["days_rest"], bos["is_back_to_back"]) == (2, False)
    assert (bos["games_in_last_7_days"], bos["games_in_last_14_days"]) == (3, 3)  # 10-22 is D-7: inside
    assert bos["game_number_in_season"] == 4
    nxt = october[(BOS_LAC, "BOS")]
    assert (nxt["days_rest"], nxt["is_back_to_back"], nxt["game_number_in_season"]) == (0, True, 5)
    assert nxt["games_in_last_7_days"] == 3  # 10-25, 10-26, 10-29; 10-22 is now D-8
    assert october[(DEN_LAL, "LAL")]["is_back_to_back"] is True
    assert october[(DEN_LAL, "DEN")]["is_back_to_back"] is False and october[(DEN_LAL, "DEN")]["days_rest"] is None


def test_streaks_and_last_result_come_from_final_games_only(october):
    bos = october[(BOS_LAL, "BOS")]
    assert (bos["win_streak_entering"], bos["loss_streak_entering"]) == (0, 1)
    assert (bos["last_game_result"], bos["last_game_margin"]) == ("L", -5)
    # the 10-29 game is not final yet, so the next night enters with the same record
    nxt = october[(BOS_LAC, "BOS")]
    assert (nxt["loss_streak_entering"], nxt["last_game_result"]) == (1, "L")


def test_streak_walks_back_over_consecutive_wins(env):
    load(env, SCHEDULE, [
        schedule_row(date(2024, 11, 1), "MIA", "ORL", away_pts=90, home_pts=100),
        schedule_row(date(2024, 11, 3), "ORL", "MIA", away_pts=101, home_pts=99),
        schedule_row(date(2024, 11, 5), "ORL", "ATL", away_pts=95, home_pts=120),
        schedule_row(date(2024, 11, 7), "ORL", "CHI", away_pts=110, home_pts=100),
        schedule_row(date(2024, 11, 8), "CHI", "ORL", away_pts=100, home_pts=111),
        schedule_row(date(2024, 11, 10), "NYK", "ORL", status=1),
    ])
    assert run_processor(env, PROCESSOR, date(2024, 11, 10), date(2024, 11, 10), options=QUIET).ok
    row = env.warehouse.query(f"SELECT * FROM {TABLE.full_name} WHERE team_abbr = 'ORL'")[0]
    assert (row["win_streak_entering"], row["loss_streak_entering"], row["last_game_margin"]) == (2, 0, 11)
    assert row["game_number_in_season"] == 6


def test_travel_miles_from_the_previous_games_arena(october):
    bos = october[(BOS_LAL, "BOS")]
    assert bos["previous_arena_team"] == "BOS"
    assert bos["travel_miles"] == pytest.approx(great_circle_miles("BOS", "LAL"), abs=0.1)
    assert 2550 < bos["travel_miles"] < 2650  # Boston to Los Angeles, about 2,600 miles
    assert october[(BOS_LAC, "BOS")]["travel_miles"] == pytest.approx(great_circle_miles("LAL", "LAC"), abs=0.1)
    assert october[(DEN_LAL, "LAL")]["travel_miles"] == 0.0  # home again, same arena


def test_spread_and_total_are_the_median_of_each_books_last_line_before_tipoff(october):
    bos, lal = october[(BOS_LAL, "BOS")], october[(BOS_LAL, "LAL")]
    # closing per book: DK 4.5 (the 10.5 after tip-off is ignored), FD 3.5, MGM 5.5; opening 3.5 / 2.5 / 5.5
    assert (bos["spread"], bos["opening_spread"], bos["spread_movement"]) == (4.5, 3.5, 1.0)
    assert (lal["spread"], lal["opening_spread"], lal["spread_movement"]) == (-4.5, -3.5, -1.0)
    assert (bos["total"], bos["opening_total"], bos["total_movement"]) == (227.5, 225.5, 2.0)
    assert bos["game_lines_books_count"] == 3
    assert bos["game_lines_as_of"] == utc("2024-10-30 01:00")
    other = october[(BOS_LAC, "BOS")]
    assert other["spread"] is None and {"no_spread", "no_total"} <= set(json.loads(other["quality_issues"]))


def test_injury_counts_use_each_players_latest_report_before_tipoff(october):
    bos, lal = october[(BOS_LAL, "BOS")], october[(BOS_LAL, "LAL")]
    # a: out; b: questionable -> out; c: doubtful (its 'out' came after tip-off)
    assert (bos["players_out_count"], bos["questionable_count"]) == (2, 1)
    # d: out -> available; e is only on the report published after tip-off
    assert (lal["players_out_count"], lal["questionable_count"]) == (0, 0)
    assert bos["injury_report_as_of"] == utc("2024-10-29 22:00")
    den = october[(DEN_LAL, "DEN")]
    assert den["players_out_count"] is None and "no_injury_report" in json.loads(den["quality_issues"])


def test_first_game_of_a_season_carries_nothing_over(october):
    lal = october[(BOS_LAL, "LAL")]  # the Lakers played Boston in April, last season
    assert lal["previous_game_date"] is None and lal["days_rest"] is None and lal["is_back_to_back"] is False
    assert lal["travel_miles"] is None and lal["game_number_in_season"] == 1
    assert (lal["win_streak_entering"], lal["loss_streak_entering"], lal["last_game_result"]) == (0, 0, None)
    assert lal["games_in_last_14_days"] == 0
    assert "first_game_of_season" in json.loads(lal["quality_issues"])


def test_ids_quality_and_tipoff(october):
    bos = october[(BOS_LAL, "BOS")]
    assert bos["game_id"] == "20241029_BOS_LAL" and bos["nba_game_id"].startswith("00224")
    assert (bos["is_home"], bos["opponent_team_abbr"], bos["tipoff_utc"]) == (False, "LAL", utc("2024-10-30 02:30"))
    assert (bos["data_quality_tier"], bos["quality_score"], json.loads(bos["quality_issues"])) == ("gold", 100, [])
    den = october[(DEN_LAL, "DEN")]
    assert "tipoff_time_estimated" in json.loads(den["quality_issues"]) and den["data_quality_tier"] == "bronze"


def test_the_sql_transpiles_to_bigquery():
    out = sqlglot.transpile(PROCESSOR.compute.sql, read="duckdb", write="bigquery", unsupported_level=ErrorLevel.RAISE)
    assert len(out) == 1 and "DATE_DIFF" in out[0]


def test_the_row_is_the_same_whether_processed_before_or_after_the_game(env):
    """The status, like every value, is as known before tip-off: processing the date again after the game
    was played (the schedule now calls it final) gives the same rows, data_hash included."""
    load_october(env)
    assert run_processor(env, PROCESSOR, D29, D29, options=QUIET).ok
    morning = env.warehouse.query(f"SELECT team_abbr, game_status, data_hash FROM {TABLE.full_name} ORDER BY 1")
    env.warehouse.execute("UPDATE nba_raw.nbac_schedule SET game_status = 3, home_team_score = 101, "
                          "away_team_score = 99 WHERE game_date = :d", {"d": D29})
    forced = dataclasses.replace(QUIET, force=True)
    assert run_processor(env, PROCESSOR, D29, D29, options=forced).ok
    after = env.warehouse.query(f"SELECT team_abbr, game_status, data_hash FROM {TABLE.full_name} ORDER BY 1")
    assert after == morning and {r["game_status"] for r in after} == {1}
