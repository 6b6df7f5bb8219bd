"""odds_api_game_lines on the real historical GSW-ATL captures (spreads/totals and h2h, 2024-01-25 03:55Z)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.odds_api_game_lines import PROCESSOR

DAY = date(2024, 1, 24)  # tip-off 2024-01-25T03:20Z is the evening of the 24th in New York
FOLDER = "odds-api/game-lines-history/2024-01-24/cd0bc7d0c238f4446ce1c03d0cea7ec4-ATLGSW"
SPREADS = f"{FOLDER}/20240125_040010-snap-0355.json"
H2H = f"{FOLDER}/20240125_040020-snap-0355.json"


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.odds_api_game_lines WHERE {where} ORDER BY source_file_path")


def test_every_book_market_and_outcome_of_both_files_is_kept(env, put):
    put("oddsa_game_lines_his/raw_b722994c.json", SPREADS)
    put("odds_api_historical_game_lines/raw_9221b91f.json", H2H)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 8 + 4


def test_rows_carry_the_system_game_id_not_the_event_hash(env, put):
    put("oddsa_game_lines_his/raw_b722994c.json", SPREADS)
    run_processor(env, PROCESSOR, DAY, DAY)
    row = _rows(env, "bookmaker_key = 'fanduel' AND market_key = 'spreads' AND outcome_name = 'Atlanta Hawks'")[0]
    assert row["game_id"] == "20240124_ATL_GSW"
    assert row["odds_api_event_id"] == "cd0bc7d0c238f4446ce1c03d0cea7ec4"
    assert (row["outcome_point"], row["outcome_price_decimal"], row["outcome_team_abbr"]) == (7.5, 1.88, "ATL")
    assert row["outcome_price_american"] == -114
    assert row["snapshot_timestamp"] == datetime(2024, 1, 25, 3, 55, 40, tzinfo=UTC)
    assert row["previous_snapshot_timestamp"] == datetime(2024, 1, 25, 3, 50, 38, tzinfo=UTC)
    assert row["minutes_before_tipoff"] == -36  # a live snapshot, 35 min after tip-off
    assert (row["data_source"], row["snapshot_tag"]) == ("historical", "snap-0355")


def test_totals_and_moneyline_values_match_the_payload(env, put):
    put("oddsa_game_lines_his/raw_b722994c.json", SPREADS)
    put("odds_api_historical_game_lines/raw_9221b91f.json", H2H)
    run_processor(env, PROCESSOR, DAY, DAY)
    total = _rows(env, "bookmaker_key = 'draftkings' AND market_key = 'totals' AND outcome_name = 'Over'")[0]
    assert (total["outcome_point"], total["outcome_price_decimal"]) == (248.5, 1.87)
    ml = _rows(env, "bookmaker_key = 'fanduel' AND market_key = 'h2h' AND outcome_team_abbr = 'ATL'")[0]
    assert (ml["outcome_price_decimal"], ml["outcome_price_american"], ml["outcome_point"]) == (3.8, 280, None)


def test_rerun_skips_and_changes_nothing(env, put):
    put("oddsa_game_lines_his/raw_b722994c.json", SPREADS)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 8


def test_a_new_snapshot_adds_rows_and_keeps_the_old_ones(env, put):
    put("oddsa_game_lines_his/raw_b722994c.json", SPREADS)
    run_processor(env, PROCESSOR, DAY, DAY)
    put("odds_api_historical_game_lines/raw_9221b91f.json", H2H)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 12


def test_garbage_is_quarantined_and_loads_nothing(env, put):
    put("oddsa_game_lines_his/raw_b722994c.json", SPREADS)
    env.store.write(H2H, b'{"timestamp":"2024-01-25T03:55:40Z","data":{"id":"cd0bc7d0c2')
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "partial"
    assert env.store.exists(f"quarantine/{H2H}") and env.store.exists(f"quarantine/{H2H}.reason.txt")
    assert {r["source_file_path"] for r in _rows(env)} == {SPREADS}


def test_a_body_for_another_event_is_refused(env, put, fixture):
    other = SPREADS.replace("cd0bc7d0c238f4446ce1c03d0cea7ec4", "0000aaaa")
    env.store.write(other, fixture("oddsa_game_lines_his/raw_b722994c.json"))
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert b"path says 0000aaaa" in env.store.read(f"quarantine/{other}.reason.txt")
