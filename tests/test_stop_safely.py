"""Stopping a backfill is safe (the seed's "know how to stop a backfill"): SIGINT or SIGTERM rolls back the
unit in progress, records it as interrupted, prints the command that resumes; that command then finishes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

COMMAND = ["backfill", "--start-date", "2024-10-22", "--end-date", "2024-10-23", "--phases", "1-3"]


def _nbaprops(home: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "NBAPROPS_HOME": str(home), "NBAPROPS_SIM_WORKERS": "1", "COLUMNS": "200"}
    env.pop("NBAPROPS_WAREHOUSE", None)
    env.pop("NBAPROPS_OBJECT_STORE", None)
    return subprocess.Popen([sys.executable, "-m", "nbaprops.cli.main", *args], env=env, cwd=home,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_stopped_backfill_says_how_to_resume_and_the_resume_finishes(tmp_path, sig):
    proc = _nbaprops(tmp_path, *COMMAND)
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:  # stop in the middle of Phase 2, while processors run
        seen.append(line)
        if "phase 2 raw/" in line:
            proc.send_signal(sig)
            break
    out = "".join(seen) + proc.stdout.read()
    assert proc.wait(timeout=120) == 130, out
    assert "stopped. Nothing was half-written; resume with:" in out
    assert "nbaprops backfill --start-date 2024-10-22 --end-date 2024-10-23 --phases 1-3" in out
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        running = con.execute("SELECT count(*) FROM nba_reference.processor_run_history "
                              "WHERE status = 'running'").fetchone()
    assert running == (0,)  # every unit closed: succeeded, or failed as interrupted
    resumed = _nbaprops(tmp_path, *COMMAND)
    text, _ = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, text
    assert "backfill complete" in text


def test_another_terminal_sees_the_backfill_running_and_stops_it(tmp_path):
    import json

    longer = ["backfill", "--start-date", "2024-10-22", "--end-date", "2024-11-20", "--phases", "1-3"]
    proc = _nbaprops(tmp_path, *longer)
    assert proc.stdout is not None
    for line in proc.stdout:  # Phase 1 of a month takes a while: look and stop during it
        if line.startswith("== season"):
            break
    seen = _nbaprops(tmp_path, "monitor", "--json")
    state = json.loads(seen.communicate(timeout=60)[0])
    assert state["alive"] and state["pid"] == proc.pid and not state["finished"]
    assert state["done_steps"] < state["total_steps"] and state["where"].startswith("season 2024-25")
    stopper = _nbaprops(tmp_path, "stop")
    assert stopper.wait(timeout=60) == 0
    out = proc.communicate(timeout=120)[0]
    assert proc.returncode == 130 and "resume with:" in out
    final = json.loads((tmp_path / "backfill.json").read_text())
    assert final["finished"] and final["outcome"] == "stopped (interrupted)"
    assert _nbaprops(tmp_path, "stop").wait(timeout=60) == 1  # nothing running any more
