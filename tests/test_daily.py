"""``nbaprops daily``: a game day as the workflows run it, on the simulator's clock (issue #16, "Daily
operation"). Real parts: the CLI in process, a DuckDB file, an object-store folder, the simulator.

The morning writes predictions for the day's games before any box score of the day exists (the
simulator answers as of 08:00 ET); the post-game run grades them; a rerun changes nothing; a failed
unit makes the exit code non-zero and is named.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nbaprops.cli.main import app
from nbaprops.config import Settings
from nbaprops.definitions import open_environment

FIRST, DAY, LATER = date(2024, 10, 22), date(2024, 10, 23), date(2024, 10, 24)
BOX_SCORE_FOLDERS = ("nba-com/player-boxscores", "nba-com/team-boxscore", "ball-dont-lie/boxscores", "espn/boxscores",
                     "nba-com/play-by-play", "nba-com/gamebooks-pdf", "big-data-ball")


def daily(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["daily", *args])
    return result.exit_code, result.output


def query(home: Path, sql: str) -> list[tuple]:
    env = open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                                    object_store_url=str(home / "raw")))
    try:
        return [tuple(r.values()) for r in env.warehouse.query(sql)]
    finally:
        env.warehouse.close()


def objects_of(home: Path, day: date) -> list[str]:
    root = home / "raw"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and day.isoformat() in str(p))


def count(home: Path, table: str, day: date) -> int:
    return query(home, f"SELECT count(*) FROM {table} WHERE game_date = DATE '{day}'")[0][0]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A home where the first night of the season ran as a whole day (the history the next day reads)."""
    root = tmp_path_factory.mktemp("daily")
    mp = pytest.MonkeyPatch()
    mp.setenv("NBAPROPS_HOME", str(root))
    for name in ("NBAPROPS_WAREHOUSE", "NBAPROPS_OBJECT_STORE", "NBAPROPS_SOURCES"):
        mp.delenv(name, raising=False)
    code, out = daily("--date", FIRST.isoformat())
    assert code == 0, out
    yield root
    mp.undo()


@pytest.fixture(scope="module")
def morning(home: Path) -> dict[str, object]:
    code, out = daily("--date", DAY.isoformat(), "--workflow", "morning")
    assert code == 0, out
    return {"predictions": count(home, "nba_predictions.player_prop_predictions", DAY),
            "box_score_rows": count(home, "nba_raw.nbac_player_boxscores", DAY),
            "objects": objects_of(home, DAY),
            "graded": count(home, "nba_predictions.prediction_results", DAY)}


def test_the_morning_predicts_the_days_games_before_any_box_score_exists(morning: dict[str, object]) -> None:
    assert morning["predictions"] > 0
    assert morning["box_score_rows"] == 0 and morning["graded"] == 0
    stored = morning["objects"]
    assert stored and not [p for p in stored if p.startswith(BOX_SCORE_FOLDERS)]  # not played yet at 08:00 ET
    assert all("injury-report" not in p for p in stored)  # the day's first report is published at 12:30 ET


def test_the_evening_grades_them_and_a_rerun_changes_nothing(home: Path, morning: dict[str, object]) -> None:
    code, out = daily("--date", DAY.isoformat(), "--workflow", "pregame", "--workflow", "postgame")
    assert code == 0, out
    assert count(home, "nba_raw.nbac_player_boxscores", DAY) > 0
    graded = count(home, "nba_predictions.prediction_results", DAY)
    assert graded > 0
    before = (objects_of(home, DAY), query(home, "SELECT * FROM nba_predictions.player_prop_predictions "
                                                "ORDER BY ALL"), graded)

    code, out = daily("--date", DAY.isoformat())  # the whole day again
    assert code == 0, out
    assert "nothing changed" in out and "the games are over" in out
    after = (objects_of(home, DAY), query(home, "SELECT * FROM nba_predictions.player_prop_predictions ORDER BY ALL"),
             count(home, "nba_predictions.prediction_results", DAY))
    assert after == before  # nothing fetched again, nothing recomputed, the predictions made before tip-off stand


def test_a_failed_unit_makes_the_exit_code_non_zero_and_is_named(home: Path, morning: dict[str, object]) -> None:
    code, out = daily("--date", LATER.isoformat(), "--workflow", "postgame")  # grading with no predictions made
    assert code == 1
    assert "failed: predictions/prediction_results 2024-10-24" in out
    assert f"rerun to retry: nbaprops daily --date {LATER} --workflow postgame" in out
