"""The real 2025-26 playerindex: one row per player in the snapshot of its fetch date."""

from __future__ import annotations

from datetime import date

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_player_list_current import PROCESSOR

DAY = date(2025, 10, 20)
PATH = "nba-com/player-list/2025-10-20/20251020_140000.json"
FIXTURE = "nbac_player_list/raw_7af00b51.json"


def test_every_player_of_the_index_is_a_row_of_the_snapshot_date(env, put):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 594
    adams = env.warehouse.query("SELECT * FROM nba_raw.nbac_player_list_current WHERE player_id = 203500")[0]
    assert (adams["player_full_name"], adams["player_lookup"]) == ("Steven Adams", "stevenadams")
    assert adams["team_abbr"] == "HOU"
    assert (adams["snapshot_date"], adams["season"], adams["season_year"]) == (DAY, "2025-26", 2025)
    assert (adams["weight"], adams["height"], adams["draft_pick"], adams["is_active"]) == (265, "6-11", 12, True)


def test_snapshots_of_two_dates_are_both_kept(env, put):
    put(FIXTURE, PATH)
    put(FIXTURE, "nba-com/player-list/2025-10-21/20251021_140000.json")
    assert run_processor(env, PROCESSOR, DAY, date(2025, 10, 21)).ok
    counts = env.warehouse.query(
        "SELECT snapshot_date, count(*) AS n FROM nba_raw.nbac_player_list_current GROUP BY 1 ORDER BY 1")
    assert [c["n"] for c in counts] == [594, 594]


def test_a_rerun_changes_nothing(env, put):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    snapshot = "SELECT player_id, data_hash, processed_at FROM nba_raw.nbac_player_list_current ORDER BY 1"
    before = env.warehouse.query(snapshot)
    assert run_processor(env, PROCESSOR, DAY, DAY).outcomes[DAY].status == "skipped"
    assert env.warehouse.query(snapshot) == before


def test_a_truncated_body_is_quarantined_and_nothing_is_written(env, fixture):
    env.store.write(PATH, fixture(FIXTURE)[:5000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert env.warehouse.query("SELECT count(*) AS n FROM nba_raw.nbac_player_list_current") == [{"n": 0}]
