"""Real alert receivers on 127.0.0.1: an SMTP server (aiosmtpd) and an HTTP webhook endpoint, each
recording what it received; the webhook can be told to answer 500, the SMTP server to require a login."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Mailbox:
    """What the SMTP server accepted, parsed; and the logins it saw."""

    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    password: str | None = None  # when set, AUTH is required and must match

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((login, password))
        return AuthResult(success=password == self.password, handled=False)  # a refusal answers 535

    def subjects(self) -> list[str]:
        """Subjects unfolded (a long one is folded onto continuation lines in transit)."""
        return [" ".join(str(m["Subject"]).split()) for m in self.messages]

    def bodies(self) -> list[str]:
        return [m.get_content() for m in self.messages]


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Mailbox]:
    """A real SMTP server on 127.0.0.1, with the alert settings pointing at it."""
    box, port = Mailbox(), free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, authenticator=box.authenticate,
                            auth_require_tls=False)
    controller.start()
    monkeypatch.setenv("NBAPROPS_ALERT_SMTP", f"smtp://127.0.0.1:{port}")
    monkeypatch.setenv("NBAPROPS_ALERT_EMAIL_TO", "oncall@example.org, lead@example.org")
    monkeypatch.setenv("NBAPROPS_ALERT_EMAIL_FROM", "nbaprops@example.org")
    try:
        yield box
    finally:
        controller.stop()


@dataclass
class Hook:
    posts: list[dict] = field(default_factory=list)
    status: int = 200


@pytest.fixture
def webhook(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hook]:
    """A real HTTP endpoint on 127.0.0.1 that records each JSON POST and answers ``hook.status``."""
    hook = Hook()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            hook.posts.append(json.loads(body))
            self.send_response(hook.status)
            self.end_headers()

        def log_message(self, *args) -> None:  # keep the test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    monkeypatch.setenv("NBAPROPS_ALERT_WEBHOOK", f"http://127.0.0.1:{server.server_port}/alerts")
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()
