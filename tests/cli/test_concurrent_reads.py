"""``status`` and ``history`` from a second terminal while a backfill writes (two real processes).

DuckDB lets one process hold the warehouse file, so the backfill publishes a snapshot every few
seconds (``nbaprops.cli.snapshot``) and the readers fall back to it, saying how old it is. The backfill
is paused (SIGSTOP) while the readers run, so it provably holds the file the whole time.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb

from nbaprops.cli.snapshot import FILE, INTERVAL_ENV
from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import simulated_profile

START, END = "2024-10-22", "2024-10-24"  # three game days: Phase 2 outlasts a few snapshot intervals
INTERVAL = 0.5  # snapshot interval for the test (the default is 2 s)
LAG = 3.0  # the most the last snapshot may be older than the pause: an interval (longer while one is slow), a margin


def _nbaprops(home: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "NBAPROPS_HOME": str(home), "NBAPROPS_SIM_WORKERS": "1", "COLUMNS": "200",
           "PYTHONUNBUFFERED": "1", INTERVAL_ENV: str(INTERVAL)}
    for name in ("NBAPROPS_WAREHOUSE", "NBAPROPS_OBJECT_STORE", "NBAPROPS_ALERT_WEBHOOK", "NBAPROPS_ALERT_SMTP"):
        env.pop(name, None)
    return subprocess.Popen([sys.executable, "-m", "nbaprops.cli.main", *args], env=env, cwd=home,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _read(home: Path, *args: str) -> tuple[int, str, str]:
    proc = _nbaprops(home, *args)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def _scrape(home: Path) -> None:
    """Phase 1 of the days, in this process (the simulated season is then built once per test session)."""
    env = open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'warehouse.duckdb'}",
                                    object_store_url=str(home / "raw")))
    try:
        report = ScrapeRunner(env, simulated_profile(7), workers=4, backfill_mode=True).run(
            list(SCRAPERS), date.fromisoformat(START), date.fromisoformat(END))
        assert report.ok, report.failures()[:3]
    finally:
        env.warehouse.close()


def test_status_and_history_read_a_fresh_snapshot_while_a_backfill_holds_the_warehouse(tmp_path):
    _scrape(tmp_path)
    writer = _nbaprops(tmp_path, "backfill", "--start-date", START, "--end-date", END, "--phases", "2-3")
    assert writer.stdout is not None
    finished: dict[str, float] = {}  # Phase 2 processor -> when its line was read (after its commit)
    for line in writer.stdout:
        if m := re.match(r"\s*phase 2 raw/(\w+): \d+ success", line):
            finished[m.group(1)] = time.time()
        if "gate: phase 2" in line:
            break
    writer.send_signal(signal.SIGSTOP)  # hold it between phases: the file stays locked
    stopped = time.time()
    assert writer.poll() is None, "the backfill ended before the readers could look"
    with duckdb.connect(str(tmp_path / FILE), read_only=True) as con:  # the snapshot the readers will see
        taken_at = con.execute("SELECT taken_at FROM nba_reference.snapshot_info").fetchone()[0].timestamp()
    assert stopped - taken_at < LAG  # a few seconds old at most
    try:
        code, out, err = _read(tmp_path, "history", "--json", "--limit", "1000")
        assert code == 0, err
        # the note appears only when the warehouse file is locked (``nbaprops.cli.snapshot._locked``)
        note = re.search(r"showing the snapshot published (\d+) s ago .* by `nbaprops backfill --start-date "
                         rf"{START} --end-date {END} --phases 2-3` \(pid {writer.pid}\)", " ".join(err.split()))
        assert note, err
        seen = {r["processor_name"] for r in json.loads(out) if r["status"] == "success"}
        # one committed state: every processor finished before the snapshot was taken is in it
        settled = {name for name, at in finished.items() if at < taken_at}
        assert settled and settled <= seen, (settled - seen, len(finished))
        assert any(name.startswith("scrape/") for name in seen)  # Phase 1 units too
        code, out, err = _read(tmp_path, "status", "--start-date", START, "--end-date", END, "--json")
        assert code == 1 and "showing the snapshot" in err, err  # Phase 3 is not there yet: incomplete, said so
        summary = json.loads(out)
        assert all(c["dates_with_data"] == 0 for c in summary["phases"]["3"])
        if "nbac_schedule" in settled:
            schedule = next(c for c in summary["phases"]["2"] if c["table"] == "nba_raw.nbac_schedule")
            assert schedule["dates_with_data"] == schedule["expected_dates"] == 1  # season-level: one a season
    finally:
        writer.send_signal(signal.SIGCONT)
    rest, _ = writer.communicate(timeout=300)
    assert writer.returncode == 0, rest
    assert not (tmp_path / FILE).exists()  # removed at the end: readers open the warehouse itself again
