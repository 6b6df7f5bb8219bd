"""Per-source politeness: a token bucket for the request rate and a semaphore for concurrency.

Sources publish (or enforce) a rate: Basketball-Reference bans above ~20 requests a minute, the
Odds API bills per request, stats.nba.com drops clients that burst. Every request to a source takes a
token first, so the limit holds however many worker threads the run uses.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """``rate`` requests per second (None: unlimited), ``burst`` tokens, ``concurrency`` in flight."""

    rate: float | None = None
    burst: int = 1
    concurrency: int = 4


class TokenBucket:
    def __init__(self, rate: float | None, burst: int = 1, clock=time.monotonic, sleep=time.sleep) -> None:
        self.rate = rate
        self.capacity = max(1, burst)
        self._tokens = float(self.capacity)
        self._clock, self._sleep = clock, sleep
        self._last = clock()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take one token, sleeping until one is available; returns the seconds waited."""
        if not self.rate:
            return 0.0
        with self._lock:  # one waiter at a time keeps the order fair and the math simple
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
            self._last = now
            wait = 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.rate
            if wait:
                self._sleep(wait)
                self._tokens = min(self.capacity, self._tokens + (self._clock() - self._last) * self.rate)
                self._last = self._clock()
            self._tokens -= 1
            return wait


class SourceGate:
    """The rate limit and concurrency cap of one source, shared by all threads of a run."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.bucket = TokenBucket(limits.rate, limits.burst)
        self._slots = threading.BoundedSemaphore(max(1, limits.concurrency))

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._slots:
            self.bucket.acquire()
            yield
