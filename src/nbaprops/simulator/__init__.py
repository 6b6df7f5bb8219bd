"""A deterministic simulated NBA league serving the real sources' URLs and payload shapes, offline.

``League(seed)`` -> seasons -> games simulated once -> one renderer per source payload. Use it in
process with ``httpx.Client(transport=SimulatorTransport(League(7)))`` or over HTTP with
:func:`serve` / :func:`running` (``http://127.0.0.1:PORT/<original host>/<path>``).

The oracle Phase 5 is measured against: :func:`expected_points` (``League(seed).season(year)
.expected_points(game_id)`` for an NBA game id) gives each player's expected points in a simulated game,
by player index (``Player.person_id`` is the NBA.com id): the mean of the simulator's own scoring model
for that game given who played, estimated by replaying the game's randomness (64 replays by default).
The sportsbooks (:mod:`.books`) do not see it: each book's line is its own estimate of the median from
what is known before the game (skills, team strengths, the injury report), with book-to-book noise.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Imported on first use (PEP 562): the scrape runner reads the clock (:mod:`.clock`) on every run, live
# ones included, without building the league's modules.
_EXPORTS = {"Faults": ".faults", "expected_points": ".game", "League": ".league", "dispatch": ".router",
            "main": ".server", "run_server": ".server", "running": ".server", "serve": ".server",
            "SimulatorTransport": ".transport"}

if TYPE_CHECKING:
    from .faults import Faults
    from .game import expected_points
    from .league import League
    from .router import dispatch
    from .server import main, run_server, running, serve
    from .transport import SimulatorTransport


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name], __name__), name)


__all__ = ["Faults", "League", "SimulatorTransport", "dispatch", "expected_points", "main", "run_server", "running",
           "serve"]
