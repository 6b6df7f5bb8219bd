"""The seed's seven failure scenarios, end to end on the simulator, each with its fault injected.

One small simulated store is built once for the module (Phase 1 of the last game day of the 2023-24
regular season and the first three of 2024-25, from the NBA.com and Odds API feeds the scenarios need,
``NBAPROPS_SOURCES`` naming them) and copied per scenario. Each scenario injects its fault by removing
files, by damaging one with the simulator's fault injection, or by deleting the rows a later phase
reads, and asserts what the operator sees (exit code, printed gaps and fill commands, history rows,
the digest) and what the warehouse holds.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner, Result

from nbaprops.cli.main import app
from nbaprops.config import Settings
from nbaprops.definitions import DEFINITIONS, open_environment
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import simulated_profile
from nbaprops.simulator.faults import Faults, FaultState
from tests.orchestration.alert_servers import Mailbox, smtp  # noqa: F401  (smtp: the fixture)

SOURCES = "nba-com/schedule,nba-com/player-boxscores,nba-com/team-boxscore,nba-com/play-by-play,odds-api/player-props"
SCRAPERS = ("nbac_schedule_api", "nbac_player_boxscore", "nbac_team_boxscore", "nbac_play_by_play",
            "oddsa_events_his", "oddsa_player_props_his")
PREV = (date(2024, 4, 13), date(2024, 4, 13))  # the last game day of the simulated 2023-24 regular season
CUR = (date(2024, 10, 22), date(2024, 10, 24))  # the first days of 2024-25
OPENING, D2, D3 = CUR[0], date(2024, 10, 23), CUR[1]
runner = CliRunner()


def _point_at(mp: pytest.MonkeyPatch, home: Path) -> None:
    mp.setenv("NBAPROPS_HOME", str(home))
    mp.setenv("NBAPROPS_SOURCES", SOURCES)
    for name in ("NBAPROPS_WAREHOUSE", "NBAPROPS_OBJECT_STORE", "NBAPROPS_CONFIG", "NBAPROPS_ALERT_WEBHOOK",
                 "NBAPROPS_ALERT_SMTP"):
        mp.delenv(name, raising=False)
    mp.chdir(home)


def _cli(*args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def _backfill(span: tuple[date, date], phases: str) -> Result:
    return _cli("backfill", "--start-date", span[0], "--end-date", span[1], "--phases", phases)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``scraped``: Phase 1 only; ``loaded``: Phases 2-3 of both spans."""
    scraped = tmp_path_factory.mktemp("scraped")
    settings = Settings(home=scraped, warehouse_url=f"duckdb:///{scraped / 'warehouse.duckdb'}",
                        object_store_url=str(scraped / "raw"), sources=SOURCES)
    env = open_environment(settings)
    try:
        for lo, hi in (PREV, CUR):
            report = ScrapeRunner(env, simulated_profile(7), workers=4, backfill_mode=True).run(list(SCRAPERS), lo, hi)
            assert report.ok, report.failures()[:3]
    finally:
        env.warehouse.close()
    loaded = tmp_path_factory.mktemp("loaded") / "home"
    shutil.copytree(scraped, loaded)
    with pytest.MonkeyPatch.context() as mp:
        _point_at(mp, loaded)
        for span, phases in ((PREV, "2-3"), (CUR, "2-3")):
            result = _backfill(span, phases)
            assert result.exit_code == 0, result.output
    return {"scraped": scraped, "loaded": loaded}


def _copy(stores: dict[str, Path], which: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of one of the module's stores, and the CLI pointed at it."""
    copy = tmp_path / "home"
    shutil.copytree(stores[which], copy)
    _point_at(monkeypatch, copy)
    return copy


@pytest.fixture
def scraped(stores, tmp_path, monkeypatch) -> Path:
    return _copy(stores, "scraped", tmp_path, monkeypatch)


@pytest.fixture
def loaded(stores, tmp_path, monkeypatch) -> Path:
    return _copy(stores, "loaded", tmp_path, monkeypatch)


def _sql(home: Path, query: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(query, params or []).fetchall()


def _files(home: Path, feed: str, day: date) -> list[Path]:
    return sorted(p for p in (home / "raw" / feed / str(day)).rglob("*") if p.is_file())


def _history(home: Path, processor: str) -> dict[date, list[str]]:
    """Statuses per date, oldest run first."""
    out: dict[date, list[str]] = {}
    for day, status in _sql(home, "SELECT data_date, status FROM nba_reference.processor_run_history "
                                  "WHERE processor_name = ? ORDER BY started_at", [processor]):
        out.setdefault(day, []).append(status)
    return out


def _run_fill(command: str) -> None:
    """Run a printed fill command (``a && b``) the way an operator pastes it."""
    for part in command.split(" && "):
        args = shlex.split(part)
        assert args[0] == "nbaprops"
        result = _cli(*args[1:])
        assert result.exit_code == 0, (part, result.output)


def test_1_phase2_gaps_are_found_before_phase3_with_the_commands_that_fill_them(scraped):
    home = scraped
    for path in _files(home, "nba-com/play-by-play", D2):  # the files of one date never arrived
        path.unlink()
    stopped = _backfill(CUR, "2-3")
    assert stopped.exit_code == 1
    out = stopped.output
    assert "!! phase 2 of season 2024 left gaps; stopping before the next phase" in out
    assert f"nba_raw.nbac_play_by_play is missing schedule dates {D2}" in out
    assert "phase 3 analytics/" not in out  # Phase 3 never started
    assert _sql(home, "SELECT count(*) FROM nba_analytics.player_game_summary") == [(0,)]
    fill = next(line.strip().removeprefix("fill: ") for line in out.splitlines()
                if line.strip().startswith("fill:") and "nbac_play_by_play" in line)
    assert fill == (f"nbaprops scrape nbac_play_by_play --start-date {D2} --end-date {D2} && nbaprops run "
                    f"raw/nbac_play_by_play --dates {D2} --backfill-mode --skip-downstream-trigger")
    _run_fill(fill)
    resumed = _backfill(CUR, "2")  # the same gate now passes: Phase 3 may start
    assert resumed.exit_code == 0, resumed.output
    assert f"gate: phase 2 complete for {CUR[0]}..{CUR[1]}" in resumed.output
    assert _sql(home, "SELECT count(DISTINCT game_date) FROM nba_raw.nbac_play_by_play WHERE game_date >= ?",
                [CUR[0]]) == [(3,)]


def test_2_a_phase3_failure_mid_season_resumes_without_redoing_finished_dates(scraped, tmp_path):
    home = scraped
    kept = tmp_path / "kept"
    for path in _files(home, "nba-com/player-boxscores", D2):  # one date's box scores are late
        target = kept / path.relative_to(home / "raw")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
    assert _backfill(CUR, "2").exit_code == 1  # Phase 2 reports the gap; the operator goes on to Phase 3
    failed = _backfill(CUR, "3")
    assert failed.exit_code == 1
    assert "phase 3 analytics/player_game_summary: 1 failed, 2 success" in failed.output
    assert f"retry: nbaprops run analytics/player_game_summary --dates {D2} --backfill-mode" in failed.output
    first = dict(_sql(home, "SELECT game_date, max(processed_at) FROM nba_analytics.player_game_summary GROUP BY 1"))
    assert sorted(first) == [OPENING, D3]
    shutil.copytree(kept, home / "raw", dirs_exist_ok=True)  # the files arrive
    resumed = _backfill(CUR, "2-3")
    assert resumed.exit_code == 0, resumed.output
    history = _history(home, "player_game_summary")
    assert history[D2] == ["failed", "success"]
    for day in (OPENING, D3):  # finished dates: skipped, their rows untouched
        assert history[day] == ["success", "skipped"], (day, history[day])
    after = dict(_sql(home, "SELECT game_date, max(processed_at) FROM nba_analytics.player_game_summary GROUP BY 1"))
    assert {d: after[d] for d in first} == first and D2 in after


@pytest.fixture(scope="module")
def phase4(stores, tmp_path_factory) -> tuple[Path, Result]:
    """The loaded store with Phase 4 backfilled over the first days of 2024-25 (and what it printed)."""
    home = tmp_path_factory.mktemp("phase4") / "home"
    shutil.copytree(stores["loaded"], home)
    with pytest.MonkeyPatch.context() as mp:
        _point_at(mp, home)
        result = _backfill(CUR, "4")
    assert result.exit_code == 0, result.output
    return home, result


def test_3_incomplete_phase3_lookbacks_block_phase4_in_normal_mode_and_are_flagged_in_backfill(loaded):
    home = loaded
    with duckdb.connect(str(home / "warehouse.duckdb")) as con:  # one Phase 3 date lost mid-window
        con.execute("DELETE FROM nba_analytics.team_defense_game_summary WHERE game_date = ?", [D2])
    refused = _cli("run", "precompute/team_defense_zone_analysis", "--start-date", D3, "--end-date", D3,
                   "--skip-downstream-trigger")
    assert refused.exit_code == 1
    assert f"team_defense_game_summary has gaps on schedule game dates {D2}" in refused.output
    assert f"Run: nbaprops run analytics/team_defense_game_summary --start-date {D2} --end-date {D2}" in refused.output
    assert _sql(home, "SELECT count(*) FROM nba_precompute.team_defense_zone_analysis") == [(0,)]
    flagged = _backfill((D3, D3), "4")
    assert flagged.exit_code == 0, flagged.output  # backfill mode writes it ...
    assert f"lookback check: team_defense_zone_analysis {D3}: " in flagged.output  # ... and says so
    assert "[WARNING] team_defense_zone_analysis" in flagged.output.split("Backfill digest")[1]  # in the digest too
    rows = _sql(home, "SELECT missing_games_count, is_production_ready, data_quality_issues "
                      "FROM nba_precompute.team_defense_zone_analysis WHERE game_date = ?", [D3])
    short = [r for r in rows if r[0] > 0]
    assert short and all(not ready and "incomplete_lookback" in json.loads(issues) for _, ready, issues in short)
    validate = _cli("validate", "--phase", "4", "--start-date", D3, "--end-date", D3)
    assert "rows computed from incomplete lookback windows" in validate.output


def test_4_phase4_out_of_order_is_impossible(loaded, phase4):
    home = loaded
    for mode in ((), ("--backfill-mode",)):  # the safeguard holds in both modes
        early = _cli("run", "precompute/ml_feature_store", "--start-date", D3, "--end-date", D3,
                     "--skip-downstream-trigger", *mode)
        assert early.exit_code == 1
        assert (f"ml_feature_store for {D3} needs team_defense_zone_analysis for that date, which has no rows. "
                f"Run: nbaprops run precompute/team_defense_zone_analysis --start-date {D3} --end-date {D3}"
                ) in early.output
    composite = _cli("run", "precompute/player_composite_factors", "--start-date", D3, "--end-date", D3,
                     "--skip-downstream-trigger", "--backfill-mode")
    assert composite.exit_code == 1
    assert "needs team_defense_zone_analysis for that date, which has no rows" in composite.output
    for table in ("ml_feature_store", "player_composite_factors"):
        assert _sql(home, f"SELECT count(*) FROM nba_precompute.{table}") == [(0,)]
    # and the backfill runs them in the order their reads require
    _, result = phase4
    ran = [m.split("/")[1].split(":")[0] for m in result.output.split() if m.startswith("precompute/")]
    order = {p.name: i for i, level in enumerate(DEFINITIONS.levels(4)) for p in level}
    assert sorted(ran) == sorted(order) and [order[n] for n in ran] == sorted(order[n] for n in ran)


def test_5_hidden_failures_in_backfill_mode_are_visible(scraped, smtp: Mailbox):  # noqa: F811
    home = scraped
    damaged = _files(home, "nba-com/player-boxscores", D2)[0]  # the simulator's "malformed" fault, on one file
    damaged.write_bytes(FaultState(Faults(seed=7, malformed=1.0)).after(str(damaged), damaged.read_bytes()))
    result = _backfill(CUR, "2-3")
    assert result.exit_code == 1  # the exit code says it
    assert re.search(r"phase 2 raw/nbac_player_boxscores: 1 failed", result.output)
    assert "ALERT [" not in result.output  # backfill mode: nothing alerted one by one ...
    history = _cli("history", "--status", "failed", "--json")
    rows = json.loads(history.stdout)
    assert {(r["processor_name"], str(r["data_date"])) for r in rows} >= {("nbac_player_boxscores", str(D2))}
    assert [m["Subject"] for m in smtp.messages] and len(smtp.messages) == 1  # ... one digest, by email
    body = smtp.bodies()[0]
    assert "stopped at phase 2 of season 2024" in smtp.subjects()[0]
    assert f"[ERROR] nbac_player_boxscores {D2}" in body
    assert _sql(home, "SELECT count(*) FROM nba_orchestration.alert_digests") == [(1,)]
    assert list((home / "raw").glob("quarantine/**/*.reason.txt"))  # the bad file kept aside with its reason


def test_6_early_season_low_quality_is_flagged_as_expected(phase4, monkeypatch):
    home, result = phase4
    _point_at(monkeypatch, home)
    assert "gate: phase 4 complete" in result.output and "lookback check" not in result.output
    assert re.search(r"quality: player_daily_cache 2024: \d+ rows, 0\.0% production ready, 100\.0% early season "
                     r"\(expected while windows fill\)", result.output)
    for table in ("player_shot_zone_analysis", "team_defense_zone_analysis", "player_composite_factors",
                  "player_daily_cache", "ml_feature_store"):
        rows = _sql(home, f"SELECT early_season_flag, early_season_reason, is_production_ready, quality_score "
                          f"FROM nba_precompute.{table} WHERE game_date = ?", [OPENING])
        assert rows and all(early and reason and not ready for early, reason, ready, _ in rows), table
    means = dict(_sql(home, "SELECT game_date, avg(quality_score) FROM nba_precompute.player_daily_cache GROUP BY 1"))
    assert means[OPENING] <= means[D3]
    assert _cli("validate", "--phase", "4", "--start-date", CUR[0], "--end-date", CUR[1], "--quality").exit_code == 0


def test_7_the_season_boundary_resets_every_window(phase4):
    home, _ = phase4
    returning = _sql(home, """
        SELECT count(DISTINCT c.player_lookup) FROM nba_precompute.player_daily_cache c
        JOIN nba_analytics.player_game_summary g ON g.player_lookup = c.player_lookup AND g.season_year = 2023
        WHERE c.game_date = ?""", [OPENING])[0][0]
    assert returning >= 10  # players with games last season ...
    opening = _sql(home, "SELECT max(games_played_season), count(points_avg_last_10) "
                         "FROM nba_precompute.player_daily_cache WHERE game_date = ?", [OPENING])
    assert opening == [(0, 0)]  # ... start the new season with empty windows
    assert _sql(home, "SELECT max(games_played_season) FROM nba_precompute.player_daily_cache WHERE game_date = ?",
                [D3])[0][0] <= 2
    assert _sql(home, "SELECT max(expected_games_count) FROM nba_precompute.team_defense_zone_analysis "
                      "WHERE game_date = ?", [OPENING]) == [(0,)]  # last season's games are not expected either
