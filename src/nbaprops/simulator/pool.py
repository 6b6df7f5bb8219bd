"""Render simulated responses in helper processes, so a scrape of the simulator uses every core.

The simulator is pure Python: in one process its rendering and the scrapers' own work share one
GIL, and a season of every source takes minutes. :class:`RenderPool` starts ``size`` helper
processes (plain ``python -c`` subprocesses: :func:`.parallel.start_python`), each with its own
``League(seed, as_of)``; a request goes down the helper's stdin and the response comes back on its
stdout as framed messages (:func:`write_message`: a small pickle, then the body's bytes as they are).
Requests for one game (its id is in the URL) always go to the same helper, whose larger game cache
then serves every source of that game, and its betting lines, from one simulation. A season's box
scores in bulk (standings and the playoff bracket, which the schedule needs first) are simulated by
the helpers too (:meth:`RenderPool.simulate`), each game in the helper that will render it, which
keeps it with its play-by-play: a game is simulated once in the whole scrape. A helper that needs
them itself asks this process, which has them.

Responses are byte-identical to in-process ones: a game is a pure function of (seed, game). Faults
that count attempts stay in this process (:func:`.router.dispatch`); content faults go to the helper.
A helper that dies, stays silent for ``SILENCE_S`` or answers out of step is dropped and its share
rendered in this process, so a scrape never fails because of it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import re
import select
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from typing import IO, TYPE_CHECKING

from . import parallel
from .faults import Faults
from .game import simulate
from .router import Response, render

if TYPE_CHECKING:
    from .game import Game, Scheduled
    from .league import League

SILENCE_S = 300  # a helper that says nothing for this long is given up on (a season's standings take ~10 s)
_RESULTS_LOCK = threading.Lock()  # two helpers asking for one season's box scores: simulate them once
HELPER_GAME_CACHE = 1600  # games with play-by-play a helper keeps: a season's share, ~270 KB each
_DIGIT_RUN = re.compile(r"\d{10,}")


def affinity(url: str) -> int | None:
    """The NBA game id a URL is about, if any: in a play-by-play or box-score URL, or at the end of a
    simulated Odds API event id or Drive file id (hex that ends with the game id)."""
    for run in _DIGIT_RUN.findall(url):
        game = run[-10:]
        if game[:2] == "00" and game[2] in "12345":
            return int(game)
    return None


class _OutOfStepError(Exception):
    """The helper's pipe holds something other than the answer to the request just sent."""


class _RendererError(Exception):
    """The renderer raised in the helper: rendering here raises it again, with a local traceback."""


class _Helper:
    """One helper process and the lock that gives one thread at a time its pipes."""

    def __init__(self, seed: int, as_of: datetime, faults: Faults | None) -> None:
        self.proc = parallel.start_python(__name__, bufsize=0)
        self.lock = threading.Lock()
        self.alive = True
        self._seq = 0
        self._send((seed, as_of, faults))

    def _send(self, message: tuple) -> None:
        write_message(self.proc.stdin, message)  # type: ignore[arg-type]

    def _receive(self) -> tuple:
        """The helper's next message, or TimeoutError if it says nothing for ``SILENCE_S`` seconds."""
        fd = self.proc.stdout.fileno()  # type: ignore[union-attr]

        def read(n: int) -> bytes:
            chunks, left = [], n
            while left:
                if not select.select([fd], [], [], SILENCE_S)[0]:
                    raise TimeoutError(f"simulator helper silent for {SILENCE_S} s")
                chunk = os.read(fd, min(left, 1 << 20))
                if not chunk:
                    raise EOFError("simulator helper exited")
                chunks.append(chunk)
                left -= len(chunk)
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)

        return read_message(read)

    def ask(self, league: League, url: str, headers: dict[str, str]) -> Response:
        """Render one request in the helper."""
        self.send_request("render", url, headers)
        return self.answer(league)

    def send_request(self, kind: str, *args: object) -> None:
        self._seq += 1
        self._send((kind, self._seq, *args))

    def answer(self, league: League) -> Response | list[tuple]:
        """The answer to the request just sent (a response, or packed box scores); meanwhile the
        helper's own calls for a season's box scores are answered from this process.

        Every message carries the request's number: an answer to another request means the pipes are
        out of step, and the helper is not used again."""
        while True:
            message = self._receive()
            kind, seq = message[0], message[1]
            if seq != self._seq:
                raise _OutOfStepError(f"helper answered request {seq} to request {self._seq}")
            if kind == "response":
                _, _, status, content_type, extra, *body = message  # no body part when it is empty
                return Response(status, body[0] if body else b"", content_type, extra)
            if kind == "simulated":
                return message[2]
            if kind == "results":
                _serving.active = True  # the box scores are simulated here, not asked of the helpers
                try:
                    self._send(("results", seq, _packed_results(league, message[2], message[3])))
                finally:
                    _serving.active = False
            elif kind == "error":
                raise _RendererError(message[2])
            else:
                raise _OutOfStepError(f"helper sent {kind!r}")

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


_serving = threading.local()  # set while this thread answers a helper's call (it holds that helper)


def prepare(league: League) -> League:
    """Build every season's players and rosters now, in this thread, before threads share ``league``.

    :meth:`League._build` hands out player indexes in the order it creates players and is not
    thread-safe: two scraper threads building a season at once interleave their indexes, and that league
    then names other players than a helper's ``League(seed)`` (a ``KeyError`` on a player index when
    the parent renders a game the helper simulated) or than any earlier run (different bodies). A fresh
    scrape escaped it only because the schedule, fetched alone first, built everything; a resumed one
    skips the stored schedule and starts every scraper at once. Cheap (~0.15 s) and idempotent."""
    from .calendar import SEASONS

    for year in SEASONS:
        league.players(year)
    return league

START_AFTER = 200  # requests rendered here before helpers start: small scrapes never pay their ~0.5 s start


class RenderPool:
    """``size`` helper processes rendering one league's responses, started once a scrape proves long."""

    def __init__(self, league: League, faults: Faults | None, size: int, start_after: int = START_AFTER) -> None:
        self.league, self.faults, self.size, self.start_after = prepare(league), faults, size, start_after
        self._requests = itertools.count()
        self._helpers: list[_Helper | None] = [None] * size
        self._start_lock = threading.Lock()
        self._turn = itertools.count()
        self._closed = False
        # seasons whose games this scrape renders one by one (seen in per-game URLs), and those simulated
        # in bulk so far: play-by-play is kept in bulk only for a season that will be rendered
        self._rendered_seasons: set[int] = set()
        self._bulk_seasons: set[int] = set()
        league.bulk = self.simulate

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
            self._rendered_seasons.add(2000 + game // 100_000 % 100)  # 0022400061 -> 2024
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
                    except _RendererError:
                        pass
                    except Exception:  # it died or its pipes are out of step: this process renders its share
                        helper.stop()
                    except BaseException:  # interrupted between request and answer: the pipes are unusable
                        helper.stop()
                        raise
        return render(self.league, url, headers, self.faults)

    def simulate(self, league: League, scheds: list[Scheduled]) -> list[Game] | None:
        """Box scores of many games (a season, for standings and the playoff bracket), simulated with
        their play-by-play by the helpers that render those games, which keep them: each game is then
        simulated once in the whole scrape, not once here and again in a helper. None, and the games
        are simulated here, when the pool is closed, a helper is busy or this thread is serving one."""
        if (league is not self.league or self._closed or getattr(_serving, "active", False)
                or len(scheds) < parallel.MIN_GAMES):
            return None
        shares: dict[int, list[Scheduled]] = {}
        for sched in scheds:
            shares.setdefault(int(sched.game_id) % self.size, []).append(sched)
        seasons = {s.season for s in scheds}
        # The first season simulated in bulk is the one being scraped: the schedule API's, which every
        # per-game scraper plans from. A later one (the CDN's current season, which only its schedule
        # file needs) keeps its play-by-play only if its games are being rendered.
        keep = not self._bulk_seasons or seasons <= self._rendered_seasons
        self._bulk_seasons |= seasons
        held: list[tuple[_Helper, list[Scheduled]]] = []
        try:
            for k in sorted(shares):  # never wait for a helper: its holder may be waiting for this thread
                helper = self._helper(k)
                if helper is None or not helper.lock.acquire(blocking=False):
                    return None
                held.append((helper, shares[k]))
            return self._simulate_in(league, held, scheds, keep)
        finally:
            for helper, _ in held:
                helper.lock.release()

    def _simulate_in(self, league: League, held: list[tuple[_Helper, list[Scheduled]]],
                     scheds: list[Scheduled], keep: bool) -> list[Game]:
        games: dict[str, Game] = {}

        def here(helper: _Helper, share: list[Scheduled]) -> None:  # a failed helper's share
            helper.stop()
            games.update((s.game_id, simulate(league, s, keep_actions=False)) for s in share)

        sent = []
        for helper, share in held:
            try:
                helper.send_request("simulate", [(s.season, s.game_id) for s in share], keep)
                sent.append((helper, share))
            except Exception:
                here(helper, share)
        for helper, share in sent:  # the helpers work at the same time; their answers are read in turn
            try:
                packed = helper.answer(league)
                if not isinstance(packed, list) or len(packed) != len(share):
                    raise _OutOfStepError("helper answered a simulation with something else")
                games.update((s.game_id, parallel.unpack(s, p, league.officials))
                             for s, p in zip(share, packed, strict=True))
            except Exception:
                here(helper, share)
        return [games[s.game_id] for s in scheds]

    def close(self) -> None:
        self._closed = True
        if self.league.bulk == self.simulate:
            self.league.bulk = None
        for helper in self._helpers:
            if helper is not None:
                with helper.lock:
                    helper.stop()


# --- the helper process ---------------------------------------------------------------------------------
def write_message(pipe: IO[bytes], message: tuple, body: bytes = b"") -> None:
    """One message: the sizes of its pickle and of its body (8 bytes each), the pickle, then the body
    as it is (a response body is sent, not pickled: a season of them is a gigabyte). A message with a
    body is read back as ``(*message, body)``."""
    meta = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    for part in (len(meta).to_bytes(8, "big") + len(body).to_bytes(8, "big"), meta, body):
        view = memoryview(part)
        while view:  # an unbuffered pipe may take part of it per call
            view = view[pipe.write(view) or 0:]
    pipe.flush()


def read_message(read: Callable[[int], bytes]) -> tuple:
    """One message written by :func:`write_message`, from ``read(n)`` (n bytes, fewer at the end)."""
    header = read(16)
    if len(header) < 16:
        raise EOFError
    message = pickle.loads(read(int.from_bytes(header[:8], "big")))
    body_size = int.from_bytes(header[8:], "big")
    return (*message, read(body_size)) if body_size else message


def _helper_main(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    from .league import League

    stdout = os.fdopen(os.dup(stdout.fileno()), "wb")  # the protocol's own copy of the pipe; anything
    os.dup2(sys.stderr.fileno(), sys.__stdout__.fileno())  # else printed to stdout goes to stderr instead
    seq = 0

    def send(message: tuple, body: bytes = b"") -> None:
        write_message(stdout, message, body)

    seed, as_of, faults = read_message(stdin.read)
    league = League(seed, as_of, game_cache=HELPER_GAME_CACHE)

    def results_from_parent(league_: League, scheds: list[Scheduled]) -> list[Game]:
        send(("results", seq, scheds[0].season, [s.game_id for s in scheds]))
        _, _, packed = read_message(stdin.read)
        return [parallel.unpack(s, p, league_.officials) for s, p in zip(scheds, packed, strict=True)]

    league.bulk = results_from_parent
    while True:
        try:
            kind, seq, *request = read_message(stdin.read)
        except EOFError:
            return 0
        try:
            if kind == "simulate":
                send(("simulated", seq, _simulated(league, *request)))
                continue
            url, headers = request
            resp = render(league, url, headers, faults)
        except Exception:
            send(("error", seq, traceback.format_exc()))
            continue
        send(("response", seq, resp.status, resp.content_type, resp.headers), resp.body)


def _simulated(league: League, games: list[tuple[int, str]], keep: bool) -> list[tuple]:
    """In a helper: games' box scores packed for the parent, simulated with their play-by-play and kept
    when ``keep`` (this helper renders them later), else as box scores only (half the cost)."""
    packed = []
    for year, game_id in games:
        season = league.season(year)
        game = season.game(game_id) if keep else season.result(game_id)
        if game is None:
            raise KeyError(f"no game {game_id} in season {year}")
        if keep:
            season.remember_result(game)
        packed.append(parallel.pack(game, league.officials))
    return packed
