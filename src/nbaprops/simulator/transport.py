"""httpx transports that answer the real source URLs from a simulated :class:`League`.

``httpx.Client(transport=SimulatorTransport(League(7)))`` works with the live base URLs unchanged;
the same object also serves ``httpx.AsyncClient``.
"""

from __future__ import annotations

import httpx

from .faults import Faults, FaultState
from .league import League
from .router import dispatch


class SimulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """In-process transport: no sockets, deterministic bodies."""

    def __init__(self, league: League | None = None, faults: Faults | None = None):
        self.league = league or League()
        self.state = FaultState(faults) if faults is not None else None

    def _answer(self, request: httpx.Request) -> httpx.Response:
        resp = dispatch(self.league, str(request.url), dict(request.headers), self.state)
        headers = {"content-type": resp.content_type, **resp.headers}
        return httpx.Response(resp.status, headers=headers, content=resp.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)
