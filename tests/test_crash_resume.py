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
import re
import shutil
import subprocess
import sys
from pathlib import Path

RANGE = ("--start-date", "2024-10-22", "--end-date", "2024-10-24")
_STAMP = re.compile(r"\d{8}_\d{6}")
_SNAP = re.compile(r"snap-\d{4}")
# the wall clock a few bodies carry (the schedule's meta.time, BettingPros events' ts/utc): not the content
_WALL_CLOCK = re.compile(rb'"(time|utc)":"[0-9T:.\- ]+Z?"|"ts":\d{10}')


def nbaprops(home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``nbaprops <args>`` in a new process whose home is ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NBAPROPS_")}
    env["NBAPROPS_HOME"] = str(home)
    code = "from nbaprops.cli.main import app; app()"
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def objects(root: Path) -> dict[str, list[str]]:
    """Every object's content hash by its path with the fetch time taken out (names carry the time of
    the request; what must come back identical is each path's content)."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            key = _SNAP.sub("snap-X", _STAMP.sub("TS", str(path.relative_to(root))))
            body = _WALL_CLOCK.sub(b"T", path.read_bytes())
            found.setdefault(key, []).append(hashlib.sha256(body).hexdigest())
    return {k: sorted(v) for k, v in found.items()}


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
