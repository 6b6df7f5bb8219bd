"""Simulated and live bodies never share an object store (issue #12, item 6).

Resume trusts whatever the store holds at a request's path: a live scrape of a date the simulator
already filled would fetch nothing and leave simulated bodies to be loaded as real ones. So a store has
one origin, recorded in a marker at its root (``.nbaprops-origin``, hidden from listings like every
dot-path) by the first scrape that writes to it. A scrape whose source is not the store's origin is
refused before any request, with the folder to use instead.

A store written before the marker existed gets its origin from ``scraper_execution_log.source``; a store
holding objects whose origin nothing records is refused to a live scrape (a simulated one may claim it:
until now the simulator was the only default).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from nbaprops.scrapers.execlog import TABLE as EXECUTION_LOG
from nbaprops.storage.object_store import ObjectStore
from nbaprops.storage.warehouse import Warehouse

MARKER = ".nbaprops-origin"


def recorded(store: ObjectStore, warehouse: Warehouse) -> str | None:
    """The store's origin: its marker, else the one source its execution log names ("mixed" if both)."""
    if store.exists(MARKER):
        try:
            return str(json.loads(store.read(MARKER))["source"])
        except (ValueError, KeyError, TypeError):
            return "unreadable"
    try:
        rows = warehouse.query(f"SELECT DISTINCT source FROM {EXECUTION_LOG.full_name} "
                               "WHERE object_path IS NOT NULL ORDER BY source")
    except Exception:  # no log table: nothing recorded
        return None
    sources = [r["source"] for r in rows]
    return sources[0] if len(sources) == 1 else ("mixed" if sources else None)


def refusal(store: ObjectStore, warehouse: Warehouse, source: str) -> str | None:
    """Why a ``source`` scrape may not write to this store (None: it may, and the store is now marked)."""
    origin = recorded(store, warehouse)
    where = store.uri("")
    fix = ("Keep live and simulated data apart: point this run at another home (NBAPROPS_HOME) or object "
           "store (NBAPROPS_OBJECT_STORE).")
    if origin is None and source == "live" and store.list(""):
        return (f"refused: the object store {where} holds objects of unknown origin (no {MARKER} marker and "
                f"no execution log), possibly simulated; a live scrape would resume from them as if they were "
                f"real. {fix}")
    if origin is not None and origin != source:
        held = {"mixed": "both simulated and live", "unreadable": "objects of unreadable origin"}.get(
            origin, f"{origin} objects")
        return (f"refused: the object store {where} holds {held} (recorded in {MARKER}); a {source} scrape "
                f"would resume from them as if they were {source}. {fix}")
    if not store.exists(MARKER):
        store.write(MARKER, json.dumps({"source": source, "since": datetime.now(UTC).isoformat()}).encode())
    return None
