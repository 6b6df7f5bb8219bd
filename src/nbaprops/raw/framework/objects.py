"""A stored object as a raw processor sees it: its path, the scraper that wrote it, and the fields its
path template holds (date, game id, fetch time, ...); and the shape of a parser."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pyarrow as pa

from nbaprops.ids import parse_season_label, season_year
from nbaprops.storage.layout import parse_timestamp


@dataclass(frozen=True)
class ObjectPath:
    """A stored object's path and the fields its template puts in it (date, ts, game id, ...)."""

    path: str
    scraper: str
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def date(self) -> date | None:
        value = self.fields.get("date")
        return date.fromisoformat(value) if value else None

    @property
    def ts(self) -> datetime | None:
        value = self.fields.get("ts")
        return parse_timestamp(value) if value else None

    @property
    def season_year(self) -> int | None:
        if "season" in self.fields:
            return parse_season_label(self.fields["season"])
        return season_year(self.date) if self.date else None


ParseFn = Callable[[bytes, ObjectPath], list[dict[str, Any]] | pa.Table]
