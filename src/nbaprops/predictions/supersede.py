"""A rerun of a date keeps its history: what a system's table holds for a date after a run.

The engine replaces a date's partition with what the computation returns, so the computation returns
the date's whole history: every earlier superseded row as it was; for each prediction key, the earlier
active row unchanged when the rerun computed the same content (same run id and ``created_at``: an
identical rerun adds no row), otherwise that row marked ``is_active = FALSE`` with ``superseded_at``
and ``superseded_by`` beside the new active row. An earlier active row the rerun no longer produces (a
player no longer expected) is superseded too, with no active row after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from nbaprops.predictions.tables import PREDICTION_KEY
from nbaprops.storage.schema import Table
from nbaprops.storage.sql import in_list
from nbaprops.storage.warehouse import Warehouse

BOOKKEEPING = frozenset({"is_active", "prediction_run_id", "created_at", "superseded_at", "superseded_by"})


def same(old: dict[str, Any], new: dict[str, Any], table: Table) -> bool:
    """The same prediction: every column but the run's bookkeeping equal (JSON compared as parsed values
    when the texts differ, floats to 1e-9)."""
    for c in table.content_columns:
        if c.name in BOOKKEEPING:
            continue
        a, b = old.get(c.name), new.get(c.name)
        if a == b:
            continue
        if c.type == "JSON" and isinstance(a, str) and isinstance(b, str) and json.loads(a) == json.loads(b):
            continue
        if isinstance(a, float) and isinstance(b, float) and abs(a - b) <= 1e-9:
            continue
        return False
    return True


def previous_rows(wh: Warehouse, table: Table, days: Iterable[date]) -> list[dict[str, Any]]:
    days = sorted(set(days))
    if not days or not wh.table_exists(table.full_name):
        return []
    cols = ", ".join(c.name for c in table.content_columns)
    cond, params = in_list("game_date", days)
    return wh.query(f"SELECT {cols} FROM {table.full_name} WHERE {cond}", params)


def merge(previous: list[dict[str, Any]], new: list[dict[str, Any]], table: Table, run_id: str,
          now: datetime) -> list[dict[str, Any]]:
    """The rows to write for the dates of ``new`` (and of ``previous``): history kept, changes marked."""
    active = {_key(r): r for r in previous if r["is_active"]}
    out = [r for r in previous if not r["is_active"]]
    for r in new:
        old = active.pop(_key(r), None)
        if old is not None and same(old, r, table):
            out.append(old)
            continue
        if old is not None:
            out.append(_superseded(old, run_id, now))
        out.append({**r, "is_active": True, "prediction_run_id": run_id, "created_at": now,
                    "superseded_at": None, "superseded_by": None})
    out.extend(_superseded(old, run_id, now) for old in active.values())
    return out


def _key(r: dict[str, Any]) -> tuple:
    return tuple(r[k] for k in PREDICTION_KEY)


def _superseded(row: dict[str, Any], run_id: str, now: datetime) -> dict[str, Any]:
    return {**row, "is_active": False, "superseded_at": now, "superseded_by": run_id}
