"""A deterministic simulated NBA league serving the real sources' URLs and payload shapes, offline.

``League(seed)`` -> seasons -> games simulated once -> one renderer per source payload. Use it in
process with ``httpx.Client(transport=SimulatorTransport(League(7)))`` or over HTTP with
:func:`serve` / :func:`running` (``http://127.0.0.1:PORT/<original host>/<path>``).
"""

from __future__ import annotations

from .faults import Faults
from .league import League
from .router import dispatch
from .server import main, run_server, running, serve
from .transport import SimulatorTransport

__all__ = ["Faults", "League", "SimulatorTransport", "dispatch", "main", "run_server", "running", "serve"]
