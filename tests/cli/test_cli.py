"""The command line: exit codes, the retry command, JSON output, implicit init."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nbaprops.cli.main import app
from tests.conftest import fixture_bytes

runner = CliRunner()
SCHEDULE = "nba-com/schedule/2024-25/20250827_131327.json"
BOX = "nba-com/player-boxscores/2025-03-15/20250316_080000.json"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("NBAPROPS_HOME", str(tmp_path))
    monkeypatch.delenv("NBAPROPS_WAREHOUSE", raising=False)
    monkeypatch.delenv("NBAPROPS_OBJECT_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _place(home, path, relative):
    target = home / "raw" / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(fixture_bytes(relative))


def test_init_is_idempotent_and_creates_every_dataset(home):
    assert runner.invoke(app, ["init"]).exit_code == 0
    assert runner.invoke(app, ["init"]).exit_code == 0
    out = runner.invoke(app, ["sql", "SELECT schema_name FROM information_schema.schemata ORDER BY 1", "--json"])
    names = {r["schema_name"] for r in json.loads(out.stdout)}
    assert {"nba_raw", "nba_analytics", "nba_precompute", "nba_predictions", "nba_reference",
            "nba_orchestration"} <= names


def test_run_exits_zero_when_every_date_succeeds_then_skips_on_rerun(home):
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    first = runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    assert first.exit_code == 0, first.output
    assert "rows written: 1320" in first.stdout
    box = runner.invoke(app, ["run", "raw/nbac_player_boxscores", "--start-date", "2025-03-15",
                              "--skip-downstream-trigger"])
    assert box.exit_code == 0 and "1 success" in box.stdout
    again = runner.invoke(app, ["run", "raw/nbac_player_boxscores", "--start-date", "2025-03-15",
                                "--skip-downstream-trigger"])
    assert again.exit_code == 0 and "1 skipped" in again.stdout
    out = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM nba_raw.nbac_player_boxscores", "--json"])
    assert json.loads(out.stdout) == [{"n": 157}]


def test_run_exits_nonzero_with_failed_dates_and_a_ready_retry_command(home):
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    result = runner.invoke(app, ["run", "raw/nbac_player_boxscores", "--start-date", "2025-03-14",
                                 "--end-date", "2025-03-16", "--backfill-mode", "--skip-downstream-trigger"])
    assert result.exit_code == 1
    assert "failed dates: 2025-03-14, 2025-03-16" in result.output
    assert ("retry: nbaprops run raw/nbac_player_boxscores --dates 2025-03-14,2025-03-16 --backfill-mode "
            "--skip-downstream-trigger") in result.output


def test_a_missing_upstream_fails_naming_the_table_and_the_fill_command(home):
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    result = runner.invoke(app, ["run", "raw/nbac_player_boxscores", "--start-date", "2025-03-15"])
    assert result.exit_code == 1
    text = " ".join(result.output.split())
    assert "needs nba_raw.nbac_schedule" in text
    assert "Run: nbaprops run raw/nbac_schedule --start-date 2025-03-15 --end-date 2025-03-15" in text


def test_an_unknown_processor_is_a_usage_error_with_a_suggestion(home):
    result = runner.invoke(app, ["run", "raw/nbac_schedul", "--start-date", "2025-03-15"])
    assert result.exit_code == 2
    assert "did you mean raw/nbac_schedule" in result.output


def test_dry_run_plans_and_checks_without_writing(home):
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    result = runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--dry-run"])
    assert result.exit_code == 0 and "dry run" in result.stdout
    out = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM nba_raw.nbac_schedule", "--json"])
    assert json.loads(out.stdout) == [{"n": 0}]


def test_history_lists_one_row_per_processor_and_date_as_json(home):
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    runner.invoke(app, ["run", "raw/nbac_player_boxscores", "--dates", "2025-03-15,2025-03-16"])
    out = runner.invoke(app, ["history", "--processor", "raw/nbac_player_boxscores", "--status", "failed", "--json"])
    rows = json.loads(out.stdout)
    assert sorted(r["data_date"] for r in rows) == ["2025-03-15", "2025-03-16"]
    assert {r["phase"] for r in rows} == {"phase_2_raw"}


def test_sql_is_read_only(home):
    runner.invoke(app, ["init"])
    result = runner.invoke(app, ["sql", "DELETE FROM nba_raw.nbac_schedule"])
    assert result.exit_code == 1
    assert "read-only" in result.output.lower()


def test_list_shows_processors_in_dependency_order(home):
    out = runner.invoke(app, ["list", "--json"])
    refs = [p["ref"] for p in json.loads(out.stdout)]
    assert refs.index("raw/nbac_schedule") < refs.index("raw/nbac_player_boxscores")


def test_status_shows_completeness_and_the_dates_whose_latest_run_failed(home):
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    runner.invoke(app, ["run", "raw/nbac_player_boxscores", "--start-date", "2025-03-14", "--end-date", "2025-03-15",
                        "--skip-downstream-trigger"])
    out = runner.invoke(app, ["status", "--start-date", "2025-03-14", "--end-date", "2025-03-15", "--json"])
    assert out.exit_code == 1
    report = json.loads(out.stdout)
    assert report["latest_run_failed"] == {"raw/nbac_player_boxscores": ["2025-03-14"]}
    box = next(t for t in report["phases"]["2"] if t["table"] == "nba_raw.nbac_player_boxscores")
    assert (box["expected_dates"], box["dates_with_data"], box["missing_dates"]) == (2, 1, ["2025-03-14"])


def test_dependents_run_once_after_their_upstreams_and_a_failed_upstream_blocks_them(home):
    """One plan per command: each dependent once, in DAG order; one day of box scores cannot feed Phase 4's
    15-game windows, so its first processor fails naming the gap, and those reading it are blocked, not run."""
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    result = runner.invoke(app, ["run", "raw/nbac_player_boxscores", "--start-date", "2025-03-15"])
    assert result.exit_code == 1
    titles = [line.split(" -> ")[0] for line in result.stdout.splitlines() if " -> " in line and " run " in line]
    assert titles[0] == "raw/nbac_player_boxscores" and len(titles) == len(set(titles))
    assert titles.index("analytics/player_game_summary") < titles.index("precompute/team_defense_zone_analysis")
    assert "blocked for 2025-03-15 by failed upstream" in result.output


def test_a_phase_that_is_not_built_is_an_error_not_a_success(capsys):
    import typer

    from nbaprops.cli.common import require_built_phases
    from nbaprops.definitions import DEFINITIONS
    from nbaprops.orchestration.registry import Definitions

    without_phase_5 = Definitions([p for p in DEFINITIONS.processors if p.phase < 5],
                                  reference_tables=DEFINITIONS.reference_tables)
    with pytest.raises(typer.Exit) as stopped:
        require_built_phases([1, 2, 3, 4, 5], "--phases", without_phase_5)
    assert stopped.value.exit_code == 2
    assert "phase 5 (phase_5_predictions) is not built yet: nothing would run" in capsys.readouterr().err
    require_built_phases([1, 2, 3, 4], "--phases", without_phase_5)  # built phases pass


def test_a_backfill_range_starting_in_august_runs_its_one_season_chunk(home):
    result = runner.invoke(app, ["backfill", "--start-date", "2024-08-15", "--end-date", "2024-08-16", "--phases", "2"])
    assert "== season 2024-25: 2024-08-15..2024-08-16" in result.output, result.output
    assert "IndexError" not in result.output
    reversed_range = runner.invoke(app, ["backfill", "--start-date", "2024-08-16", "--end-date", "2024-08-15"])
    assert reversed_range.exit_code == 2


def test_a_dry_run_previews_exactly_what_the_real_run_then_does_and_writes_nothing(home):
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    args = ["run", "raw/nbac_player_boxscores", "--start-date", "2025-03-14", "--end-date", "2025-03-16",
            "--skip-downstream-trigger"]

    def counts(sql: str) -> list:
        return json.loads(runner.invoke(app, ["sql", sql, "--json"]).stdout)

    before = counts("SELECT (SELECT count(*) FROM nba_orchestration.alerts) AS alerts, "
                    "(SELECT count(*) FROM nba_reference.processor_run_history) AS runs")
    preview = runner.invoke(app, [*args, "--dry-run"])
    assert preview.exit_code == 1  # two dates have no source object: the real run fails them too
    assert "1 failed" not in preview.stdout and "2 failed, 1 planned" in preview.stdout
    assert "ALERT" not in preview.output
    assert counts("SELECT (SELECT count(*) FROM nba_orchestration.alerts) AS alerts, "
                  "(SELECT count(*) FROM nba_reference.processor_run_history) AS runs") == before
    real = runner.invoke(app, args)
    assert "2 failed, 1 success" in real.stdout
    again = runner.invoke(app, [*args, "--dry-run", "--dates", "2025-03-15"])
    assert "1 skipped" in again.stdout  # what the real rerun would do: skip the fresh date
