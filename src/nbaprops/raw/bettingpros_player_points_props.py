"""nba_raw.bettingpros_player_points_props: every BettingPros points line, per book, side and fetch.

Bodies are v3 ``/offers`` pages (``{"offers": [...], "_pagination": {...}}``) under
``bettingpros/player-props/points/{date}/{ts}-p{page}.json``; other markets' folders are not read.
One row per (page file, offer, side, book, line). A history table: every fetch is kept and each
page replaces only its own rows.

Offers name their event by BettingPros id only, so ``game_id`` is looked up in the newest
``bettingpros/events/{date}`` file of the same date (home/visitor codes); a date without an events
file fails with the scrape to run. ``player_team`` is the team BettingPros shows *today* (it is
wrong for older games after a trade), so the game's teams come from the event, not from it.
Names keep their suffixes; ``player_lookup`` folds accents.
"""

from __future__ import annotations

import dataclasses
import functools
from datetime import UTC, date, datetime
from typing import Any

import orjson

from nbaprops.ids import UnknownTeamError, game_id, player_lookup
from nbaprops.orchestration.commands import scrape_command
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import ComputeResult, PlanItem
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, RawCompute, raw_processor
from nbaprops.storage.layout import LAYOUT
from nbaprops.storage.schema import Table, col

MARKET = "points"
MARKET_ID = 156
BOOKS = {0: "Consensus", 10: "FanDuel", 12: "DraftKings", 13: "Caesars", 14: "PointsBet", 15: "SugarHouse",
         18: "BetRivers", 19: "BetMGM", 20: "FoxBet", 21: "BetUS", 22: "Unibet", 24: "bet365", 27: "PartyCasino",
         29: "WynnBET", 33: "Fanatics", 36: "ESPN Bet", 37: "Hard Rock", 49: "Underdog", 60: "PrizePicks"}
Games = dict[tuple[date, str], str]

TABLE = Table(
    "nba_raw",
    "bettingpros_player_points_props",
    (
        col("game_date", "DATE", True),
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME from the date's BettingPros events"),
        col("bp_event_id", "STRING", True),
        col("offer_id", "STRING", True),
        col("market_id", "INT64", True),
        col("market_type", "STRING", True),
        col("scrape_timestamp", "TIMESTAMP", True),
        col("bet_side", "STRING", True, "over | under"),
        col("bp_player_id", "STRING", True),
        col("player_name", "STRING", True),
        col("player_lookup", "STRING", True),
        col("player_team", "STRING", False, "team BettingPros lists now (not necessarily at game time)"),
        col("player_position", "STRING"),
        col("book_id", "INT64", True),
        col("bookmaker", "STRING", True),
        col("points_line", "FLOAT64", True),
        col("odds_american", "INT64", True),
        col("is_active", "BOOL"),
        col("is_best_line", "BOOL"),
        col("line_updated_at", "TIMESTAMP"),
        col("opening_line", "FLOAT64"),
        col("opening_odds", "INT64"),
        col("opening_book_id", "INT64"),
        col("source_file_path", "STRING", True),
    ),
    key=("source_file_path", "offer_id", "bet_side", "book_id", "points_line"),
    partition="game_date",
    cluster=("player_lookup", "bookmaker", "bet_side"),
    description="BettingPros player points lines per book and side, every fetch kept.",
)


def _moment(value: Any) -> datetime | None:
    """BettingPros times (``"2024-01-15 18:01:05"``, ISO, or epoch seconds) as UTC; else None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def event_games(body: bytes, day: date) -> Games:
    """``{(date, bp event id): game_id}`` from a v3 events body."""
    try:
        events = orjson.loads(body)["events"]
        return {(day, str(e["id"])): game_id(day, e["visitor"], e["home"]) for e in events}
    except (ValueError, KeyError, TypeError, UnknownTeamError) as exc:
        raise ParseError(f"unreadable BettingPros events ({exc.__class__.__name__}: {exc})") from None


def _player(offer: dict[str, Any]) -> dict[str, Any]:
    participant = (offer.get("participants") or [None])[0]
    if not participant or not participant.get("id"):
        raise ParseError(f"offer {offer.get('offer_id')} has no participant")
    person = participant.get("player") or {}
    name = participant.get("name") or f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
    if not name:
        raise ParseError(f"offer {offer.get('offer_id')} has no player name")
    return {"bp_player_id": str(participant["id"]), "player_name": name, "player_lookup": player_lookup(name),
            "player_team": person.get("team"), "player_position": person.get("position")}


def _lines(selection: dict[str, Any], base: dict[str, Any]) -> list[dict[str, Any]]:
    side = str(selection.get("selection", "")).lower()
    if side not in ("over", "under"):
        raise ParseError(f"selection {selection.get('selection')!r} is neither over nor under")
    opening = selection.get("opening_line") or {}
    rows = []
    for book in selection.get("books") or []:
        for line in book.get("lines") or []:
            if line.get("line") is None or line.get("cost") is None:
                continue  # a book listed without a price
            rows.append({
                **base, "bet_side": side, "book_id": int(book["id"]),
                "bookmaker": BOOKS.get(int(book["id"]), f"book_{book['id']}"),
                "points_line": float(line["line"]), "odds_american": int(line["cost"]),
                "is_active": line.get("active"), "is_best_line": line.get("best"),
                "line_updated_at": _moment(line.get("updated")),
                "opening_line": opening.get("line"), "opening_odds": opening.get("cost"),
                "opening_book_id": opening.get("book_id"),
            })
    return rows


def _offer_rows(offer: dict[str, Any], path: ObjectPath, games: Games) -> list[dict[str, Any]]:
    if offer.get("market_id") != MARKET_ID:
        raise ParseError(f"offer {offer.get('offer_id')} is market {offer.get('market_id')}, not points")
    event = str(offer.get("event_id"))
    base = {
        "game_date": path.date, "game_id": games.get((path.date, event)), "bp_event_id": event,
        "offer_id": str(offer["offer_id"]), "market_id": MARKET_ID, "market_type": path.fields["market"],
        "scrape_timestamp": path.ts, **_player(offer),
    }
    if base["game_id"] is None:
        raise ParseError(f"event {event} is not in the BettingPros events of {path.date}")
    return [row for selection in offer.get("selections") or [] for row in _lines(selection, base)]


def parse(body: bytes, path: ObjectPath, games: Games | None = None) -> list[dict[str, Any]]:
    try:
        offers = orjson.loads(body)["offers"]
        if not isinstance(offers, list):
            raise TypeError("offers is not a list")
        return [row for offer in offers for row in _offer_rows(offer, path, games or {})]
    except (ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"not a BettingPros offers page ({exc.__class__.__name__}: {exc})") from None


@dataclasses.dataclass
class EventsCompute(RawCompute):
    """Reads the date's newest ``bp_events`` file and hands its games to ``parse``."""

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        games: Games = {}
        missing: dict[date, str] = {}
        for item in items:
            try:
                games.update(self._games(ctx, item.data_date))
            except ParseError as exc:
                missing[item.data_date] = f"{self.name} for {item.data_date}: {exc}"
        bound = dataclasses.replace(self, parse=functools.partial(self.parse, games=games))
        result = RawCompute.__call__(bound, ctx, [i for i in items if i.data_date not in missing])
        result.failures.update(missing)
        return result

    def _games(self, ctx: RunContext, day: date) -> Games:
        tmpl = LAYOUT["bp_events"]
        paths = sorted(p for p in ctx.store.list(tmpl.prefix(date=day)) if tmpl.parse(p))
        if not paths:
            raise ParseError(f"needs bettingpros/events/{day} to map events to games, and there is none. "
                             f"Run: {scrape_command('bp_events', day, day)}")
        return event_games(ctx.store.read(paths[-1]), day)


PROCESSOR = raw_processor(
    name="bettingpros_player_points_props",
    table=TABLE,
    scrapers=("bp_player_props",),
    parse=parse,
    unit="file",
    select="all",
    expects="files",
    description=TABLE.description,
    fixed_fields={"market": MARKET},
    compute_class=EventsCompute,
)
