"""A real HTTP server on 127.0.0.1 that replays captured responses: the internet, mocked at the socket.

Routes map (host, path regex, required query values) to a list of responses served in turn (the last
one repeats). Every request is recorded server-side with its arrival time, headers and query, so tests
can check rate limits, retries and auth without trusting the client's own account. Paths use the
simulator server's convention, ``/<original host>/<path>``.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    at: float
    host: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names


@dataclass
class Route:
    host: str
    path: re.Pattern[str]
    query: dict[str, str]
    replies: list[Reply] | Callable[[Seen], Reply]
    served: int = 0

    def matches(self, seen: Seen) -> bool:
        return (seen.host == self.host and self.path.fullmatch(seen.path) is not None
                and all(seen.query.get(k) == v for k, v in self.query.items()))

    def next_reply(self, seen: Seen) -> Reply:
        if callable(self.replies):
            return self.replies(seen)
        reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        return reply


class ReplayServer:
    def __init__(self) -> None:
        self.routes: list[Route] = []
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, url: str, *replies: Reply | bytes, query: dict[str, str] | None = None,
            regex: bool = False) -> Route:
        """Serve ``url`` (``https://host/path``; path a regex if ``regex``) with ``replies`` in turn."""
        parts = urlsplit(url)
        path = parts.path if regex else re.escape(parts.path)
        required = dict(parse_qsl(parts.query, keep_blank_values=True)) | (query or {})
        items = [r if isinstance(r, Reply) else Reply(200, r) for r in replies]
        route = Route(parts.hostname or "", re.compile(path), required, items)
        with self._lock:
            self.routes.insert(0, route)  # later routes win
        return route

    def add_dynamic(self, url: str, reply: Callable[[Seen], Reply], regex: bool = True) -> Route:
        parts = urlsplit(url)
        route = Route(parts.hostname or "", re.compile(parts.path if regex else re.escape(parts.path)), {}, reply)
        with self._lock:
            self.routes.insert(0, route)
        return route

    def requests(self, host: str | None = None, path_contains: str = "") -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if (host is None or s.host == host) and path_contains in s.path]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handle(self, raw_path: str, headers: dict[str, str]) -> Reply:
        parts = urlsplit(raw_path)
        first, _, rest = parts.path.lstrip("/").partition("/")
        if "." in first:
            host, path = first, "/" + rest
        else:
            host, path = headers.get("host", "").split(":")[0], parts.path
        seen = Seen(time.monotonic(), host, path, dict(parse_qsl(parts.query, keep_blank_values=True)), headers)
        with self._lock:
            self.seen.append(seen)
            route = next((r for r in self.routes if r.matches(seen)), None)
            if route is None:
                return Reply(404, b'{"error": "no such fixture"}')
            return route.next_reply(seen)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                reply = server._handle(self.path, {k.lower(): v for k, v in self.headers.items()})
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(parse_qsl(self.rfile.read(length).decode())) if length else {}
                headers = {k.lower(): v for k, v in self.headers.items()}
                sep = "&" if "?" in self.path else "?"
                path = self.path + (sep + "&".join(f"{k}={v}" for k, v in form.items()) if form else "")
                reply = server._handle(path, headers)
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler
