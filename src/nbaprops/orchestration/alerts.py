"""Alerts: sent one by one in normal mode, collected into one digest in backfill mode.

Every alert is stored in ``nba_orchestration.alerts`` and printed; a digest is also stored in
``nba_orchestration.alert_digests``. Beyond the console, alerts reach people through a webhook
(``NBAPROPS_ALERT_WEBHOOK``) and email (``NBAPROPS_ALERT_SMTP``, :mod:`~nbaprops.orchestration.alert_email`).
Normal mode sends one message per alert, as it happens (an operator wants the failure now); backfill
mode sends one digest at the end of the run. Inside :func:`run_digest` (a whole ``nbaprops backfill``),
every processor run's digest joins that one digest, sent once at its end, whatever the end (complete,
stopped at a gate, interrupted, crashed).

A delivery that fails (SMTP down, webhook 500) never stops the run and is never silent: it is printed
and stored as an ``alert_delivery`` error row in the alerts table (and in the digest's stored body).
"""

from __future__ import annotations

import json
import os
import smtplib
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

import httpx

from nbaprops.orchestration.alert_email import EmailSettings, EmailSettingsError, delivery_error, send_email
from nbaprops.orchestration.safeguards import Delivery
from nbaprops.orchestration.system_tables import ALERT_DIGESTS, ALERTS
from nbaprops.storage.warehouse import Warehouse

AlertLevel = Literal["error", "warning"]
WEBHOOK_ENV = "NBAPROPS_ALERT_WEBHOOK"
DELIVERY_PROCESSOR = "alert_delivery"  # the processor_name of a row recording a failed delivery
DIGEST_MAX_ALERTS = 200  # lines of alerts in one digest; the rest are counted and left to the table


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


def deliver(subject: str, body: str, payload: dict, stream) -> list[str]:
    """Send one message to the webhook and by email (each if configured); the failures, printed."""
    failures = []
    url = os.environ.get(WEBHOOK_ENV)
    if url:
        try:
            httpx.post(url, content=json.dumps(payload), timeout=10,
                       headers={"content-type": "application/json"}).raise_for_status()
        except httpx.HTTPError as exc:
            status = f" {exc.response.status_code}" if isinstance(exc, httpx.HTTPStatusError) else ""
            failures.append(f"webhook delivery failed ({exc.__class__.__name__}{status})")
    try:
        email = EmailSettings.from_env()
    except EmailSettingsError as exc:
        email = None
        failures.append(f"email delivery failed: {exc}")
    if email:
        try:
            send_email(email, subject, body)
        except (smtplib.SMTPException, OSError) as exc:
            failures.append(f"email delivery to {email.where()} failed ({delivery_error(exc)})")
    for failure in failures:
        print(f"ALERT {failure}; the alert is kept in nba_orchestration.alerts", file=stream)
    return failures


def _store(warehouse: Warehouse, alerts: list[Alert], delivery: Delivery, digest_id: str | None) -> None:
    warehouse.insert_rows(
        ALERTS,
        [{"alert_id": a.alert_id, "run_id": a.run_id, "processor_name": a.processor_name,
          "data_date": a.data_date, "level": a.level, "message": a.message,
          "delivery": delivery.value, "digest_id": digest_id, "created_at": a.created_at}
         for a in alerts],
    )


def _new(run_id: str, processor: str, day: date | None, level: AlertLevel, message: str) -> Alert:
    return Alert(uuid.uuid4().hex[:12], run_id, processor, day, level, message, datetime.now(UTC))


def _digest_lines(alerts: list[Alert]) -> list[str]:
    errors = [a for a in alerts if a.level == "error"]
    warnings = [a for a in alerts if a.level == "warning"]
    lines = [f"  {a.line()}" for a in (errors + warnings)[:DIGEST_MAX_ALERTS]]
    if len(alerts) > DIGEST_MAX_ALERTS:
        lines.append(f"  ... and {len(alerts) - DIGEST_MAX_ALERTS} more in nba_orchestration.alerts")
    return lines


class AlertSink:
    def __init__(self, warehouse: Warehouse, delivery: Delivery, run_id: str, stream=None) -> None:
        self.warehouse = warehouse
        self.delivery = delivery
        self.run_id = run_id
        self.stream = stream or sys.stderr
        self.collected: list[Alert] = []
        self.sent: list[Alert] = []

    def emit(self, processor: str, day: date | None, level: AlertLevel, message: str) -> Alert:
        alert = _new(self.run_id, processor, day, level, message)
        if self.delivery is Delivery.IMMEDIATE:
            self._send(alert)
        else:
            self.collected.append(alert)
        return alert

    def _send(self, alert: Alert) -> None:
        print(f"ALERT {alert.line()}", file=self.stream)
        failures = deliver(f"[nbaprops] {alert.line()[:150]}", f"{alert.line()}\n\nrun {alert.run_id}",
                           {"alerts": [alert.line()]}, self.stream)
        failed = [_new(self.run_id, DELIVERY_PROCESSOR, alert.data_date, "error", f"{f}: {alert.line()}")
                  for f in failures]
        _store(self.warehouse, [alert, *failed], self.delivery, None)
        self.sent.append(alert)

    def flush(self) -> str | None:
        """End of a processor run: in digest mode, one digest of everything collected (printed, stored,
        delivered), or, inside :func:`run_digest`, the collected alerts handed to the run's one digest."""
        if not self.collected:
            return None
        errors = sum(a.level == "error" for a in self.collected)
        body = "\n".join([f"Alert digest for run {self.run_id}: {errors} error(s), "
                          f"{len(self.collected) - errors} warning(s)", *_digest_lines(self.collected)])
        outer = _ACTIVE.get()
        if outer is not None:
            outer.add(self.collected)
        else:
            digest_id = uuid.uuid4().hex[:12]
            print(body, file=self.stream)
            failures = deliver(f"[nbaprops] alert digest: {errors} error(s)", body, {"digest": body}, self.stream)
            _store(self.warehouse, self.collected, Delivery.DIGEST, digest_id)
            _save_digest(self.warehouse, digest_id, self.run_id, self.collected, body, failures)
        self.collected = []
        return body


def _save_digest(warehouse: Warehouse, digest_id: str, run_id: str, alerts: list[Alert], body: str,
                 failures: list[str]) -> None:
    """The digest row (its body with the delivery failures at its end) and a row per failed delivery."""
    errors = sum(a.level == "error" for a in alerts)
    body = "\n".join([body, *(f"  delivery: {f}" for f in failures)])
    warehouse.insert_rows(
        ALERT_DIGESTS,
        [{"digest_id": digest_id, "run_id": run_id, "created_at": datetime.now(UTC),
          "error_count": errors, "warning_count": len(alerts) - errors, "body": body}],
    )
    failed = [_new(run_id, DELIVERY_PROCESSOR, None, "error", f"{f}: digest {digest_id}") for f in failures]
    _store(warehouse, failed, Delivery.DIGEST, digest_id)


class RunDigest:
    """One digest for a whole command (a backfill): its processor runs' alerts, its problems, its end."""

    def __init__(self, warehouse: Warehouse, title: str, stream=None) -> None:
        self.warehouse, self.title = warehouse, title
        self.stream = stream or sys.stderr
        self.run_id = uuid.uuid4().hex[:12]
        self.digest_id = uuid.uuid4().hex[:12]
        self.alerts: list[Alert] = []
        self.problems: list[str] = []
        self.outcome = ""
        self.body: str | None = None

    def add(self, alerts: list[Alert]) -> None:
        """A processor run's alerts: stored now (a killed run keeps them), sent with the digest."""
        _store(self.warehouse, alerts, Delivery.DIGEST, self.digest_id)
        self.alerts.extend(alerts)

    def alert(self, processor: str, day: date | None, level: AlertLevel, message: str) -> None:
        """A problem no processor run alerted on (a failed scrape, rows from incomplete lookbacks)."""
        self.add([_new(self.run_id, processor, day, level, message)])

    def send(self) -> str:
        errors = sum(a.level == "error" for a in self.alerts)
        head = (f"{self.title}: {self.outcome or 'ended'}; {errors} error(s), "
                f"{len(self.alerts) - errors} warning(s)")
        self.body = "\n".join([head, *self.problems, *_digest_lines(self.alerts)])
        print(self.body, file=self.stream)
        failures = deliver(f"[nbaprops] {head}", self.body, {"digest": self.body}, self.stream)
        _save_digest(self.warehouse, self.digest_id, self.run_id, self.alerts, self.body, failures)
        return self.body


_ACTIVE: ContextVar[RunDigest | None] = ContextVar("nbaprops_run_digest", default=None)


@contextmanager
def run_digest(warehouse: Warehouse, title: str, stream=None) -> Iterator[RunDigest]:
    """Collect every alert of the commands inside into one digest, sent when they end, however they end."""
    digest = RunDigest(warehouse, title, stream)
    token = _ACTIVE.set(digest)
    try:
        yield digest
    except KeyboardInterrupt:
        digest.outcome = "stopped (interrupted)"
        raise
    except Exception as exc:
        digest.outcome = digest.outcome or f"crashed ({exc.__class__.__name__}: {exc})"
        raise
    finally:
        _ACTIVE.reset(token)
        try:
            digest.send()
        except Exception as exc:  # the warehouse itself failed: still say so, and let the first error show
            print(f"ALERT the run's digest could not be stored ({exc.__class__.__name__}: {exc})",
                  file=digest.stream)
