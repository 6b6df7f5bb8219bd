"""nba_raw.odds_api_game_lines: every snapshot of every bookmaker's spreads, totals and moneyline.

One row per (snapshot file, bookmaker, market, outcome), current and historical files in one table.
``game_id`` is the system id (ET date of tip-off and both teams), never the Odds API event hash,
which stays in ``odds_api_event_id``. A history table: each file replaces only its own rows.
"""

from __future__ import annotations

from typing import Any

from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.odds_common import SNAPSHOT_COLUMNS, markets, outcomes, prices, read_snapshot, utc
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "odds_api_game_lines",
    (
        *SNAPSHOT_COLUMNS,
        col("bookmaker_key", "STRING", True),
        col("bookmaker_title", "STRING"),
        col("bookmaker_last_update", "TIMESTAMP"),
        col("market_key", "STRING", True, "spreads | totals | h2h"),
        col("market_last_update", "TIMESTAMP"),
        col("outcome_name", "STRING", True, "team full name, Over or Under"),
        col("outcome_team_abbr", "STRING", False, "tricode when the outcome is a team"),
        col("outcome_point", "FLOAT64", False, "spread or total; null for h2h"),
        col("outcome_price_american", "INT64", True),
        col("outcome_price_decimal", "FLOAT64", True),
        col("source_file_path", "STRING", True),
    ),
    key=("source_file_path", "bookmaker_key", "market_key", "outcome_name"),
    partition="game_date",
    cluster=("game_id", "bookmaker_key", "market_key"),
    description="Odds API game lines (spreads, totals, h2h), every snapshot and bookmaker.",
)


def _team_side(name: str, columns: dict[str, Any]) -> str | None:
    if name == columns["home_team"]:
        return columns["home_team_abbr"]
    if name == columns["away_team"]:
        return columns["away_team_abbr"]
    return None


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    snap = read_snapshot(body, path)
    shared = snap.columns()
    rows = []
    for book in snap.event["bookmakers"]:
        for market in markets(book):
            for outcome in outcomes(market):
                american, decimal = prices(outcome.get("price"))
                rows.append({
                    **shared,
                    "bookmaker_key": book["key"],
                    "bookmaker_title": book.get("title"),
                    "bookmaker_last_update": utc(book.get("last_update")),
                    "market_key": market["key"],
                    "market_last_update": utc(market.get("last_update")),
                    "outcome_name": outcome.get("name"),
                    "outcome_team_abbr": _team_side(outcome.get("name") or "", shared),
                    "outcome_point": outcome.get("point"),
                    "outcome_price_american": american,
                    "outcome_price_decimal": decimal,
                })
    return rows


PROCESSOR = raw_processor(
    name="odds_api_game_lines",
    table=TABLE,
    scrapers=("oddsa_game_lines", "oddsa_game_lines_his"),
    parse=parse,
    unit="file",
    select="all",
    expects="files",
    description=TABLE.description,
)
