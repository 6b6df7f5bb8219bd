"""nba_raw.odds_api_player_points_props: every snapshot of every book's player-points line.

One row per (snapshot file, bookmaker, player, line): the Over and Under outcomes of the
``player_points`` market are merged, with prices in American and decimal odds. Current
(``odds-api/player-props``) and historical (``player-props-history``) files share the table;
``snapshot_timestamp`` is the API ``timestamp`` for historical files and the capture time for current
ones. Other markets in a file are ignored (a file without player points loads no rows). A history
table: each file replaces only its own rows, so every snapshot is kept once.
"""

from __future__ import annotations

from typing import Any

from nbaprops.ids import player_lookup
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.odds_common import SNAPSHOT_COLUMNS, markets, outcomes, prices, read_snapshot, utc
from nbaprops.storage.schema import Table, col

MARKET = "player_points"

TABLE = Table(
    "nba_raw",
    "odds_api_player_points_props",
    (
        *SNAPSHOT_COLUMNS,
        col("bookmaker", "STRING", True, "Odds API bookmaker key"),
        col("bookmaker_title", "STRING"),
        col("bookmaker_last_update", "TIMESTAMP"),
        col("market_last_update", "TIMESTAMP"),
        col("player_name", "STRING", True, "as the book spells it"),
        col("player_lookup", "STRING", True),
        col("points_line", "FLOAT64", True),
        col("over_price_american", "INT64"),
        col("over_price_decimal", "FLOAT64"),
        col("under_price_american", "INT64"),
        col("under_price_decimal", "FLOAT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("source_file_path", "bookmaker", "player_lookup", "points_line"),
    partition="game_date",
    cluster=("player_lookup", "bookmaker"),
    description="Odds API player points lines, Over and Under merged, every snapshot and bookmaker.",
)


def _merge(market: dict[str, Any]) -> dict[tuple[str, float], dict[str, Any]]:
    """Over/Under outcomes -> one entry per (player, line) with both sides' prices."""
    merged: dict[tuple[str, float], dict[str, Any]] = {}
    for outcome in outcomes(market):
        side = str(outcome.get("name", "")).lower()
        name, line = outcome.get("description"), outcome.get("point")
        if side not in ("over", "under") or not name or not isinstance(line, int | float):
            raise ParseError(f"player points outcome without side, player or line: {outcome}")
        entry = merged.setdefault((name, float(line)), {"player_name": name, "points_line": float(line)})
        american, decimal = prices(outcome.get("price"))
        if f"{side}_price_american" in entry:
            raise ParseError(f"two {side} prices for {name} {line} at one book")
        entry[f"{side}_price_american"], entry[f"{side}_price_decimal"] = american, decimal
    return merged


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    snap = read_snapshot(body, path)
    shared = snap.columns()
    rows = []
    for book in snap.event["bookmakers"]:
        for market in markets(book):
            if market["key"] != MARKET:
                continue
            for entry in _merge(market).values():
                rows.append({
                    **shared,
                    "bookmaker": book["key"],
                    "bookmaker_title": book.get("title"),
                    "bookmaker_last_update": utc(book.get("last_update")),
                    "market_last_update": utc(market.get("last_update")),
                    "player_lookup": player_lookup(entry["player_name"]),
                    **entry,
                })
    return rows


PROCESSOR = raw_processor(
    name="odds_api_player_points_props",
    table=TABLE,
    scrapers=("oddsa_player_props", "oddsa_player_props_his"),
    parse=parse,
    unit="file",
    select="all",
    expects="files",
    description=TABLE.description,
)
