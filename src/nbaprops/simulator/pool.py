"""Render simulated responses in helper processes, so a scrape of the simulator uses every core.

The simulator is pure Python: in one process its rendering and the scrapers' own work share one
GIL, and a season of every source takes minutes. :class:`RenderPool` starts ``size`` helper
processes (plain ``python -c`` subprocesses, as :mod:`.parallel` does), each with its own
``League(seed, as_of)``; a request is a pickle down the helper's stdin and the response a pickle
back. Requests for one game (its id is in the URL) always go to the same helper, whose larger game
cache then serves every source of that game from one simulation. When a helper must simulate a
season's box scores in bulk (standings), it asks this process for them instead, and this process
simulates them once, on two cores, for every helper.

Responses are byte-identical to in-process ones: a game is a pure function of (seed, game). Faults
that count attempts stay in this process (:func:`.router.dispatch`); content faults go to the helper.
A helper that dies is replaced by rendering in this process, so a scrape never fails because of it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import re
import subprocess
import sys
import threading
import traceback
from datetime import datetime
from typing import IO, TYPE_CHECKING

from . import parallel
from .faults import Faults
from .router import Response, render

if TYPE_CHECKING:
    from .game import Game, Scheduled
    from .league import League

_RESULTS_LOCK = threading.Lock()  # two helpers asking for one season's box scores: simulate them once
HELPER_GAME_CACHE = 1600  # games with play-by-play a helper keeps: a season's share, ~270 KB each
_GAME_ID = re.compile(r"(?<!\d)(00[1-5]\d{7})(?!\d)")
_MAIN = ("import sys; from nbaprops.simulator.pool import _helper_main; "
         "sys.exit(_helper_main(sys.stdin.buffer, sys.stdout.buffer))")


def affinity(url: str) -> int | None:
    """The NBA game id a URL is about (play-by-play, BigDataBall file, box score), if any."""
    m = _GAME_ID.search(url)
    return int(m.group(1)) if m else None


class _Helper:
    """One helper process and the lock that gives one thread at a time its pipes."""

    def __init__(self, seed: int, as_of: datetime, faults: Faults | None) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)  # import this same copy of nbaprops
        env["NBAPROPS_SIM_WORKERS"] = "1"
        self.proc = subprocess.Popen([sys.executable, "-c", _MAIN], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env)
        self.lock = threading.Lock()
        self.alive = True
        self._send((seed, as_of, faults))

    def _send(self, message: object) -> None:
        pickle.dump(message, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)  # type: ignore[arg-type]
        self.proc.stdin.flush()  # type: ignore[union-attr]

    def ask(self, league: League, url: str, headers: dict[str, str]) -> Response:
        """Send one request; answer the helper's calls for box scores until its response arrives."""
        self._send(("render", url, headers))
        while True:
            message = pickle.load(self.proc.stdout)  # type: ignore[arg-type]
            kind = message[0]
            if kind == "response":
                _, status, body, content_type, extra = message
                return Response(status, body, content_type, extra)
            if kind == "results":
                self._send(("results", _packed_results(league, message[1], message[2])))
            elif kind == "error":
                raise RuntimeError(f"simulator helper failed rendering {url}:\n{message[1]}")
            else:
                raise RuntimeError(f"simulator helper sent {kind!r}")

    def stop(self) -> None:
        self.alive = False
        with contextlib.suppress(OSError):
            self.proc.stdin.close()  # type: ignore[union-attr]
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _packed_results(league: League, year: int, game_ids: list[str]) -> list[tuple]:
    """Box scores for a helper, simulated here once (on two cores) and kept for every other helper."""
    season = league.season(year)
    with _RESULTS_LOCK:
        scheds = [season.scheduled(gid) for gid in game_ids]
        season.simulate_games([s for s in scheds if s is not None])
    return [parallel.pack(season.result(gid), league.officials) for gid in game_ids]


START_AFTER = 200  # requests rendered here before helpers start: small scrapes never pay their ~0.5 s start


class RenderPool:
    """``size`` helper processes rendering one league's responses, started once a scrape proves long."""

    def __init__(self, league: League, faults: Faults | None, size: int, start_after: int = START_AFTER) -> None:
        self.league, self.faults, self.size, self.start_after = league, faults, size, start_after
        self._requests = itertools.count()
        self._helpers: list[_Helper | None] = [None] * size
        self._start_lock = threading.Lock()
        self._turn = itertools.count()
        self._closed = False

    def _helper(self, k: int) -> _Helper | None:
        helper = self._helpers[k]
        if helper is None and not self._closed:
            with self._start_lock:
                helper = self._helpers[k]
                if helper is None:
                    try:
                        helper = self._helpers[k] = _Helper(self.league.seed, self.league.as_of, self.faults)
                    except OSError:
                        return None
        return helper if helper is not None and helper.alive else None

    def _choose(self, url: str) -> _Helper | None:
        game = affinity(url)
        if game is not None:
            return self._helper(game % self.size)
        first = next(self._turn)
        for k in range(self.size):  # an idle helper if there is one, else wait for the next in turn
            helper = self._helper((first + k) % self.size)
            if helper is not None and not helper.lock.locked():
                return helper
        return self._helper(first % self.size)

    def render(self, url: str, headers: dict[str, str]) -> Response:
        helper = self._choose(url) if next(self._requests) >= self.start_after else None
        if helper is not None:
            with helper.lock:
                if helper.alive:
                    try:
                        return helper.ask(self.league, url, headers)
                    except (OSError, EOFError, pickle.UnpicklingError):
                        helper.stop()  # it died: this process renders its share from now on
        return render(self.league, url, headers, self.faults)

    def close(self) -> None:
        self._closed = True
        for helper in self._helpers:
            if helper is not None:
                with helper.lock:
                    helper.stop()


# --- the helper process ---------------------------------------------------------------------------------
def _helper_main(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    from .league import League

    def send(message: object) -> None:
        pickle.dump(message, stdout, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.flush()

    seed, as_of, faults = pickle.load(stdin)
    league = League(seed, as_of, game_cache=HELPER_GAME_CACHE)

    def results_from_parent(league_: League, scheds: list[Scheduled]) -> list[Game]:
        send(("results", scheds[0].season, [s.game_id for s in scheds]))
        _, packed = pickle.load(stdin)
        return [parallel.unpack(s, p, league_.officials) for s, p in zip(scheds, packed, strict=True)]

    parallel.set_bulk_simulator(results_from_parent)
    while True:
        try:
            _, url, headers = pickle.load(stdin)
        except EOFError:
            return 0
        try:
            resp = render(league, url, headers, faults)
        except Exception:
            send(("error", traceback.format_exc()))
            continue
        send(("response", resp.status, resp.body, resp.content_type, resp.headers))
