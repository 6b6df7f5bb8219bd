"""nba_raw.nbac_player_movement: one row per transaction row of NBA.com ``NBA_Player_Movement.json``.

Design: every fetch is a snapshot of the *whole* transaction history (signings, waivers, trades
back to 2015), not a delta. So the table is replaced season by season (``unit="season"``,
``expects="season"``) from the newest snapshot in the store whose date is in or after that season:
a later snapshot holds every earlier season too. Reloading a season from the same file replaces the
same rows (idempotent); a newer file replaces them with its corrections; an older file never
overwrites a newer one. The parser stays pure (all rows); the compute step keeps the rows of the
season being replaced.

Non-player rows (draft picks, cash: ``PLAYER_ID`` 0) are kept with ``is_player_transaction`` false;
several share every other key field, so ``additional_sort`` (the other team's id) is in the key.
"""

from __future__ import annotations

from typing import Any

from nbaprops.ids import player_lookup, season_year
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import PlanItem
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, RawCompute, raw_processor
from nbaprops.raw.readers.nbac_common import iso_date, load_json, opt_int, opt_str, tricode_for_id
from nbaprops.storage.schema import Table, col

WHAT = "NBA_Player_Movement"

TABLE = Table(
    "nba_raw",
    "nbac_player_movement",
    (
        col("transaction_date", "DATE", True),
        col("season_year", "INT64", True, "season of the transaction date (July-Sept: the season just ended)"),
        col("transaction_type", "STRING", True, "Signing | Waive | Trade | ContractConverted | AwardOnWaivers"),
        col("transaction_description", "STRING", True),
        col("player_id", "INT64", True, "0 for non-player rows (draft picks, cash)"),
        col("player_slug", "STRING"),
        col("player_full_name", "STRING", False, "from the slug: cole-anthony -> Cole Anthony"),
        col("player_lookup", "STRING"),
        col("is_player_transaction", "BOOL", True),
        col("team_id", "INT64", True),
        col("team_slug", "STRING"),
        col("team_abbr", "STRING", True),
        col("additional_sort", "INT64", True, "the counterpart team id of a trade row, else 0"),
        col("group_sort", "STRING", True, "groups the rows of one transaction, e.g. 'Trade 2024031'"),
        col("snapshot_date", "DATE", True, "date of the file the row was loaded from"),
        col("source_file_path", "STRING", True),
    ),
    key=("player_id", "team_id", "transaction_date", "transaction_type", "group_sort", "additional_sort"),
    partition="season_year",
    cluster=("player_lookup", "team_abbr", "transaction_type"),
    description="Every NBA transaction row (signings, waivers, trades), replaced per season from the newest file.",
)


def _row(raw: dict[str, Any], path: ObjectPath) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ParseError(f"{WHAT}: a row is not an object")
    day = iso_date(raw.get("TRANSACTION_DATE"), WHAT)
    player_id = opt_int(raw.get("PLAYER_ID")) or 0
    slug = opt_str(raw.get("PLAYER_SLUG"))
    name = " ".join(w.capitalize() for w in slug.split("-")) if slug and player_id else None
    kind, text, group = (opt_str(raw.get(k)) for k in ("Transaction_Type", "TRANSACTION_DESCRIPTION", "GroupSort"))
    if not kind or not text or not group:
        raise ParseError(f"{WHAT}: a row of {day} lacks its type, description or group")
    return {
        "transaction_date": day,
        "season_year": season_year(day),
        "transaction_type": kind,
        "transaction_description": text,
        "player_id": player_id,
        "player_slug": slug if player_id else None,
        "player_full_name": name,
        "player_lookup": player_lookup(name) if name else None,
        "is_player_transaction": player_id != 0,
        "team_id": opt_int(raw.get("TEAM_ID")),
        "team_slug": opt_str(raw.get("TEAM_SLUG")),
        "team_abbr": tricode_for_id(raw.get("TEAM_ID"), WHAT),
        "additional_sort": opt_int(raw.get("Additional_Sort")) or 0,
        "group_sort": group,
        "snapshot_date": path.date,
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    data = load_json(body, WHAT)
    try:
        raws = data["NBA_Player_Movement"]["rows"]
    except (KeyError, TypeError):
        raise ParseError(f"not a {WHAT} body: no NBA_Player_Movement.rows") from None
    if not isinstance(raws, list) or not raws:
        raise ParseError(f"{WHAT}: no transaction rows")
    return [_row(r, path) for r in raws]


class NewestSnapshotCompute(RawCompute):
    """Loads each season from the newest snapshot dated in or after it, keeping that season's rows."""

    def objects_for(self, ctx: RunContext, item: PlanItem) -> list[ObjectPath]:
        found = []
        for tmpl in self.templates:
            for path in ctx.store.list(tmpl.prefix()):
                fields = tmpl.parse(path)
                if fields is None:
                    continue
                obj = ObjectPath(path, tmpl.scraper, fields)
                if obj.season_year is not None and obj.season_year >= item.scope_value:
                    found.append(obj)
        return found

    def adjust_rows(self, rows: list[dict[str, Any]], item: PlanItem, group: list[ObjectPath]) -> list[dict[str, Any]]:
        return [r for r in rows if r["season_year"] == item.scope_value]


PROCESSOR = raw_processor(
    name="nbac_player_movement",
    table=TABLE,
    scrapers=("nbac_player_movement",),
    parse=parse,
    unit="season",
    select="latest",
    expects="season",
    description=TABLE.description,
    compute_class=NewestSnapshotCompute,
)
