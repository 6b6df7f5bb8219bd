"""API keys: read from the environment only, and scrubbed from every string we keep or print.

Keys never enter a spec's parameters, an object path or a log row; the HTTP client adds them at the
last moment. :func:`redact` is the safety net for texts we do not build ourselves (exception
messages that quote a URL, say): it removes every known key value and every URL query string.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

# environment variable -> what it authorises
KEY_VARIABLES: dict[str, str] = {
    "BDL_API_KEY": "Ball Don't Lie",
    "ODDS_API_KEY": "The Odds API",
    "BETTINGPROS_API_KEY": "BettingPros",
    "BIGDATABALL_ACCESS_TOKEN": "Google Drive (BigDataBall)",
}
SIMULATED_KEY = "simulated-key"
_URL_QUERY = re.compile(r"(https?://[^\s?'\"]+)\?[^\s'\"]*")
_KEY_PARAMS = re.compile(r"(?i)\b(apikey|api_key|key|token|access_token)=[^&\s'\"]+")
_extra_secrets: set[str] = set()


class MissingKeyError(RuntimeError):
    """A live request needs a key the environment does not hold."""


def remember_secret(value: str) -> None:
    """Also scrub ``value`` (e.g. a token minted from a service account) from kept strings."""
    if value and len(value) >= 4:
        _extra_secrets.add(value)


def get_key(variable: str, *, simulated: bool, environ: Mapping[str, str] | None = None) -> str:
    """The key in ``variable``; simulated runs fall back to a placeholder so they work offline."""
    value = (environ if environ is not None else os.environ).get(variable, "").strip()
    if value:
        remember_secret(value)
        return value
    if simulated:
        return SIMULATED_KEY
    raise MissingKeyError(f"{variable} is not set: export the {KEY_VARIABLES.get(variable, variable)} key")


def known_secrets() -> set[str]:
    found = {os.environ.get(v, "").strip() for v in KEY_VARIABLES}
    return {s for s in found | _extra_secrets if s and len(s) >= 4}


def redact(text: str) -> str:
    """``text`` with key values replaced by ``***`` and URL query strings cut (they may carry keys)."""
    for secret in sorted(known_secrets(), key=len, reverse=True):
        text = text.replace(secret, "***")
    text = _URL_QUERY.sub(r"\1?…", text)
    return _KEY_PARAMS.sub(lambda m: f"{m.group(1)}=***", text)
