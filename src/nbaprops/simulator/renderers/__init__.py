"""One module per source; each registers its URL routes with :func:`nbaprops.simulator.router.route`."""

from __future__ import annotations

import importlib

MODULES = ("nba_stats", "nba_cdn", "nba_pdfs", "official", "bdl", "odds_api", "espn", "bettingpros",
           "bigdataball", "bref")


def load_all() -> None:
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")
