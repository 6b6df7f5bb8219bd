"""The real 2024-01-04 12 PM injury report PDF: 14 players, each report hour kept as history."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_injury_report import PROCESSOR, reason_category

DAY = date(2024, 1, 4)
PATH = "nba-com/injury-report-pdf/2024-01-04/12/20240104_173500.pdf"
LATER = "nba-com/injury-report-pdf/2024-01-04/13/20240104_183500.pdf"
FIXTURE = "nbac_injury_report/raw_f4391904.pdf"
COUNT = "SELECT count(*) AS n FROM nba_raw.nbac_injury_report"


def test_every_listed_player_is_a_row_with_game_team_status_and_reason(env, put):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 14
    duke = env.warehouse.query("SELECT * FROM nba_raw.nbac_injury_report WHERE player_lookup = 'daviddukejr'")[0]
    assert (duke["player_name_original"], duke["player_full_name"]) == ("Duke Jr., David", "David Duke Jr.")
    assert (duke["game_id"], duke["team_abbr"], duke["injury_status"]) == ("20240104_MIL_SAS", "SAS", "out")
    assert (duke["reason"], duke["reason_category"], duke["report_hour"]) == ("G League - Two-Way", "g_league", 12)
    assert duke["report_time"] == datetime(2024, 1, 4, 17, 30, tzinfo=UTC) and duke["season"] == "2023-24"
    green = env.warehouse.query(
        "SELECT game_id, team_abbr, injury_status, reason_category FROM nba_raw.nbac_injury_report "
        "WHERE player_lookup = 'draymondgreen'")
    assert green == [{"game_id": "20240104_DEN_GSW", "team_abbr": "GSW", "injury_status": "out",
                      "reason_category": "suspension"}]


def test_a_reason_wrapped_around_the_players_line_is_joined(env, put):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    rows = env.warehouse.query(
        "SELECT player_lookup, reason FROM nba_raw.nbac_injury_report "
        "WHERE player_lookup IN ('dougmcdermott', 'reggiejackson', 'garypaytonii') ORDER BY 1")
    assert rows == [
        {"player_lookup": "dougmcdermott", "reason": "Injury/Illness - Right Forearm; Contusion"},
        {"player_lookup": "garypaytonii", "reason": "Injury/Illness - Left Hamstring; Strain"},
        {"player_lookup": "reggiejackson", "reason": "Injury/Illness - Left Calf; Tightness"},
    ]
    statuses = env.warehouse.query(
        "SELECT injury_status, count(*) AS n FROM nba_raw.nbac_injury_report GROUP BY 1 ORDER BY 1")
    assert statuses == [{"injury_status": "doubtful", "n": 1}, {"injury_status": "out", "n": 10},
                        {"injury_status": "probable", "n": 1}, {"injury_status": "questionable", "n": 2}]


def test_every_report_hour_is_kept_and_a_rerun_changes_nothing(env, put):
    put(FIXTURE, PATH)
    put(FIXTURE, LATER)
    assert run_processor(env, PROCESSOR, DAY, DAY).ok
    assert env.warehouse.query(COUNT) == [{"n": 28}]
    snapshot = "SELECT source_file_path, player_lookup, data_hash, processed_at FROM nba_raw.nbac_injury_report"
    before = sorted(env.warehouse.query(snapshot), key=str)
    assert run_processor(env, PROCESSOR, DAY, DAY).outcomes[DAY].status == "skipped"
    assert sorted(env.warehouse.query(snapshot), key=str) == before


@pytest.mark.parametrize("cut", [b"\x00garbage, not a pdf", 20000])
def test_a_bad_pdf_is_quarantined_and_nothing_is_written(env, fixture, cut):
    body = cut if isinstance(cut, bytes) else fixture(FIXTURE)[:cut]
    env.store.write(PATH, body)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert env.warehouse.query(COUNT) == [{"n": 0}]


def test_reason_categories_match_whole_words():
    assert reason_category("Rest") == "rest"
    assert reason_category("Injury/Illness - Left Knee; Injury Recovery") == "injury"
    assert reason_category("Health and Safety Protocols") == "health_safety_protocol"
    assert reason_category("Personal Reasons") == "personal"
    assert reason_category("Not With Team") == "other"
