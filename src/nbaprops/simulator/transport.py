"""httpx transports that answer the real source URLs from a simulated :class:`League`.

``httpx.Client(transport=SimulatorTransport(League(7)))`` works with the live base URLs unchanged;
the same object also serves ``httpx.AsyncClient``. With ``processes`` > 1 the bodies are rendered in
helper processes (:mod:`.pool`), byte for byte the same, so a long scrape uses every core.
"""

from __future__ import annotations

import httpx

from .faults import Faults, FaultState
from .league import League
from .pool import START_AFTER, RenderPool
from .router import dispatch


class SimulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """In-process transport: no sockets, deterministic bodies."""

    def __init__(self, league: League | None = None, faults: Faults | None = None, processes: int = 1,
                 start_after: int = START_AFTER):
        self.league = league or League()
        self.state = FaultState(faults) if faults is not None else None
        self.pool = RenderPool(self.league, faults, processes, start_after) if processes > 1 else None

    def _answer(self, request: httpx.Request) -> httpx.Response:
        resp = dispatch(self.league, str(request.url), dict(request.headers), self.state,
                        self.pool.render if self.pool is not None else None)
        headers = {"content-type": resp.content_type, **resp.headers}
        return httpx.Response(resp.status, headers=headers, content=resp.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()

    async def aclose(self) -> None:
        self.close()
