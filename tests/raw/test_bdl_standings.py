"""bdl_standings on the real 2024-25 final standings capture."""

from __future__ import annotations

from datetime import date

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.bdl_standings import PROCESSOR

DAY = date(2025, 4, 14)
PATH = "ball-dont-lie/standings/2024-25/2025-04-14/20250414_120000.json"
FIXTURE = "bdl_standings/raw_395a0451.json"


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.bdl_standings WHERE {where}")


def test_thirty_teams_with_records_split_into_numbers(env, put):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 30
    cle = _rows(env, "team_abbr = 'CLE'")[0]
    assert (cle["wins"], cle["losses"], cle["conference_rank"], cle["games_played"]) == (64, 18, 1, 82)
    assert (cle["home_wins"], cle["home_losses"], cle["road_record"]) == (34, 7, "30-11")
    assert (cle["win_percentage"], cle["season_year"], cle["season_display"]) == (0.7805, 2024, "2024-25")
    uta = _rows(env, "team_abbr = 'UTA'")[0]
    assert (uta["wins"], uta["conference_rank"], uta["conference"]) == (17, 15, "West")


def test_each_date_keeps_its_own_snapshot(env, put):
    put(FIXTURE, PATH)
    put(FIXTURE, "ball-dont-lie/standings/2024-25/2025-04-13/20250413_120000.json")
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success" and len(_rows(env)) == 30
    both = run_processor(env, PROCESSOR, date(2025, 4, 13), DAY)
    assert both.ok
    assert len(_rows(env)) == 60


def test_rerun_skips_and_changes_nothing(env, put):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 30


def test_standings_filed_under_the_wrong_season_are_not_read_for_that_date(env, put):
    wrong = "ball-dont-lie/standings/2023-24/2025-04-14/20250414_120000.json"
    put(FIXTURE, wrong)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert "needs a source object under ball-dont-lie/standings/2024-25/2025-04-14/" in report.outcomes[DAY].errors[0]
    assert env.store.exists(wrong)
    assert _rows(env) == []


def test_truncated_body_is_quarantined_and_loads_nothing(env, fixture):
    env.store.write(PATH, fixture(FIXTURE)[:2000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}") and env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert _rows(env) == []
