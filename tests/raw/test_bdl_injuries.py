"""bdl_injuries on the real /player_injuries page (100 summer-2025 injuries)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.bdl_injuries import PROCESSOR, return_date

DAY = date(2025, 7, 18)
PAGE = "ball-dont-lie/injuries/2025-07-18/20250718_150000-p001.json"
FIXTURE = "bdl_injuries/raw_49fd60fb.json"


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.bdl_injuries WHERE {where}")


def test_one_row_per_injured_player_with_values_from_the_page(env, put):
    put(FIXTURE, PAGE)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 100
    toppin = _rows(env, "bdl_player_id = 56677795")[0]
    assert (toppin["player_lookup"], toppin["team_abbr"], toppin["injury_status_normalized"]) == (
        "jacobtoppin", "ATL", "day_to_day")
    assert (toppin["return_date"], toppin["return_date_original"]) == (date(2025, 7, 17), "Jul 17")
    assert (toppin["injury_location"], toppin["reason_category"]) == ("hip", "injury")
    assert toppin["scrape_timestamp"] == datetime(2025, 7, 18, 15, 0, tzinfo=UTC)
    assert toppin["season_year"] == 2025  # July 18: the league year (and season 2025-26) began July 1
    poeltl = _rows(env, "player_lookup = 'jakobpoeltl'")[0]
    assert (poeltl["team_abbr"], poeltl["return_date"]) == ("TOR", date(2025, 10, 1))
    counts = _rows(env, "injury_status = 'Out'")
    assert len(counts) == 9


def test_return_dates_without_a_year_roll_into_next_year():
    assert return_date("Jan 1", date(2025, 7, 18)) == date(2026, 1, 1)
    assert return_date("Jul 3", date(2025, 7, 18)) == date(2025, 7, 3)
    assert return_date("soon", date(2025, 7, 18)) is None


def test_every_fetch_is_kept_and_rerun_changes_nothing(env, put, fixture):
    put(FIXTURE, PAGE)
    later = "ball-dont-lie/injuries/2025-07-18/20250718_210000-p001.json"
    page = json.loads(fixture(FIXTURE))
    page["data"] = page["data"][:10]
    env.store.write(later, json.dumps(page).encode())
    run_processor(env, PROCESSOR, DAY, DAY)
    assert len(_rows(env)) == 110
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 110


def test_truncated_page_is_quarantined_and_loads_nothing(env, fixture):
    env.store.write(PAGE, fixture(FIXTURE)[:1000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PAGE}") and env.store.exists(f"quarantine/{PAGE}.reason.txt")
    assert _rows(env) == []


def test_an_empty_injury_list_is_a_valid_snapshot(env):
    env.store.write(PAGE, b'{"data":[],"meta":{"per_page":100}}')
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert _rows(env) == []
