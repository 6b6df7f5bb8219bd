"""A Google service-account access token for the Drive API (BigDataBall), minted with the OAuth 2.0
JWT-bearer flow: sign a short-lived assertion with the key file's private key, trade it for a token.

Used when ``BIGDATABALL_ACCESS_TOKEN`` is not set and ``BIGDATABALL_SERVICE_ACCOUNT_KEY_PATH`` points
at a service-account JSON key. Signing needs ``cryptography`` (installed today as a dependency of
pdfminer.six; declare it if this path matters).
"""

from __future__ import annotations

import base64
import json
import threading
import time
from pathlib import Path

import httpx

from nbaprops.scrapers.secrets import remember_secret

DRIVE_SCOPE = "https://www.googleapis.com/auth/drive.readonly"
KEY_PATH_VARIABLE = "BIGDATABALL_SERVICE_ACCOUNT_KEY_PATH"
_cache: dict[str, tuple[str, float]] = {}
_lock = threading.Lock()


def _b64(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def signed_assertion(key: dict[str, str], now: float, scope: str = DRIVE_SCOPE) -> str:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    header = {"alg": "RS256", "typ": "JWT", "kid": key.get("private_key_id", "")}
    claims = {"iss": key["client_email"], "scope": scope, "aud": key["token_uri"], "iat": int(now),
              "exp": int(now) + 3600}
    unsigned = _b64(json.dumps(header).encode()) + b"." + _b64(json.dumps(claims).encode())
    private = serialization.load_pem_private_key(key["private_key"].encode(), password=None)
    signature = private.sign(unsigned, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr,call-arg]
    return (unsigned + b"." + _b64(signature)).decode()


def service_account_token(key_path: str, client: httpx.Client) -> str:
    """A cached access token for the key file (refreshed five minutes before it expires)."""
    with _lock:
        cached = _cache.get(key_path)
        if cached and cached[1] - 300 > time.time():
            return cached[0]
        key = json.loads(Path(key_path).read_text())
        now = time.time()
        response = client.post(key["token_uri"], data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": signed_assertion(key, now)})
        if response.status_code != 200:
            raise RuntimeError(f"service-account token request failed: HTTP {response.status_code}")
        payload = response.json()
        token = payload["access_token"]
        remember_secret(token)
        _cache[key_path] = (token, now + float(payload.get("expires_in", 3600)))
        return token
