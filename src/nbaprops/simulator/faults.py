"""Fault injection, off by default: every decision is a pure function of (fault seed, kind, URL),
except "late", 429 and 500 bursts, which also count the attempts made for that URL."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from .rng import unit


@dataclass(frozen=True)
class Faults:
    """Probabilities (0..1) of each fault, per request URL (or per game for content faults)."""

    seed: int = 0
    missing: float = 0.0  # 404 forever
    late: float = 0.0  # 404 for the first ``late_attempts`` attempts, then the file
    rate_limit: float = 0.0  # 429 with Retry-After on the first attempt
    server_error: float = 0.0  # 500 for the first ``burst`` attempts
    truncated: float = 0.0  # body cut in half
    malformed: float = 0.0  # body with garbage spliced in
    duplicate: float = 0.0  # odds snapshots list every bookmaker twice
    postponed: float = 0.0  # games postponed: schedule says so, box scores are 404
    name_variants: float = 0.0  # player names spelled another way (no suffix, folded accents)
    retry_after: int = 1
    burst: int = 2
    late_attempts: int = 2

    def hit(self, kind: str, key: str) -> bool:
        p = getattr(self, kind)
        return p > 0 and unit(self.seed, kind, key) < p


@dataclass
class FaultState:
    """Attempt counters per URL (one per transport or server)."""

    faults: Faults
    attempts: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def attempt(self, url: str) -> int:
        with self.lock:
            self.attempts[url] = self.attempts.get(url, 0) + 1
            return self.attempts[url]

    def before(self, url: str) -> tuple[int, dict[str, str], bytes] | None:
        """A fault response to send instead of the real one, or None."""
        f = self.faults
        n = self.attempt(url)
        if f.hit("missing", url):
            return 404, {}, b'{"error": "not found"}'
        if f.hit("late", url) and n <= f.late_attempts:
            return 404, {}, b'{"error": "not found"}'
        if f.hit("rate_limit", url) and n == 1:
            return 429, {"Retry-After": str(f.retry_after)}, b'{"message": "Too Many Requests"}'
        if f.hit("server_error", url) and n <= f.burst:
            return 500, {}, b"Internal Server Error"
        return None

    def after(self, url: str, body: bytes) -> bytes:
        """Damage a successful body (truncated or malformed)."""
        f = self.faults
        if f.hit("truncated", url) and len(body) > 2:
            return body[: len(body) // 2]
        if f.hit("malformed", url) and len(body) > 2:
            mid = len(body) // 2
            return body[:mid] + b"\x00<<garbage>>{" + body[mid:]
        return body
