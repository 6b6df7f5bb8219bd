"""Alerts: sent one by one in normal mode, collected into one digest in backfill mode.

Either way every alert is stored in ``nba_orchestration.alerts``; a digest is also printed and stored
in ``nba_orchestration.alert_digests`` at the end of the run, so nothing passes silently.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

import httpx

from nbaprops.orchestration.safeguards import Delivery
from nbaprops.orchestration.system_tables import ALERT_DIGESTS, ALERTS
from nbaprops.storage.warehouse import Warehouse

AlertLevel = Literal["error", "warning"]
WEBHOOK_ENV = "NBAPROPS_ALERT_WEBHOOK"


@dataclass(frozen=True)
class Alert:
    alert_id: str
    run_id: str
    processor_name: str
    data_date: date | None
    level: AlertLevel
    message: str
    created_at: datetime

    def line(self) -> str:
        when = f" {self.data_date}" if self.data_date else ""
        return f"[{self.level.upper()}] {self.processor_name}{when}: {self.message}"


class AlertSink:
    def __init__(self, warehouse: Warehouse, delivery: Delivery, run_id: str, stream=None) -> None:
        self.warehouse = warehouse
        self.delivery = delivery
        self.run_id = run_id
        self.stream = stream or sys.stderr
        self.collected: list[Alert] = []
        self.sent: list[Alert] = []

    def emit(self, processor: str, day: date | None, level: AlertLevel, message: str) -> Alert:
        alert = Alert(uuid.uuid4().hex[:12], self.run_id, processor, day, level, message, datetime.now(UTC))
        if self.delivery is Delivery.IMMEDIATE:
            self._send(alert)
        else:
            self.collected.append(alert)
        return alert

    def _send(self, alert: Alert) -> None:
        print(f"ALERT {alert.line()}", file=self.stream)
        self._post_webhook({"alerts": [alert.line()]})
        self._store([alert], digest_id=None)
        self.sent.append(alert)

    def flush(self) -> str | None:
        """End of run: in digest mode print and store one digest of everything collected."""
        if not self.collected:
            return None
        errors = [a for a in self.collected if a.level == "error"]
        warnings = [a for a in self.collected if a.level == "warning"]
        lines = [f"Alert digest for run {self.run_id}: {len(errors)} error(s), {len(warnings)} warning(s)"]
        lines += [f"  {a.line()}" for a in errors + warnings]
        body = "\n".join(lines)
        digest_id = uuid.uuid4().hex[:12]
        print(body, file=self.stream)
        self._post_webhook({"digest": body})
        self.warehouse.insert_rows(
            ALERT_DIGESTS,
            [{"digest_id": digest_id, "run_id": self.run_id, "created_at": datetime.now(UTC),
              "error_count": len(errors), "warning_count": len(warnings), "body": body}],
        )
        self._store(self.collected, digest_id=digest_id)
        self.collected = []
        return body

    def _store(self, alerts: list[Alert], digest_id: str | None) -> None:
        self.warehouse.insert_rows(
            ALERTS,
            [{"alert_id": a.alert_id, "run_id": a.run_id, "processor_name": a.processor_name,
              "data_date": a.data_date, "level": a.level, "message": a.message,
              "delivery": self.delivery.value, "digest_id": digest_id, "created_at": a.created_at}
             for a in alerts],
        )

    def _post_webhook(self, payload: dict) -> None:
        url = os.environ.get(WEBHOOK_ENV)
        if not url:
            return
        try:
            httpx.post(url, content=json.dumps(payload), timeout=10,
                       headers={"content-type": "application/json"}).raise_for_status()
        except httpx.HTTPError as exc:
            print(f"ALERT webhook failed ({exc.__class__.__name__}); alert kept in nba_orchestration.alerts",
                  file=self.stream)
