"""Phase 2 reads a bucket written by the reference implementation's scrapers as it is: where their paths
differ from docs/object-store-layout.md, the readers accept both."""

from __future__ import annotations

from datetime import date

import pytest

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.raw.nbac_team_boxscore import PROCESSOR as TEAM_BOXSCORE
from nbaprops.storage.layout import LAYOUT, LEGACY_LAYOUT, templates_read
from tests.conftest import fixture_bytes

DAY = date(2025, 1, 15)
OLD_BOX = "nba-com/team-boxscore/20250115/0022400561/20250116_080000.json"  # {YYYYMMDD}, no dashes
OLD_SCHEDULE = "nba-com/schedule/2024-25/2025-01-01T00:00:00.123456+00:00.json"  # an ISO timestamp name


def test_old_paths_read_back_in_the_layouts_formats():
    box = LEGACY_LAYOUT["nbac_team_boxscore"][0]
    assert box.parse(OLD_BOX) == {"date": "2025-01-15", "nba_game_id": "0022400561", "ts": "20250116_080000"}
    assert box.prefix(date=DAY) == "nba-com/team-boxscore/20250115/"
    assert LEGACY_LAYOUT["nbac_schedule_api"][0].parse(OLD_SCHEDULE) == {"season": "2024-25", "ts": "20250101_000000"}
    assert LEGACY_LAYOUT["bdl_injuries"][0].parse("ball-dont-lie/injuries/2025-01-15/20250115_100000.json") == {
        "date": "2025-01-15", "ts": "20250115_100000"}
    new = LAYOUT["nbac_team_boxscore"].format(date=DAY, nba_game_id="0022400561", ts="20250116_080000")
    assert all(t.parse(new) is None for t in LEGACY_LAYOUT["nbac_team_boxscore"])  # no object read twice
    assert templates_read("nbac_team_boxscore")[0] is LAYOUT["nbac_team_boxscore"]
    with pytest.raises(TypeError, match="never written"):
        box.format(date8="20250115", nba_game_id="0022400561", ts="20250116_080000")


@pytest.mark.backends
def test_phase_2_backfills_from_an_old_bucket_as_it_is(bucket_url, tmp_path, monkeypatch):
    monkeypatch.setenv("NBAPROPS_HOME", str(tmp_path))
    env = open_environment(Settings(home=tmp_path, warehouse_url=f"duckdb:///{tmp_path / 'w.duckdb'}",
                                    object_store_url=bucket_url))
    env.store.write(OLD_SCHEDULE, fixture_bytes("nbac_schedule_api/raw_80cb1fd6.json.gz"))
    env.store.write(OLD_BOX, fixture_bytes("nbac_team_boxscore/raw_12f99055.json"))
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok
    report = run_processor(env, TEAM_BOXSCORE, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 2
    rows = env.warehouse.query("SELECT team_abbr, points, source_file_path FROM nba_raw.nbac_team_boxscore "
                               "ORDER BY team_abbr")
    assert rows == [{"team_abbr": "NYK", "points": 125, "source_file_path": OLD_BOX},
                    {"team_abbr": "PHI", "points": 119, "source_file_path": OLD_BOX}]
    # a newer fetch of the same game in the new layout supersedes the old object: one game, one entity
    newer = "nba-com/team-boxscore/2025-01-15/0022400561/20250117_080000.json"
    env.store.write(newer, fixture_bytes("nbac_team_boxscore/raw_12f99055.json").replace(b",119,-6]", b",120,-6]"))
    assert run_processor(env, TEAM_BOXSCORE, DAY, DAY).ok
    assert env.warehouse.query("SELECT points, source_file_path FROM nba_raw.nbac_team_boxscore WHERE is_home") == [
        {"points": 120, "source_file_path": newer}]
    env.warehouse.close()
