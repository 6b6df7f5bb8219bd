"""Opening the engines for a command, and ``init``: every dataset and table, idempotently.

The definitions come in as a parameter (built once, in ``nbaprops.definitions``): the engine never
imports the processors, so the package graph has no cycle.
"""

from __future__ import annotations

from nbaprops.config import Settings
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.errors import NbapropsError
from nbaprops.orchestration.events import InProcessBus
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.sources import SourceSelection
from nbaprops.reference_data import refresh_reference_tables
from nbaprops.storage.object_store import open_object_store
from nbaprops.storage.warehouse import Warehouse, open_warehouse


def init_warehouse(warehouse: Warehouse, definitions: Definitions) -> list[str]:
    """Create every dataset and table (adding columns a newer declaration has). Safe to repeat."""
    for ds in definitions.datasets:
        warehouse.ensure_dataset(ds)
    created = []
    for table in definitions.tables():
        warehouse.ensure_table(table)
        created.append(table.full_name)
    refresh_reference_tables(warehouse)
    return created


def open_environment(settings: Settings, definitions: Definitions, *, read_only: bool = False) -> Environment:
    """The warehouse (initialised unless read-only) and object store a command works with."""
    warehouse = open_warehouse(settings.warehouse_url, read_only=read_only)
    if not read_only:
        init_warehouse(warehouse, definitions)
    store = open_object_store(settings.object_store_url)
    try:
        sources = SourceSelection.parse(settings.sources)
    except ValueError as exc:
        warehouse.close()
        raise NbapropsError(str(exc)) from None
    return Environment(warehouse=warehouse, store=store, definitions=definitions, bus=InProcessBus(),
                       sources=sources)
