"""Storage: the warehouse (DuckDB now, BigQuery later), the object store (fsspec) and the path layout.

Engine calls live here and nowhere else.
"""

from nbaprops.storage.object_store import ObjectStore
from nbaprops.storage.schema import Column, Table
from nbaprops.storage.warehouse import Warehouse, open_warehouse

__all__ = ["Column", "ObjectStore", "Table", "Warehouse", "open_warehouse"]
