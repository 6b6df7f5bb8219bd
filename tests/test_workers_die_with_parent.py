"""Worker processes die with their parent (issue #12, item 2): a real parent process starts Phase 2's
parsing workers or the simulator's helpers, is killed with SIGKILL, and its children must be gone
within a few seconds (they used to live on for minutes, ~190 MB each).

Each mode starts its children either from the main thread (the kernel's parent-death signal) or from a
thread that then ends (as a scraper or server thread does: the children must outlive that thread and
still notice the parent's death by its pid)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PARENT = r'''
import os, sys, threading, time

mode, where = sys.argv[1], sys.argv[2]
pids: list[int] = []


def start() -> None:
    if mode == "parse":
        from nbaprops.raw.framework import parsing
        pool = parsing._pool(2)
        pool.submit(time.sleep, 0).result()  # starts every worker
        pids.extend(pool._processes)
    elif mode == "render":  # render helpers, busy simulating games when their parent dies
        from nbaprops.simulator.league import League
        from nbaprops.simulator.pool import RenderPool
        league = League(7)
        games = [(2024, s.game_id) for s in league.season(2024).all_games()[:400]]
        render = RenderPool(league, None, 2, start_after=0)
        for k in range(2):
            helper = render._helper(k)
            helper.send_request("simulate", games, False)
            pids.append(helper.proc.pid)
    else:  # a one-shot helper simulating a season's box scores, busy when its parent dies
        from nbaprops.simulator import parallel
        from nbaprops.simulator.league import League
        helper = parallel._start_helper(7, League(7).season(2024).all_games())
        pids.append(helper.pid)
    time.sleep(0.5)  # the helpers have their work


if where == "main":
    start()
else:
    thread = threading.Thread(target=start)
    thread.start()
    thread.join()  # the thread that started the children has ended
print(" ".join(map(str, pids)), flush=True)
time.sleep(600)
'''


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper counts as gone: it holds no memory and runs nothing)."""
    try:
        os.kill(pid, 0)
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (ProcessLookupError, FileNotFoundError):
        return False
    return state not in ("Z", "X")


def _children_of_killed_parent(tmp_path: Path, mode: str, where: str) -> tuple[list[int], list[int]]:
    """Start the parent, kill it with SIGKILL once its children run; (children, those alive 5 s later)."""
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NBAPROPS_")}
    parent = subprocess.Popen([sys.executable, str(script), mode, where], stdout=subprocess.PIPE, text=True, env=env)
    children: list[int] = []
    try:
        line = parent.stdout.readline()  # type: ignore[union-attr]
        children = [int(p) for p in line.split()]
        assert children, f"the parent started no children (exit {parent.poll()})"
        time.sleep(0.7)  # longer than a parent check: children started by an ended thread stay up
        assert all(_alive(pid) for pid in children)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.1)
        return children, [pid for pid in children if _alive(pid)]
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in children:  # never leave a child behind, even when the test fails
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("where", ["main", "thread"])
@pytest.mark.parametrize("mode", ["parse", "render", "simulate"])
def test_children_exit_when_their_parent_is_killed(tmp_path: Path, mode: str, where: str) -> None:
    children, survivors = _children_of_killed_parent(tmp_path, mode, where)
    assert len(children) == (1 if mode == "simulate" else 2)
    assert survivors == []
