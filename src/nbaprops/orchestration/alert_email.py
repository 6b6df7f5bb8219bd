"""Alert email over SMTP, with the standard library only; every setting from the environment.

``NBAPROPS_ALERT_SMTP``          ``smtp://host:port`` (plain, or STARTTLS with ``NBAPROPS_ALERT_SMTP_STARTTLS=1``)
                                 or ``smtps://host:port`` (TLS from the first byte)
``NBAPROPS_ALERT_EMAIL_TO``      comma-separated recipients
``NBAPROPS_ALERT_EMAIL_FROM``    sender (default ``nbaprops@<host>``)
``NBAPROPS_ALERT_SMTP_USER`` / ``NBAPROPS_ALERT_SMTP_PASSWORD``  optional login

The password is read when a message is sent and never printed, stored or put in an error message.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from urllib.parse import urlsplit

SMTP_ENV = "NBAPROPS_ALERT_SMTP"
TO_ENV = "NBAPROPS_ALERT_EMAIL_TO"
FROM_ENV = "NBAPROPS_ALERT_EMAIL_FROM"
USER_ENV = "NBAPROPS_ALERT_SMTP_USER"
PASSWORD_ENV = "NBAPROPS_ALERT_SMTP_PASSWORD"
STARTTLS_ENV = "NBAPROPS_ALERT_SMTP_STARTTLS"
TIMEOUT = 10.0


class EmailSettingsError(ValueError):
    """The SMTP settings are present but unusable; said once, where the alert would have gone."""


@dataclass(frozen=True)
class EmailSettings:
    host: str
    port: int
    recipients: tuple[str, ...]
    sender: str
    implicit_tls: bool = False
    starttls: bool = False
    user: str | None = None
    password: str | None = field(default=None, repr=False)  # never in a repr, a log line or a message

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> EmailSettings | None:
        """The configured email settings, or None when ``NBAPROPS_ALERT_SMTP`` is unset (email off)."""
        env = os.environ if environ is None else environ
        url = env.get(SMTP_ENV, "").strip()
        if not url:
            return None
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise EmailSettingsError(f"{SMTP_ENV} must look like smtp://host:port or smtps://host:port")
        recipients = tuple(a.strip() for a in env.get(TO_ENV, "").split(",") if a.strip())
        if not recipients:
            raise EmailSettingsError(f"{SMTP_ENV} is set but {TO_ENV} names no recipient")
        implicit = parts.scheme == "smtps"
        return cls(
            host=parts.hostname, port=parts.port or (465 if implicit else 25), recipients=recipients,
            sender=env.get(FROM_ENV, "").strip() or f"nbaprops@{socket.gethostname()}",
            implicit_tls=implicit, starttls=env.get(STARTTLS_ENV, "").lower() in ("1", "true", "yes"),
            user=env.get(USER_ENV) or None, password=env.get(PASSWORD_ENV) or None,
        )

    def where(self) -> str:
        """Where mail goes, for messages (no credentials)."""
        return f"{'smtps' if self.implicit_tls else 'smtp'}://{self.host}:{self.port}"


def send_email(settings: EmailSettings, subject: str, body: str) -> None:
    """Send one plain-text message; raises ``smtplib.SMTPException`` or ``OSError`` on failure."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.recipients)
    message.set_content(body)
    context = ssl.create_default_context()
    if settings.implicit_tls:
        client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT, context=context)
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
    with client:
        if settings.starttls:
            client.starttls(context=context)
        if settings.user:
            client.login(settings.user, settings.password or "")
        client.send_message(message)


def delivery_error(exc: BaseException) -> str:
    """A failure's kind and the server's words, never the settings (so never the password)."""
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"{exc.__class__.__name__}: {exc.smtp_code} {text}"
    return f"{exc.__class__.__name__}: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}"
