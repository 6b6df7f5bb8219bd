"""A small HTTP server on 127.0.0.1 that answers the real URLs from a simulated league.

The original host may be given two ways:

* **path prefix** (what the scrapers use): ``GET http://127.0.0.1:PORT/stats.nba.com/stats/scoreboardv2?...``
  - the first path segment is the original host when it contains a dot;
* **Host header**: ``GET /stats/scoreboardv2?...`` with ``Host: stats.nba.com``.

The scheme is always taken as https.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .faults import Faults, FaultState
from .league import League
from .router import dispatch


def _handler(league: League, state: FaultState | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path
            first = path.lstrip("/").split("/", 1)[0].split("?", 1)[0]
            if "." in first:
                host = first
                path = path.lstrip("/")[len(first):] or "/"
            else:
                host = (self.headers.get("Host") or "").split(":")[0]
            url = f"https://{host}{path}"
            resp = dispatch(league, url, dict(self.headers.items()), state)
            self.send_response(resp.status)
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", str(len(resp.body)))
            for k, v in resp.headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(resp.body)

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

    return Handler


def serve(host: str = "127.0.0.1", port: int = 0, league: League | None = None,
          faults: Faults | None = None) -> ThreadingHTTPServer:
    """Start a server in a background daemon thread and return it (``server.server_address``)."""
    league = league or League()
    state = FaultState(faults) if faults is not None else None
    server = ThreadingHTTPServer((host, port), _handler(league, state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="nbaprops-simulator", daemon=True)
    thread.start()
    return server


@contextlib.contextmanager
def running(host: str = "127.0.0.1", port: int = 0, league: League | None = None,
            faults: Faults | None = None) -> Iterator[str]:
    """Context manager: yields the base URL ``http://127.0.0.1:PORT`` and stops the server after."""
    server = serve(host, port, league, faults)
    try:
        yield f"http://{server.server_address[0]}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run_server(host: str = "127.0.0.1", port: int = 8765, seed: int = 7, faults: Faults | None = None) -> None:
    """Serve until interrupted (for ``nbaprops simulator serve``)."""
    league = League(seed)
    state = FaultState(faults) if faults is not None else None
    server = ThreadingHTTPServer((host, port), _handler(league, state))
    print(f"nbaprops simulator (seed {seed}) on http://{host}:{server.server_address[1]}/<host>/<path>")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main(port: int = 8765) -> None:
    run_server(port=port)
