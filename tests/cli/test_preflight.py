"""nbaprops preflight: the seed's checklist before a backfill, with the commands that fix what fails."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from nbaprops.cli.main import app
from tests.cli.test_cli import BOX, SCHEDULE, _place, home  # noqa: F401  (home: the fixture)

runner = CliRunner()


def _checks(args: list[str]) -> tuple[int, dict[str, dict]]:
    result = runner.invoke(app, ["preflight", *args, "--json"])
    return result.exit_code, {c["name"]: c for c in json.loads(result.stdout)}


def test_without_a_schedule_it_fails_and_names_the_fix(home):  # noqa: F811
    code, checks = _checks(["--start-date", "2025-03-15", "--end-date", "2025-03-16", "--phases", "2-4"])
    assert code == 1 and checks["schedule"]["verdict"] == "fail"
    fix = "nbaprops scrape nbac_schedule_api --start-date 2025-03-15 --end-date 2025-03-16"
    assert fix in checks["schedule"]["fix"]


def test_with_the_sources_it_has_the_first_date_plans_through_every_phase(home, monkeypatch):  # noqa: F811
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    runner.invoke(app, ["run", "raw/nbac_schedule", "--start-date", "2024-10-22", "--end-date", "2025-06-22"])
    args = ["--start-date", "2025-03-15", "--end-date", "2025-03-15", "--phases", "2-3"]
    code, checks = _checks(args)  # every source expected: the missing ones are named with their scrapes
    assert code == 1 and checks["objects"]["verdict"] == "warn" and checks["first date"]["verdict"] == "fail"
    assert any(fix.startswith("nbaprops scrape nbac_gamebook_pdf") for fix in checks["objects"]["fix"])
    monkeypatch.setenv("NBAPROPS_SOURCES", "nba-com/schedule,nba-com/player-boxscores")
    code, checks = _checks(args)
    assert code == 0, checks
    assert checks["first date"]["verdict"] == "ok" and "0 failing" in checks["first date"]["detail"]
    assert checks["plan"]["fix"] == ["nbaprops backfill --start-date 2025-03-15 --end-date 2025-03-15 --phases 2-3"]
    history = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM nba_reference.processor_run_history "
                                         "WHERE processor_name <> 'nbac_schedule'", "--json"])
    assert json.loads(history.stdout) == [{"n": 0}]  # the first date was planned, not run
