"""Phase 1 resumes after a crash: real ``nbaprops`` processes, real DuckDB files and object-store folders.

Issue #12, item 1: a scrape resumed on a store that already holds the schedule (a backfill killed
during Phase 1, or a complete store with some objects removed) failed with ``KeyError`` on player
indexes. Root cause: the resumed run skips the stored schedule, so every scraper thread starts at once
and several of them build the simulated league's players concurrently; ``League._build`` hands out
player indexes in creation order and is not thread-safe, so that league named other players than a
render helper's ``League(seed)`` (or than the first run). The fix builds the league before threads
share it (``nbaprops.simulator.pool.prepare``).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb

RANGE = ("--start-date", "2024-10-22", "--end-date", "2024-10-24")


def nbaprops(home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``nbaprops <args>`` in a new process whose home is ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NBAPROPS_")}
    env["NBAPROPS_HOME"] = str(home)
    code = "from nbaprops.cli.main import app; app()"
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def objects(root: Path) -> dict[str, str]:
    """Every object's content hash by its path, as stored: a simulated request is made, answered and named
    at the simulator's clock, so names (fetch times included) and bytes come back identical."""
    files = [p for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".")]  # not the marker
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_scrape_resumed_on_a_partial_store_brings_every_object_back_identical(tmp_path: Path) -> None:
    full, partial = tmp_path / "full", tmp_path / "partial"
    first = nbaprops(full, "scrape", "--all", *RANGE)
    assert first.returncode == 0, first.stdout + first.stderr
    want = objects(full / "raw")
    assert len(want) > 250  # enough requests on the resume for the render helpers to start (200)

    shutil.copytree(full, partial)
    stored = sorted(p for p in (partial / "raw").rglob("*") if p.is_file())
    removed = [p for k, p in enumerate(stored) if "nba-com/schedule" not in str(p) and k % 5]
    for path in removed:  # the schedule stays: the resume skips it, as after a kill during Phase 1
        path.unlink()
    assert len(removed) > 200

    again = nbaprops(partial, "scrape", "--all", *RANGE)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "KeyError" not in again.stdout + again.stderr
    got = objects(partial / "raw")
    assert sorted(got) == sorted(want)
    differing = [k for k in want if got[k] != want[k]]
    assert differing == []


def test_the_scrapers_league_is_built_before_threads_share_it() -> None:
    from nbaprops.scrapers.transport import simulated_league
    from nbaprops.simulator.calendar import SEASONS
    from nbaprops.simulator.league import League

    league = simulated_league(99)  # a seed no other test uses: a league this test sees built
    assert set(league._players) == set(SEASONS)
    serial = League(99)
    for year in SEASONS:
        assert sorted(league.players(year)) == sorted(serial.players(year))


# --- the kill test: a real backfill killed with SIGKILL at random moments, resumed, compared -------------
# ~2-2.5 min by default; the issue asks for 20+ kills: NBAPROPS_KILL_TEST_KILLS=24 (~8 min)
KILLS = int(os.environ.get("NBAPROPS_KILL_TEST_KILLS", "6"))
BACKFILL = ("backfill", "--start-date", "2024-10-22", "--end-date", "2024-10-23", "--phases", "1-3")
COMPARED_SCHEMAS = ("nba_raw", "nba_analytics")
COMPARED_TABLES = ("nba_orchestration.raw_file_loads", "nba_reference.nba_teams")
# the time of the run, not the data: the run's own stamps (the data's times come from the simulator's clock)
RUN_COLUMNS = {"processed_at", "loaded_at", "run_id"}


def tables(home: Path) -> dict[str, list[tuple[str, ...]]]:
    """Every compared table's rows as sorted tuples of text, run stamps left out."""
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        names = [f"{s}.{t}" for s, t in con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() ORDER BY 1, 2").fetchall()
            if s in COMPARED_SCHEMAS or f"{s}.{t}" in COMPARED_TABLES]
        out: dict[str, list[tuple[str, ...]]] = {}
        for name in names:
            schema, table = name.split(".")
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? "
                "ORDER BY column_index", [schema, table]).fetchall()]
            kept = [c for c in columns if c not in RUN_COLUMNS]
            rows = con.execute(f"SELECT {', '.join(kept)} FROM {name}").fetchall()
            out[name] = sorted(tuple(str(v) for v in row) for row in rows)
        return out
    finally:
        con.close()


def latest_runs(home: Path) -> tuple[int, dict[tuple[str, str], str]]:
    """(rows that read abandoned, the latest status of every processor or scraper and date)."""
    from nbaprops.orchestration.run_history import display_status

    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        cursor = con.execute("SELECT processor_name, data_date, status, started_at, host, pid "
                             "FROM nba_reference.processor_run_history ORDER BY started_at")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    finally:
        con.close()
    latest = {(r["processor_name"], str(r["data_date"])): display_status(r) for r in rows}
    return sum(display_status(r) == "failed (abandoned)" for r in rows), latest


def _session(sid: int) -> list[int]:
    """Live processes of session ``sid`` (zombies aside)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] not in ("Z", "X"):
                found.append(int(entry.name))
    return found


def _killed_at(home: Path, after: float) -> dict[str, Any]:
    """Start the backfill, SIGKILL its main process ``after`` seconds in (unless it ended), and check that
    its helpers and workers die with it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NBAPROPS_")}
    env["NBAPROPS_HOME"] = str(home)
    proc = subprocess.Popen([sys.executable, "-c", "from nbaprops.cli.main import app; app()", *BACKFILL],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        try:
            return {"finished": proc.wait(timeout=after)}
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)  # the main process only, as `kill -9 <pid>`
            proc.wait()
        deadline = time.monotonic() + 5
        while _session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        return {"killed": after, "survivors": _session(proc.pid)}
    finally:
        for pid in _session(proc.pid):  # never leave anything behind
            os.kill(pid, signal.SIGKILL)


def test_a_backfill_killed_at_random_moments_resumes_to_the_same_tables(tmp_path: Path) -> None:
    reference, killed = tmp_path / "reference", tmp_path / "killed"
    began = time.monotonic()
    done = nbaprops(reference, *BACKFILL)
    assert done.returncode == 0, done.stdout + done.stderr
    took = time.monotonic() - began

    rng = random.Random(20241022)  # the same moments every run
    for _ in range(KILLS):
        outcome = _killed_at(killed, rng.uniform(0.5, took))
        assert outcome.get("finished", 0) == 0 and outcome.get("survivors", []) == [], outcome
    resumed = nbaprops(killed, *BACKFILL)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr

    abandoned, latest = latest_runs(killed)
    assert abandoned > 0  # the killed runs' units, Phase 1's included, read as abandoned in the history
    assert {status for status in latest.values()} <= {"success", "skipped"}  # and the resume closed them all
    assert {name for name, _ in latest} == {name for name, _ in latest_runs(reference)[1]}

    want, got = tables(reference), tables(killed)
    assert sorted(got) == sorted(want)
    for name in want:
        assert len(got[name]) == len(want[name]), name
        assert got[name] == want[name], name
    assert objects(killed / "raw") == objects(reference / "raw")
