"""What the two Odds API event-odds tables share: unwrapping, snapshot times, the event's game, prices.

Bodies are v4 ``/events/{id}/odds`` objects; historical ones are wrapped in
``{timestamp, previous_timestamp, next_timestamp, data}``. Prices come in either odds format (the
historical captures are decimal, the documented current calls American), so both are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import orjson

from nbaprops.ids import UnknownTeamError, game_id, team_tricode
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath
from nbaprops.storage.schema import Column, col

ET = ZoneInfo("America/New_York")

# The event and snapshot columns of every Odds API row (filled by Snapshot.columns), declared once.
SNAPSHOT_COLUMNS: tuple[Column, ...] = (
    col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
    col("odds_api_event_id", "STRING", True),
    col("game_date", "DATE", True, "ET date of commence_time"),
    col("commence_time", "TIMESTAMP", True),
    col("home_team", "STRING", True, "Odds API full name"),
    col("away_team", "STRING", True),
    col("home_team_abbr", "STRING", True),
    col("away_team_abbr", "STRING", True),
    col("snapshot_timestamp", "TIMESTAMP", True, "API timestamp (historical) or capture time (current)"),
    col("previous_snapshot_timestamp", "TIMESTAMP"),
    col("next_snapshot_timestamp", "TIMESTAMP"),
    col("capture_timestamp", "TIMESTAMP", False, "when the file was fetched (path)"),
    col("snapshot_tag", "STRING", False, "snap-HHMM from the path"),
    col("minutes_before_tipoff", "INT64", True, "negative once the game started"),
    col("data_source", "STRING", True, "current | historical"),
)


def utc(value: str | None) -> datetime | None:
    """ISO ``2024-01-25T03:55:40Z`` -> aware datetime (None stays None)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ParseError(f"unreadable timestamp {value!r}") from None


def et_date(moment: datetime) -> date:
    """The New York calendar date of a UTC moment: the date NBA games are filed under."""
    return moment.astimezone(ET).date()


def prices(price: Any) -> tuple[int, float]:
    """(American, decimal) for a price in either format.

    American prices are at most -100 or at least +100; decimal prices lie between 1 and 100.
    """
    if isinstance(price, bool) or not isinstance(price, int | float):
        raise ParseError(f"price {price!r} is not a number")
    if price <= -100 or price >= 100:
        american = round(price)
        dec = 1 + (american / 100 if american > 0 else 100 / -american)
        return american, round(dec, 4)
    if price > 1:
        american = round((price - 1) * 100) if price >= 2 else round(-100 / (price - 1))
        return int(american), float(price)
    raise ParseError(f"price {price!r} is neither American nor decimal odds")


@dataclass(frozen=True)
class Snapshot:
    """One event-odds file: the event, its game, and when the odds were seen."""

    event: dict[str, Any]
    event_id: str
    game_id: str
    game_date: date
    commence_time: datetime
    home_team: str
    away_team: str
    home_abbr: str
    away_abbr: str
    snapshot_timestamp: datetime
    previous_snapshot_timestamp: datetime | None
    next_snapshot_timestamp: datetime | None
    capture_timestamp: datetime | None
    snapshot_tag: str | None
    data_source: str

    @property
    def minutes_before_tipoff(self) -> int:
        return int((self.commence_time - self.snapshot_timestamp).total_seconds() // 60)

    def columns(self) -> dict[str, Any]:
        """The snapshot's columns, shared by every row of the file."""
        return {
            "game_id": self.game_id, "odds_api_event_id": self.event_id, "game_date": self.game_date,
            "commence_time": self.commence_time, "home_team": self.home_team, "away_team": self.away_team,
            "home_team_abbr": self.home_abbr, "away_team_abbr": self.away_abbr,
            "snapshot_timestamp": self.snapshot_timestamp,
            "previous_snapshot_timestamp": self.previous_snapshot_timestamp,
            "next_snapshot_timestamp": self.next_snapshot_timestamp,
            "capture_timestamp": self.capture_timestamp, "snapshot_tag": self.snapshot_tag,
            "minutes_before_tipoff": self.minutes_before_tipoff, "data_source": self.data_source,
        }


def read_snapshot(body: bytes, path: ObjectPath) -> Snapshot:
    """Unwrap and validate one event-odds body; ParseError names what is wrong."""
    try:
        data = orjson.loads(body)
    except ValueError as exc:
        raise ParseError(f"not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ParseError("body is not a JSON object")
    wrapped = "data" in data and "timestamp" in data
    event = data["data"] if wrapped else data
    if not isinstance(event, dict) or not isinstance(event.get("bookmakers"), list):
        raise ParseError("body is not an event-odds object (no bookmakers list)")
    for key in ("id", "commence_time", "home_team", "away_team"):
        if not event.get(key):
            raise ParseError(f"event has no {key}")
    if path.fields.get("event_id") and path.fields["event_id"] != event["id"]:
        raise ParseError(f"body is event {event['id']} but the path says {path.fields['event_id']}")
    commence = utc(event["commence_time"])
    if commence is None:
        raise ParseError("event has no commence_time")
    try:
        home, away = team_tricode(event["home_team"]), team_tricode(event["away_team"])
    except UnknownTeamError as exc:
        raise ParseError(str(exc)) from None
    day = et_date(commence)
    captured = path.ts
    snapshot = utc(data["timestamp"]) if wrapped else captured
    if snapshot is None:
        raise ParseError("no snapshot time: neither an API timestamp nor a capture time in the path")
    return Snapshot(
        event=event, event_id=event["id"], game_id=game_id(day, away, home), game_date=day,
        commence_time=commence, home_team=event["home_team"], away_team=event["away_team"],
        home_abbr=home, away_abbr=away, snapshot_timestamp=snapshot,
        previous_snapshot_timestamp=utc(data.get("previous_timestamp")) if wrapped else None,
        next_snapshot_timestamp=utc(data.get("next_timestamp")) if wrapped else None,
        capture_timestamp=captured,
        snapshot_tag=f"snap-{path.fields['snap']}" if path.fields.get("snap") else None,
        data_source="historical" if path.scraper.endswith("_his") or wrapped else "current",
    )


def markets(bookmaker: dict[str, Any]) -> list[dict[str, Any]]:
    found = bookmaker.get("markets")
    if not isinstance(found, list) or not bookmaker.get("key"):
        raise ParseError("bookmaker without key or markets")
    return found


def outcomes(market: dict[str, Any]) -> list[dict[str, Any]]:
    found = market.get("outcomes")
    if not isinstance(found, list) or not market.get("key"):
        raise ParseError("market without key or outcomes")
    return found
