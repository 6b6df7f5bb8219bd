"""Opening the engines for a command, and ``init``: every dataset and table, idempotently."""

from __future__ import annotations

from nbaprops.config import Settings
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.events import InProcessBus
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.system_tables import SYSTEM_TABLES
from nbaprops.reference_data import NBA_TEAMS, refresh_reference_tables
from nbaprops.storage.object_store import ObjectStore
from nbaprops.storage.schema import Table
from nbaprops.storage.warehouse import Warehouse, open_warehouse

EXTRA_TABLES: list[Table] = []  # tables owned by non-processor parts (e.g. the scraper log) register here


def register_table(table: Table) -> Table:
    """Let a module outside the processors (the scrapers' log, say) have ``init`` create its table."""
    if all(t.full_name != table.full_name for t in EXTRA_TABLES):
        EXTRA_TABLES.append(table)
    return table


def all_tables(definitions: Definitions) -> list[Table]:
    return [*SYSTEM_TABLES, NBA_TEAMS, *EXTRA_TABLES, *definitions.tables()]


def init_warehouse(warehouse: Warehouse, definitions: Definitions, datasets: tuple[str, ...]) -> list[str]:
    """Create every dataset and table (adding columns a newer declaration has). Safe to repeat."""
    for ds in datasets:
        warehouse.ensure_dataset(ds)
    created = []
    for table in all_tables(definitions):
        warehouse.ensure_table(table)
        created.append(table.full_name)
    refresh_reference_tables(warehouse)
    return created


def open_environment(settings: Settings | None = None, *, read_only: bool = False) -> Environment:
    from nbaprops.definitions import DATASETS, DEFINITIONS

    settings = settings or Settings.load()
    warehouse = open_warehouse(settings.warehouse_url, read_only=read_only)
    if not read_only:
        init_warehouse(warehouse, DEFINITIONS, DATASETS)
    store = ObjectStore(settings.object_store_url)
    return Environment(warehouse=warehouse, store=store, definitions=DEFINITIONS, bus=InProcessBus())
