"""The object store on Cloud Storage: ``gs://bucket[/prefix]``, the same calls as the local folder.

Uses the official client (``google-cloud-storage``, extra ``gcp``) rather than fsspec's gcsfs:
gcsfs probes a gRPC endpoint per bucket that stalls about a minute against an emulator. Credentials
come from Application Default Credentials (never from a file the project names, never logged);
``STORAGE_EMULATOR_HOST`` points the client at an emulator (the tests' fake-gcs-server).

An upload is one request, and Cloud Storage shows an object only once its upload completed, so a
reader never sees half a body (the local store gets the same by rename). A move is a server-side
copy then a delete of the source: a crash between the two leaves both copies, never none.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from nbaprops.storage.object_store import ObjectNotFoundError, ObjectStore


def _storage() -> Any:
    try:
        from google.cloud import storage
    except ImportError:  # pragma: no cover - depends on the install
        raise RuntimeError("gs:// object stores need the gcp extra: pip install 'nbaprops[gcp]'") from None
    return storage


class GcsObjectStore(ObjectStore):
    """``ObjectStore`` over one bucket (and an optional prefix inside it)."""

    def __init__(self, url: str) -> None:  # the local store's fsspec set-up does not apply
        if not url.startswith("gs://"):
            raise ValueError(f"not a Cloud Storage URL: {url!r} (expected gs://bucket[/prefix])")
        bucket, _, prefix = url.removeprefix("gs://").partition("/")
        if not bucket:
            raise ValueError(f"no bucket in {url!r} (expected gs://bucket[/prefix])")
        self.url = url
        self.bucket_name = bucket
        self.root = prefix.strip("/")

    @cached_property
    def client(self) -> Any:
        """Made on first use, so a forked Phase 2 worker builds its own (HTTP sessions do not fork)."""
        return _storage().Client()

    @cached_property
    def bucket(self) -> Any:
        return self.client.bucket(self.bucket_name)

    def _full(self, path: str) -> str:
        path = path.lstrip("/")
        if ".." in path.split("/"):
            raise ValueError(f"object path may not contain '..': {path!r}")
        return f"{self.root}/{path}" if self.root and path else (self.root or path)

    def _rel(self, full: str) -> str:
        return full[len(self.root):].lstrip("/") if self.root else full

    def uri(self, path: str) -> str:
        full = self._full(path)
        return f"gs://{self.bucket_name}/{full}" if full else f"gs://{self.bucket_name}"

    def exists(self, path: str) -> bool:
        """An object at ``path``, or (as a folder would) any object under ``path/``."""
        full = self._full(path)
        if full and self.bucket.blob(full).exists():
            return True
        folder = f"{full.rstrip('/')}/" if full else ""
        return any(True for _ in self.client.list_blobs(self.bucket_name, prefix=folder, max_results=1))

    def list(self, prefix: str = "") -> list[str]:
        """Every object under ``prefix`` (a folder, as locally: ``a/b`` never lists ``a/bc/...``), sorted."""
        full = self._full(prefix)
        if full and not prefix.endswith("/") and self.bucket.blob(full).exists():
            return [prefix.lstrip("/")]
        folder = f"{full.rstrip('/')}/" if full else ""
        names = (self._rel(b.name) for b in self.client.list_blobs(self.bucket_name, prefix=folder))
        return sorted(p for p in names if p and not p.startswith(".") and not p.endswith("/"))

    def read(self, path: str) -> bytes:
        from google.api_core.exceptions import NotFound

        try:
            return self.bucket.blob(self._full(path)).download_as_bytes()
        except NotFound:
            raise ObjectNotFoundError(f"no object at {self.uri(path)}") from None

    def write(self, path: str, data: bytes) -> str:
        """One upload, retried on transient errors: the client retries only conditional uploads by
        default, and rewriting the same bytes under the same (fetch-time-stamped) name is harmless."""
        from google.cloud.storage.retry import DEFAULT_RETRY

        self.bucket.blob(self._full(path)).upload_from_string(data, content_type=_content_type(path),
                                                              retry=DEFAULT_RETRY)
        return path

    def move(self, src: str, dst: str) -> str:
        from google.api_core.exceptions import NotFound
        from google.cloud.storage.retry import DEFAULT_RETRY

        source = self.bucket.blob(self._full(src))
        try:
            self.bucket.copy_blob(source, self.bucket, self._full(dst), retry=DEFAULT_RETRY)
        except NotFound:
            raise ObjectNotFoundError(f"no object at {self.uri(src)}") from None
        source.delete()
        return dst


def _content_type(path: str) -> str:
    """What a person opening the object in the console expects; the bytes are stored untouched."""
    for suffix, kind in ((".json", "application/json"), (".pdf", "application/pdf"), (".html", "text/html"),
                         (".csv", "text/csv"), (".txt", "text/plain")):
        if path.endswith(suffix):
            return kind
    return "application/octet-stream"
