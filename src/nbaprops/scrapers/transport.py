"""Where requests go: the one place that picks the live internet or the simulator.

A :class:`Profile` bundles the transport, the per-source limits and the label written to the log.
The simulated and loopback profiles are deltas of the live one (``dataclasses.replace``): the
scrapers, URLs, headers, retries and store paths are identical in every profile, so a test of the
simulated path exercises the live code.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

import httpx

from nbaprops.scrapers.ratelimit import Limits
from nbaprops.scrapers.sources import Source

SourceLabel = Literal["live", "simulated"]
UNLIMITED = Limits(rate=None, burst=1, concurrency=16)


@dataclass(frozen=True)
class Profile:
    label: SourceLabel
    make_transport: Callable[[], httpx.BaseTransport]
    limits: Callable[[Source], Limits] = lambda source: source.limits
    timeout: httpx.Timeout = field(default_factory=lambda: httpx.Timeout(30.0, connect=10.0))
    # requests are made at the simulator's clock (nbaprops.simulator.clock.SimClock), not the wall clock
    clocked: bool = False

    @property
    def simulated(self) -> bool:
        return self.label == "simulated"


class PrefixTransport(httpx.BaseTransport):
    """Send ``https://host/path?q`` to ``<base>/host/path?q``: the simulator server's path-prefix form."""

    def __init__(self, base_url: str, inner: httpx.BaseTransport | None = None) -> None:
        self.base = httpx.URL(base_url.rstrip("/"))
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        target = self.base.copy_with(path=f"{self.base.path.rstrip('/')}/{url.host}{url.path}",
                                     query=url.query or None)
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"host"]
        forwarded = httpx.Request(request.method, target, headers=headers, content=request.content)
        response = self.inner.handle_request(forwarded)
        response.request = request
        return response

    def close(self) -> None:
        self.inner.close()


LIVE = Profile("live", lambda: httpx.HTTPTransport(retries=0))


def live_profile() -> Profile:
    return LIVE


def profile_for(source: str, seed: int = 7) -> Profile:
    """The profile a command's ``--source simulated|live`` names."""
    return simulated_profile(seed) if source == "simulated" else live_profile()


@functools.lru_cache(maxsize=2)
def simulated_league(seed: int = 7):  # -> nbaprops.simulator.League (imported lazily: live runs skip it)
    """One league per seed per process: building a season's games is the simulator's costly step.

    Its players are built here, before scraper threads share it (:func:`nbaprops.simulator.pool.prepare`)."""
    from nbaprops.simulator.league import League
    from nbaprops.simulator.pool import prepare

    return prepare(League(seed))


def simulated_profile(seed: int = 7, faults: object | None = None, processes: int | None = None) -> Profile:
    """In-process simulator (no sockets): the default, so every command works offline.

    ``processes`` (default: ``NBAPROPS_SIM_WORKERS``, else up to 2 cores) > 1 renders long scrapes'
    bodies in helper processes as well (:mod:`nbaprops.simulator.pool`).
    """

    def make() -> httpx.BaseTransport:
        from nbaprops.simulator.parallel import workers
        from nbaprops.simulator.transport import SimulatorTransport

        return SimulatorTransport(simulated_league(seed), faults,  # type: ignore[arg-type]
                                  processes if processes is not None else workers())

    return replace(LIVE, label="simulated", make_transport=make, limits=lambda source: UNLIMITED,
                   timeout=httpx.Timeout(60.0), clocked=True)


def loopback_profile(base_url: str, limits: Callable[[Source], Limits] | None = None, *,
                     clocked: bool = False) -> Profile:
    """Real HTTP to a server on 127.0.0.1 (the simulator's, or a test's) that takes ``/<host>/...`` paths;
    ``clocked`` for the simulator's server (it answers as of the time a request carries), not a test's."""
    return replace(LIVE, label="simulated", make_transport=lambda: PrefixTransport(base_url),
                   limits=limits or (lambda source: UNLIMITED), timeout=httpx.Timeout(10.0), clocked=clocked)
