"""Map a real URL (host + path + query) to the renderer of its payload.

Renderers take ``(ctx, match)`` and return a :class:`Response`; unknown hosts or paths are 404.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from .clock import TIME_HEADER, parse_iso_z
from .faults import Faults, FaultState

if TYPE_CHECKING:
    from .league import League

JSON = "application/json; charset=utf-8"


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = JSON
    headers: dict[str, str] = field(default_factory=dict)


class NotFound(Exception):
    """The simulated source has no such file (404)."""


class HttpError(Exception):
    def __init__(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None):
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers or {}


@dataclass
class Ctx:
    """One request as a renderer sees it, and the moment it is answered as of (``as_of``): the simulated
    time the request carries (:data:`~.clock.TIME_HEADER`, set by a simulated scrape), else the league's."""

    league: League
    host: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    faults: Faults
    as_of: datetime = field(init=False)
    _folded: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.as_of = self.league.as_of
        stamp = self.headers.get(TIME_HEADER)
        if stamp:
            with contextlib.suppress(ValueError):  # not a moment: answered as of the league's time
                self.as_of = parse_iso_z(stamp)
        self._folded = {}
        for k, v in self.query.items():
            self._folded.setdefault(k.lower(), v)  # the first spelling in query order wins

    def q(self, name: str, default: str | None = None) -> str | None:
        """Query parameter, case-insensitive name."""
        return self._folded.get(name.lower(), default)


Renderer = Callable[[Ctx, re.Match], Response]
ROUTES: list[tuple[str, re.Pattern, Renderer]] = []


def route(host: str, pattern: str) -> Callable[[Renderer], Renderer]:
    """Register a renderer for ``host`` and a full-match path regex."""

    def register(fn: Renderer) -> Renderer:
        ROUTES.append((host, re.compile(pattern), fn))
        return fn

    return register


_loaded = False


def _load() -> None:
    global _loaded
    from .renderers import load_all

    load_all()
    _loaded = True


def dispatch(league: League, url: str, headers: dict[str, str] | None = None, state: FaultState | None = None,
             renderer: Callable[[str, dict[str, str]], Response] | None = None) -> Response:
    """Answer one GET of ``url`` (a real source URL) from the simulated league (or from ``renderer``,
    which renders it elsewhere: :class:`~nbaprops.simulator.pool.RenderPool`)."""
    if state is not None:
        fault = state.before(url)
        if fault is not None:
            status, extra, body = fault
            return Response(status, body, JSON, extra)
    if renderer is not None:
        resp = renderer(url, headers or {})
    else:
        resp = render(league, url, headers, state.faults if state else None)
    if state is not None and resp.status == 200:
        resp.body = state.after(url, resp.body)
    return resp


def render(league: League, url: str, headers: dict[str, str] | None = None, faults: Faults | None = None) -> Response:
    """The league's answer to ``url`` with content faults but without the per-attempt ones (HTTP 429/500,
    late or damaged bodies), which count attempts and so live with whoever counts them (:func:`dispatch`)."""
    if not _loaded:
        _load()
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    ctx = Ctx(league, host, parts.path, dict(parse_qsl(parts.query, keep_blank_values=True)),
              {k.lower(): v for k, v in (headers or {}).items()}, faults or Faults())
    for rhost, pattern, fn in ROUTES:
        if rhost != host:
            continue
        m = pattern.fullmatch(parts.path)
        if m is None:
            continue
        try:
            return fn(ctx, m)
        except NotFound:
            return Response(404, b'{"error": "not found"}')
        except HttpError as err:
            return Response(err.status, err.body, JSON, err.headers)
    return Response(404, b'{"error": "not found"}')
