"""The one HTTP client every scraper uses: timeouts, retries with backoff, per-source limits.

Retries follow what each failure means: 429 and 5xx are transient (back off exponentially with
jitter; a ``Retry-After`` the server sends is obeyed, up to a bound), connection errors and bodies
that fail their format check (a JSON body cut short) are transient too; 401/403/404/422 and other
4xx are answers, returned at once. Keys are added here, at the last moment, so nothing upstream of
the wire ever holds them.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt

from nbaprops.scrapers.google_auth import KEY_PATH_VARIABLE, service_account_token
from nbaprops.scrapers.ratelimit import SourceGate
from nbaprops.scrapers.secrets import get_key, redact
from nbaprops.scrapers.sources import SOURCES, Source
from nbaprops.scrapers.transport import Profile

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    backoff_initial: float = 1.0
    backoff_max: float = 30.0
    max_retry_after: float = 120.0  # a server asking for a longer pause is not waited for
    sleep: Callable[[float], None] = time.sleep


class BadBodyError(ValueError):
    """The body does not have the format the endpoint serves (e.g. truncated JSON)."""


class _Transient(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


class _TransientBody(Exception):
    def __init__(self, response: httpx.Response, reason: str) -> None:
        super().__init__(reason)
        self.response = response


@dataclass
class Fetch:
    """What one logical request produced (after retries)."""

    status: int | None
    body: bytes
    requested_at: datetime
    finished_at: datetime
    attempts: int = 0  # requests that went over the wire (0: none, e.g. a missing key)
    error: str | None = None
    waits: list[float] = field(default_factory=list)
    simulated_at: datetime | None = None  # a simulated request: the moment the simulator's clock made it

    @property
    def retries(self) -> int:
        return max(0, self.attempts - 1)

    @property
    def made_at(self) -> datetime:
        """When the request was made, as its object's name and the log record it (simulated: its moment)."""
        return self.simulated_at or self.requested_at

    @property
    def done_at(self) -> datetime:
        return self.made_at + (self.finished_at - self.requested_at)


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


class HttpClient:
    """Shared by all threads of a run; one ``httpx.Client`` over the profile's transport."""

    def __init__(self, profile: Profile, policy: RetryPolicy | None = None) -> None:
        self.profile = profile
        self.policy = policy or RetryPolicy()
        self.client = httpx.Client(transport=profile.make_transport(), timeout=profile.timeout,
                                   follow_redirects=True)
        self.gates = {name: SourceGate(profile.limits(src)) for name, src in SOURCES.items()}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _prepare(self, source: Source, headers: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
        merged = {**source.headers, **headers}
        params: dict[str, str] = {}
        auth = source.auth
        if auth.kind != "none":
            key = self._key(auth.env)
            if auth.kind == "query":
                params[auth.name] = key
            elif auth.kind == "bearer":
                merged[auth.name] = f"Bearer {key}"
            else:
                merged[auth.name] = key
        return merged, params

    def _key(self, variable: str) -> str:
        key_path = os.environ.get(KEY_PATH_VARIABLE, "").strip()
        if variable == "BIGDATABALL_ACCESS_TOKEN" and not os.environ.get(variable) and key_path:
            return service_account_token(key_path, self.client)
        return get_key(variable, simulated=self.profile.simulated)

    def _wait(self, state) -> float:  # tenacity RetryCallState
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Transient):
            hinted = retry_after_seconds(exc.response)
            if hinted is not None:
                return hinted
        exponential = self.policy.backoff_initial * 2 ** max(0, state.attempt_number - 1)
        return min(self.policy.backoff_max, exponential) + random.uniform(0, self.policy.backoff_initial)

    def _should_retry(self, exc: BaseException) -> bool:
        if isinstance(exc, _Transient):
            hinted = retry_after_seconds(exc.response)
            return hinted is None or hinted <= self.policy.max_retry_after
        return isinstance(exc, _TransientBody | httpx.TransportError)

    def get(self, source_name: str, url: str, headers: dict[str, str] | None = None,
            check: Callable[[bytes], None] | None = None) -> Fetch:
        """GET ``url`` through ``source_name``'s gate; never raises for HTTP or network failures."""
        source = SOURCES[source_name]
        gate = self.gates[source_name]
        started = datetime.now(UTC)
        waits: list[float] = []
        attempts = 0
        try:
            merged, params = self._prepare(source, headers or {})
        except Exception as exc:  # a missing key: no request is made
            return Fetch(None, b"", started, datetime.now(UTC), 0, redact(str(exc)))

        # merge the key into the URL's own query (httpx's ``params=`` would replace that query)
        target = httpx.URL(url).copy_merge_params(params) if params else httpx.URL(url)

        def sleep(seconds: float) -> None:
            waits.append(seconds)
            self.policy.sleep(seconds)

        def once() -> httpx.Response:
            nonlocal attempts
            attempts += 1
            with gate.slot():
                response = self.client.get(target, headers=merged)
            if response.status_code in RETRY_STATUSES:
                raise _Transient(response)
            if response.status_code == 200 and check is not None:
                try:
                    check(response.content)
                except BadBodyError as exc:
                    raise _TransientBody(response, str(exc)) from None
            return response

        retrying = Retrying(stop=stop_after_attempt(self.policy.attempts), wait=self._wait,
                            retry=retry_if_exception(self._should_retry), sleep=sleep, reraise=True)
        try:
            response = retrying(once)
        except _Transient as exc:
            r = exc.response
            return Fetch(r.status_code, r.content, started, datetime.now(UTC), attempts,
                         f"HTTP {r.status_code} after {attempts} attempt(s)", waits)
        except _TransientBody as exc:
            r = exc.response
            return Fetch(r.status_code, r.content, started, datetime.now(UTC), attempts,
                         f"bad body after {attempts} attempt(s): {redact(str(exc))}", waits)
        except httpx.HTTPError as exc:
            return Fetch(None, b"", started, datetime.now(UTC), attempts,
                         f"{type(exc).__name__} after {attempts} attempt(s): {redact(str(exc))}", waits)
        return Fetch(response.status_code, response.content, started, datetime.now(UTC), attempts,
                     None, waits)
