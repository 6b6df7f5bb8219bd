"""Simulate many games on more than one core: a helper Python process takes part of the list.

A game is a pure function of (league seed, scheduled game), so a helper that builds its own
``League(seed)`` replays exactly the same games; the parent reattaches its own ``Scheduled`` and
``Official`` objects, so results are indistinguishable from serial ones. The helper is a plain
``python -c`` subprocess fed by pickles on stdin/stdout (no fork of a threaded server, and no re-import
of the caller's ``__main__`` as ``multiprocessing``'s spawn would do). Anything unexpected (no
second core, the helper fails, it imported a different copy of the package) falls back to simulating
the rest in this process.

``NBAPROPS_SIM_WORKERS`` caps the number of processes (``1`` = always serial).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from nbaprops.processes import on_main_thread

from . import game as _game_module
from .game import Game, Scheduled, simulate

if TYPE_CHECKING:
    from .league import League

MIN_GAMES = 120  # below this, starting a helper (about 0.25 s) does not pay
HELPER_SHARE = 0.46  # the helper starts late: give it a little less than half


def workers() -> int:
    env = os.environ.get("NBAPROPS_SIM_WORKERS", "").strip()
    if env.isdigit():
        return max(1, int(env))
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return min(2, cores)


def pack(game: Game, officials: tuple) -> tuple:
    """A game's box score as plain tuples (its officials as indexes), to cross a process boundary."""
    return (game.home_pts, game.away_pts, game.periods, game.line, game.box, game.order, game.starters, game.dnp,
            game.inactive, tuple(officials.index(o) for o in game.officials), game.attendance, game.duration_min)


def unpack(sched: Scheduled, packed: tuple, officials: tuple) -> Game:
    """The :class:`Game` that :func:`pack` packed, reattached to this process's schedule and officials."""
    (home_pts, away_pts, periods, line, box, order, starters, dnp, inactive, offs, attendance,
     duration_min) = packed
    return Game(sched=sched, home_pts=home_pts, away_pts=away_pts, periods=periods, line=line, box=box,
                order=order, starters=starters, dnp=dnp, inactive=inactive,
                officials=tuple(officials[k] for k in offs), attendance=attendance, duration_min=duration_min,
                actions=None)


def _helper_main(stdin, stdout) -> int:
    from .league import League

    seed, scheds = pickle.load(stdin)
    league = League(seed)
    packed = [pack(simulate(league, s, keep_actions=False), league.officials) for s in scheds]
    pickle.dump((os.path.realpath(_game_module.__file__), packed), stdout, protocol=pickle.HIGHEST_PROTOCOL)
    stdout.flush()
    return 0


def start_python(module: str, bufsize: int = -1) -> subprocess.Popen:
    """``python -c`` running ``module._helper_main(stdin, stdout)``, importing this same copy of nbaprops,
    talking over pipes, never starting helpers of its own and exiting when this process dies (raises
    OSError if it cannot start)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    env["NBAPROPS_SIM_WORKERS"] = "1"
    code = (f"import sys; from nbaprops.processes import die_with_parent; "
            f"die_with_parent({os.getpid()}, {on_main_thread()}); "
            f"from {module} import _helper_main; sys.exit(_helper_main(sys.stdin.buffer, sys.stdout.buffer))")
    return subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, bufsize=bufsize)


def _start_helper(seed: int, scheds: list[Scheduled]) -> subprocess.Popen | None:
    try:
        proc = start_python(__name__)
    except OSError:
        return None
    payload = pickle.dumps((seed, scheds), protocol=pickle.HIGHEST_PROTOCOL)

    def feed() -> None:  # more than a pipe buffer: write it while this process simulates its share
        try:
            with proc.stdin:  # type: ignore[union-attr]
                proc.stdin.write(payload)  # type: ignore[union-attr]
        except (OSError, ValueError):
            pass

    threading.Thread(target=feed, name="nbaprops-sim-feed", daemon=True).start()
    return proc


def _stop(helper: subprocess.Popen) -> None:
    helper.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        helper.wait(timeout=5)


# (league, games) -> their box scores, or None when it cannot serve them now (they are simulated here)
BulkSimulator = Callable[["League", list[Scheduled]], "list[Game] | None"]


def simulate_many(league: League, scheds: list[Scheduled], store: Callable[[Scheduled, Game], None]) -> None:
    """Simulate ``scheds`` (box scores only) and hand each game to ``store``, in list order per process."""
    from .league import League

    games = league.bulk(league, scheds) if league.bulk is not None and scheds else None
    if games is not None:
        for s, game in zip(scheds, games, strict=True):
            store(s, game)
        return
    helper = None
    mine, theirs = scheds, []
    if len(scheds) >= MIN_GAMES and workers() > 1 and type(league) is League:
        cut = len(scheds) - int(len(scheds) * HELPER_SHARE)
        mine, theirs = scheds[:cut], scheds[cut:]
        helper = _start_helper(league.seed, theirs)
        if helper is None:
            mine, theirs = scheds, []
    try:
        for s in mine:
            store(s, simulate(league, s, keep_actions=False))
    except BaseException:
        if helper is not None:
            _stop(helper)
        raise
    if helper is None:
        return
    packed = None
    try:
        out = helper.stdout.read()  # type: ignore[union-attr]
        helper.stdout.close()  # type: ignore[union-attr]
        if helper.wait(timeout=60) == 0:
            path, packed = pickle.loads(out)
            if path != os.path.realpath(_game_module.__file__) or len(packed) != len(theirs):
                packed = None
    except Exception:  # any helper failure: simulate its share here instead
        _stop(helper)
        packed = None
    if packed is None:
        for s in theirs:
            store(s, simulate(league, s, keep_actions=False))
        return
    for s, p in zip(theirs, packed, strict=True):
        store(s, unpack(s, p, league.officials))
