"""The real NBA_Player_Movement.json (whole history): each season replaced from the newest snapshot."""

from __future__ import annotations

from datetime import date

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_player_movement import PROCESSOR

PATH = "nba-com/player-movement/2025-07-17/20250717_120000.json"
FIXTURE = "nbac_player_movement/raw_1ecdb80d.json.gz"
SEASON_2024 = (date(2024, 10, 1), date(2025, 6, 30))  # a league year runs July 1 - June 30
COUNT = "SELECT season_year, count(*) AS n FROM nba_raw.nbac_player_movement GROUP BY 1 ORDER BY 1"


def test_a_season_holds_the_transactions_dated_in_it(env, put):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, *SEASON_2024)
    assert report.ok
    assert env.warehouse.query(COUNT) == [{"season_year": 2024, "n": 950}]
    # the snapshot of July 17 is also the 2025-26 league year's: its July signings are filed there
    assert run_processor(env, PROCESSOR, date(2025, 7, 1), date(2025, 7, 17)).ok
    anthony = env.warehouse.query(
        "SELECT transaction_date, transaction_type, team_abbr, player_lookup, player_full_name "
        "FROM nba_raw.nbac_player_movement WHERE player_id = 1630175 ORDER BY transaction_date DESC")
    assert anthony[0] == {"transaction_date": date(2025, 7, 16), "transaction_type": "Signing", "team_abbr": "MIL",
                          "player_lookup": "coleanthony", "player_full_name": "Cole Anthony"}
    assert env.warehouse.query("SELECT season_year FROM nba_raw.nbac_player_movement WHERE player_id = 1630175 "
                               "AND transaction_date = DATE '2025-07-16'") == [{"season_year": 2025}]
    trade = env.warehouse.query(
        "SELECT transaction_description, team_abbr, is_player_transaction FROM nba_raw.nbac_player_movement "
        "WHERE group_sort = 'Trade 2024031' AND additional_sort = 1610612748 AND team_abbr = 'UTA' AND player_id = 0")
    assert trade == [{"transaction_description": "Utah Jazz received draft consideration from Miami Heat.",
                      "team_abbr": "UTA", "is_player_transaction": False}]


def test_the_newest_snapshot_loads_every_season_of_a_backfill(env, put):
    put(FIXTURE, PATH)
    assert run_processor(env, PROCESSOR, date(2015, 7, 1), date(2025, 7, 17)).ok
    total = env.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_player_movement")
    assert total == [{"n": 8730}]
    first = env.warehouse.query("SELECT min(transaction_date) AS d FROM nba_raw.nbac_player_movement")
    assert first == [{"d": date(2015, 7, 1)}]


def test_an_older_snapshot_cannot_load_a_later_season(env, put):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, date(2026, 10, 1), date(2026, 10, 1))
    assert not report.ok
    assert "needs a source object" in next(iter(report.outcomes.values())).errors[0]


def test_a_rerun_changes_nothing(env, put):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, *SEASON_2024)
    snapshot = "SELECT group_sort, player_id, team_id, data_hash, processed_at FROM nba_raw.nbac_player_movement"
    before = sorted(env.warehouse.query(snapshot), key=str)
    again = run_processor(env, PROCESSOR, *SEASON_2024)
    assert [o.status for o in again.outcomes.values()] == ["skipped"]
    assert sorted(env.warehouse.query(snapshot), key=str) == before


def test_a_truncated_body_is_quarantined_and_nothing_is_written(env, fixture):
    env.store.write(PATH, fixture(FIXTURE)[:50000])
    report = run_processor(env, PROCESSOR, *SEASON_2024)
    assert not report.ok
    assert env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert env.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_player_movement") == [{"n": 0}]
