"""Child processes that die with their parent: Phase 2's parsing workers and the simulator's helpers.

A worker left behind by a parent killed with SIGKILL would hold its memory (a season of games, a chunk
of parsed bodies) until it noticed; both kinds of child call :func:`die_with_parent` first.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

PARENT_CHECK_S = 0.5  # how often a helper or worker checks that its parent is still alive
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int, pdeathsig: bool = True) -> None:
    """In a helper or worker process: exit as soon as ``parent_pid`` (the process that started this one)
    dies, even by SIGKILL, instead of living on holding a season of games (issue #12, item 2).

    On Linux ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` makes the kernel kill this process when its parent
    exits. The kernel ties that to the parent's *thread* that started the child, so it is asked for only
    when that thread is the main one (``pdeathsig``): a helper started from a scraper or server thread
    must outlive the thread. In every case a daemon thread checks the parent's pid every
    ``PARENT_CHECK_S`` (a child whose parent died is re-parented) and exits the process when it changed."""
    if pdeathsig and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # it died before this process could ask to die with it
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="nbaprops-parent-watch", daemon=True).start()


def on_main_thread() -> bool:
    """Whether a child started now may die with this thread (see :func:`die_with_parent`)."""
    return threading.current_thread() is threading.main_thread()
