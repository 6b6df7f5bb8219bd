"""Phase 1 units (scraper x date) in ``nba_reference.processor_run_history``: a ``running`` row before the
requests go out, the outcome after, and ``failed (abandoned)`` when the scraping process was killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.run_history import RunHistory
from nbaprops.scrapers.history import PHASE, history_name
from tests.scrapers.conftest import KEYS
from tests.scrapers.replay import ReplayServer, Reply, Seen

BOX = "https://api.balldontlie.io/v1/box_scores"
BODY = json.dumps({"data": [{"date": "2024-01-15", "home_team_score": 1}]}).encode()


def history(env: Environment, run_id: str | None = None) -> list[dict[str, Any]]:
    rows = env.warehouse.query(
        "SELECT * FROM nba_reference.processor_run_history WHERE phase = :phase ORDER BY data_date",
        {"phase": PHASE})
    return [r for r in rows if run_id is None or r["run_id"] == run_id]


def test_each_scraper_date_is_one_row_with_its_outcome(env, server, scrape):
    def reply(seen: Seen) -> Reply:
        return Reply(500, b"down") if seen.query.get("date") == "2024-01-02" else Reply(200, BODY)

    server.add(BOX, BODY).replies = reply
    first = scrape("bdl_box_scores", date(2024, 1, 1), date(2024, 1, 3))
    rows = history(env, first.run_id)
    assert [(r["processor_name"], r["data_date"], r["status"]) for r in rows] == [
        (history_name("bdl_box_scores"), date(2024, 1, 1), "success"),
        (history_name("bdl_box_scores"), date(2024, 1, 2), "failed"),
        (history_name("bdl_box_scores"), date(2024, 1, 3), "success"),
    ]
    assert all(r["pid"] == os.getpid() and r["processed_at"] is not None for r in rows)
    assert "HTTP 500" in json.loads(rows[1]["errors"])[0]
    assert json.loads(rows[0]["summary"])["source"] == "simulated"  # the loopback profile's label
    assert KEYS["BDL_API_KEY"] not in json.dumps(rows, default=str)

    again = scrape("bdl_box_scores", date(2024, 1, 1), date(2024, 1, 3))  # resumes: the 2nd is fetched again
    assert [r["status"] for r in history(env, again.run_id)] == ["skipped", "failed", "skipped"]
    latest = RunHistory(env.warehouse).latest(history_name("bdl_box_scores"), [date(2024, 1, 2)])
    assert latest[date(2024, 1, 2)]["run_id"] == again.run_id


def test_a_season_level_request_counts_for_the_first_date_of_its_season(env, server, scrape):
    schedule = json.dumps({"leagueSchedule": {"gameDates": [{"games": [{"gameId": "0022400001"}]}]}}).encode()
    server.add("https://stats.nba.com/stats/scheduleleaguev2", schedule)
    report = scrape("nbac_schedule_api", date(2024, 10, 22), date(2024, 10, 24))
    [row] = history(env, report.run_id)
    assert (row["processor_name"], row["data_date"]) == (history_name("nbac_schedule_api"), date(2024, 10, 22))


def test_a_killed_scrape_leaves_abandoned_rows(tmp_path: Path) -> None:
    """A real ``nbaprops scrape`` process, killed with SIGKILL while its requests hang."""
    arrived = threading.Event()

    def hang(seen: Seen) -> Reply:
        arrived.set()
        time.sleep(20)
        return Reply(200, BODY)

    server = ReplayServer()
    try:
        server.add(BOX, BODY).replies = hang
        env_vars = {k: v for k, v in os.environ.items() if not k.startswith("NBAPROPS_")}
        env_vars |= {"NBAPROPS_HOME": str(tmp_path), **KEYS}
        code = "from nbaprops.cli.main import app; app()"
        proc = subprocess.Popen([sys.executable, "-c", code, "scrape", "bdl_box_scores", "--start-date", "2024-01-01",
                                 "--end-date", "2024-01-02", "--simulator-url", server.url], env=env_vars,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert arrived.wait(60), "the scrape never sent its request"
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
    finally:
        server.close()

    env = open_environment(Settings(home=tmp_path, warehouse_url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}",
                                    object_store_url=str(tmp_path / "raw")))
    try:
        rows = history(env)
        assert [(r["data_date"], r["status"], r["pid"]) for r in rows] == [
            (date(2024, 1, 1), "running", proc.pid), (date(2024, 1, 2), "running", proc.pid)]
        shown = RunHistory(env.warehouse).list(processor=history_name("bdl_box_scores"))
        assert [r["status"] for r in shown] == ["failed (abandoned)", "failed (abandoned)"]
        assert RunHistory(env.warehouse).list(status="failed") == shown
    finally:
        env.warehouse.close()
