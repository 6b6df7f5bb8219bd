"""What a run carries: the engines, the policy in force, the options the operator chose."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from nbaprops.orchestration.safeguards import Policy
from nbaprops.orchestration.sources import SourceSelection
from nbaprops.storage.object_store import ObjectStore
from nbaprops.storage.warehouse import Warehouse

if TYPE_CHECKING:
    from nbaprops.orchestration.alerts import AlertSink
    from nbaprops.orchestration.events import EventBus
    from nbaprops.orchestration.registry import Definitions


@dataclass(frozen=True)
class RunOptions:
    backfill_mode: bool = False
    force: bool = False
    dry_run: bool = False
    skip_downstream_trigger: bool = False
    trigger_source: str = "manual"
    parent_processor: str | None = None
    retry_attempt: int = 0
    # a dry run of a dependent: upstream tables and the dates the same plan would write before it runs
    would_write: tuple[tuple[str, tuple[date, ...]], ...] = ()


@dataclass
class Environment:
    """Long-lived parts shared by every run in one command."""

    warehouse: Warehouse
    store: ObjectStore
    definitions: Definitions
    bus: EventBus | None = None
    sources: SourceSelection = field(default_factory=SourceSelection)


@dataclass
class RunContext:
    env: Environment
    options: RunOptions
    alerts: AlertSink
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def warehouse(self) -> Warehouse:
        return self.env.warehouse

    @property
    def store(self) -> ObjectStore:
        return self.env.store

    @property
    def policy(self) -> Policy:
        return Policy.for_mode(self.options.backfill_mode)
