"""Completion events between processors: in-process now, the same messages on Pub/Sub later."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class ProcessorCompleted:
    processor: str
    phase: str
    output_table: str
    run_id: str
    succeeded_dates: tuple[date, ...]
    failed_dates: tuple[date, ...]
    backfill_mode: bool

    def to_message(self) -> bytes:
        """The body a Pub/Sub publisher would send."""
        data = asdict(self)
        data["succeeded_dates"] = [d.isoformat() for d in self.succeeded_dates]
        data["failed_dates"] = [d.isoformat() for d in self.failed_dates]
        return json.dumps(data, sort_keys=True).encode()


Handler = Callable[[ProcessorCompleted], None]


class EventBus(Protocol):
    def publish(self, event: ProcessorCompleted) -> None: ...

    def subscribe(self, handler: Handler) -> None: ...


class InProcessBus:
    """Delivers each event to every subscriber, synchronously, in the publishing process."""

    def __init__(self) -> None:
        self._handlers: list[Handler] = []
        self.published: list[ProcessorCompleted] = []

    def subscribe(self, handler: Handler) -> None:
        self._handlers.append(handler)

    def publish(self, event: ProcessorCompleted) -> None:
        self.published.append(event)
        for handler in list(self._handlers):
            handler(event)
