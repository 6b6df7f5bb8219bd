"""The README's main command, end to end and offline: ``nbaprops backfill --phases 1-3`` over a week of the
simulated 2024-25 season, through the command line.

Phase 1 scrapes every source from the simulated league into the object store, Phase 2 loads the
``nba_raw`` tables, Phase 3 builds ``nba_analytics``; each phase must pass its validation gate. Then:
``validate`` agrees that every gating table of Phase 2 and every table of Phase 3 is complete, a rerun
changes nothing (no file fetched, every processor date skipped, the same row counts), and the sources
agree with each other where they must (points, shot zones).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nbaprops.cli.main import app

START, END = "2024-10-22", "2024-10-28"
BACKFILL = ["backfill", "--start-date", START, "--end-date", END, "--phases", "1-3"]
runner = CliRunner()


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("nbaprops_home")


def _point_at(mp: pytest.MonkeyPatch, home: Path) -> None:
    """Every setting at its embedded default under ``home``."""
    mp.setenv("NBAPROPS_HOME", str(home))
    for name in ("NBAPROPS_WAREHOUSE", "NBAPROPS_OBJECT_STORE", "NBAPROPS_CONFIG", "NBAPROPS_ALERT_WEBHOOK"):
        mp.delenv(name, raising=False)
    mp.chdir(home)


@pytest.fixture
def env(home, monkeypatch) -> Path:
    _point_at(monkeypatch, home)
    return home


def _sql(query: str) -> list[dict]:
    out = runner.invoke(app, ["sql", query, "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _row_counts() -> dict[str, int]:
    tables = _sql("SELECT table_schema || '.' || table_name AS t FROM information_schema.tables "
                  "WHERE table_schema IN ('nba_raw', 'nba_analytics') ORDER BY 1")
    return {r["t"]: _sql(f"SELECT count(*) AS n FROM {r['t']}")[0]["n"] for r in tables}


def _files(home: Path) -> dict[str, int]:
    raw = home / "raw"
    return {str(p.relative_to(raw)): p.stat().st_size for p in raw.rglob("*") if p.is_file()}


def _coverage(phase: int) -> list[dict]:
    out = runner.invoke(app, ["validate", "--phase", str(phase), "--start-date", START, "--end-date", END, "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _processor_lines(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if re.match(r"\s*phase [23] \S+/\S+: ", line)]


@pytest.fixture(scope="module")
def first_run(home):
    """The backfill itself, once for the module (``env`` is function-scoped, so set the home here)."""
    mp = pytest.MonkeyPatch()
    _point_at(mp, home)
    try:
        result = runner.invoke(app, BACKFILL)
    finally:
        mp.undo()
    return result


def test_backfill_passes_every_gate(env, first_run):
    assert first_run.exit_code == 0, first_run.output
    assert "backfill complete: phases 1-3" in first_run.stdout
    for phase in (1, 2, 3):
        assert f"gate: phase {phase} complete for {START}..{END}" in first_run.stdout
    lines = _processor_lines(first_run.stdout)
    assert lines and not [line for line in lines if "failed" in line], lines
    assert not list((env / "raw").glob("quarantine/**/*.reason.txt")), "a simulated file was quarantined"


def test_validate_finds_phase_2_gating_tables_and_phase_3_complete(env, first_run):
    assert first_run.exit_code == 0, first_run.output
    phase2 = _coverage(2)
    gating = [c for c in phase2 if c["gating"]]
    assert len(gating) >= 8, [c["table"] for c in phase2]
    # alternative sources gate as a group (one of them per date), each member reported on its own
    assert {c["group"] for c in gating if c["group"]} == {"player_stats", "team_stats"}
    members = {c["processor"] for c in phase2 if c["note"].startswith("an alternative source")}
    assert {"raw/nbac_player_boxscores", "raw/bdl_player_boxscores", "raw/espn_boxscores"} <= members
    incomplete = {c["table"]: c["missing"] for c in gating if c["missing_dates"]}
    assert not incomplete
    assert all(c["expected_dates"] > 0 and c["pct_complete"] == 100.0 for c in gating)
    phase3 = _coverage(3)
    assert {c["table"] for c in phase3} >= {
        "nba_analytics.player_game_summary", "nba_analytics.team_offense_game_summary",
        "nba_analytics.team_defense_game_summary"}
    incomplete = {c["table"]: c["missing"] for c in phase3 if c["missing_dates"]}
    assert not incomplete


def test_rerun_skips_everything_and_writes_nothing(env, first_run):
    assert first_run.exit_code == 0, first_run.output
    files, counts = _files(env), _row_counts()
    assert counts["nba_raw.nbac_schedule"] > 0 and counts["nba_analytics.player_game_summary"] > 0
    again = runner.invoke(app, BACKFILL)
    assert again.exit_code == 0, again.output
    assert re.search(r"phase 1: 0 files\b", again.stdout), again.stdout[:500]
    lines = _processor_lines(again.stdout)
    assert lines and all(re.fullmatch(r"phase [23] \S+: \d+ skipped", line) for line in lines), lines
    assert _files(env) == files
    assert _row_counts() == counts


def test_points_agree_across_player_team_and_schedule(env, first_run):
    assert first_run.exit_code == 0, first_run.output
    rows = _sql("""
        WITH players AS (
            SELECT game_id, team_abbr, sum(points) AS points, count(*) AS n
            FROM nba_analytics.player_game_summary GROUP BY 1, 2),
        schedule AS (
            SELECT game_id, home_team_tricode AS team_abbr, home_team_score AS points FROM nba_raw.nbac_schedule
            UNION ALL
            SELECT game_id, away_team_tricode, away_team_score FROM nba_raw.nbac_schedule)
        SELECT t.game_id, t.team_abbr, t.points AS team_points, p.points AS player_points,
               s.points AS schedule_points
        FROM nba_analytics.team_offense_game_summary t
        LEFT JOIN players p USING (game_id, team_abbr)
        LEFT JOIN schedule s USING (game_id, team_abbr)
    """)
    games = _sql("SELECT count(*) AS n FROM nba_raw.nbac_schedule "
                 f"WHERE game_date BETWEEN DATE '{START}' AND DATE '{END}' AND game_status = 3")[0]["n"]
    assert games > 40 and len(rows) == 2 * games
    bad = [r for r in rows if not r["team_points"] == r["player_points"] == r["schedule_points"]]
    assert not bad, bad[:5]


def test_team_shot_zones_from_play_by_play_add_up_to_field_goal_attempts(env, first_run):
    assert first_run.exit_code == 0, first_run.output
    rows = _sql("""
        SELECT game_id, team_abbr, shot_zones_source, fg_attempted, three_pt_attempted,
               paint_attempts, mid_range_attempts, three_attempts
        FROM nba_analytics.team_offense_game_summary
    """)
    assert rows and {r["shot_zones_source"] for r in rows} == {"nbac_play_by_play"}
    bad = [r for r in rows if r["paint_attempts"] + r["mid_range_attempts"] + r["three_attempts"] != r["fg_attempted"]
           or r["three_attempts"] != r["three_pt_attempted"]]
    assert not bad, bad[:5]
