"""The object store: untouched source responses under a fixed path layout.

A local folder (on fsspec), or ``gs://bucket[/prefix]`` through the same calls
(:mod:`nbaprops.storage.gcs_object_store`); :func:`open_object_store` picks by the URL. Writes are
atomic for local folders (write to a temporary name, then rename), so a reader never sees half a
file; a Cloud Storage object appears whole when its upload completes.
"""

from __future__ import annotations

import itertools
import os
import posixpath
import uuid
from datetime import UTC, datetime

import fsspec

QUARANTINE_PREFIX = "quarantine"


class ObjectNotFoundError(FileNotFoundError):
    """The object store has no object at that path."""


def open_object_store(url: str) -> ObjectStore:
    """The store at ``url``: ``gs://bucket[/prefix]`` on Cloud Storage, anything else through fsspec."""
    if url.startswith("gs://"):
        from nbaprops.storage.gcs_object_store import GcsObjectStore

        return GcsObjectStore(url)
    return ObjectStore(url)


class ObjectStore:
    def __init__(self, url: str) -> None:
        self.url = url
        self.fs, root = fsspec.core.url_to_fs(url)
        self.root = root.rstrip("/")
        self._local = self.fs.protocol in ("file", ("file", "local")) or "file" in self.fs.protocol
        self._folders: set[str] = set()
        self._tmp_names = itertools.count()
        if self._local:
            self.fs.makedirs(self.root, exist_ok=True)

    def _full(self, path: str) -> str:
        path = path.lstrip("/")
        if ".." in path.split("/"):
            raise ValueError(f"object path may not contain '..': {path!r}")
        return f"{self.root}/{path}" if path else self.root

    def _rel(self, full: str) -> str:
        full = full.rstrip("/")
        idx = full.find(self.root)
        return full[idx + len(self.root):].lstrip("/") if idx >= 0 else full

    def uri(self, path: str) -> str:
        """The address a person can paste: ``file:///...`` or ``gs://...``."""
        proto = self.fs.protocol[0] if isinstance(self.fs.protocol, tuple) else self.fs.protocol
        full = self._full(path)
        return f"file://{full}" if self._local else f"{proto}://{full}"

    def exists(self, path: str) -> bool:
        return self.fs.exists(self._full(path))

    def list(self, prefix: str = "") -> list[str]:
        """Every object under ``prefix`` (recursive), as store-relative paths, sorted."""
        base = self._full(prefix)
        if not self.fs.exists(base):
            return []
        if self.fs.isfile(base):
            return [prefix.lstrip("/")]
        found = self.fs.find(base)
        return sorted(p for p in (self._rel(f) for f in found) if not p.startswith(".") and "/.tmp-" not in p)

    def read(self, path: str) -> bytes:
        try:
            with self.fs.open(self._full(path), "rb") as fh:
                return fh.read()
        except FileNotFoundError:
            raise ObjectNotFoundError(f"no object at {self.uri(path)}") from None

    def write(self, path: str, data: bytes) -> str:
        full = self._full(path)
        if self._local:
            self._write_local(full, data)
        else:
            self.fs.makedirs(posixpath.dirname(full), exist_ok=True)
            with self.fs.open(full, "wb") as fh:
                fh.write(data)
        return path

    def _write_local(self, full: str, data: bytes) -> None:
        """Temporary file then ``os.replace``, with plain OS calls: a season is ~15,000 files, and
        fsspec's wrappers (a directory check, an opener object and a move per file) cost more than the
        write. Folders made once are remembered; one deleted since is made again."""
        folder = posixpath.dirname(full)
        tmp = f"{folder}/.tmp-{os.getpid()}-{next(self._tmp_names)}"
        if folder not in self._folders:
            self._make_folder(folder)
        try:
            _write_file(tmp, data)
        except FileNotFoundError:  # the folder was deleted since it was made
            self._make_folder(folder)
            _write_file(tmp, data)
        os.replace(tmp, full)

    def _make_folder(self, folder: str) -> None:
        try:
            os.mkdir(folder)  # usually only the last level is new: one call, not makedirs' walk
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
        except FileExistsError:
            pass
        self._folders.add(folder)

    def move(self, src: str, dst: str) -> str:
        full_dst = self._full(dst)
        self.fs.makedirs(posixpath.dirname(full_dst), exist_ok=True)
        self.fs.mv(self._full(src), full_dst)
        return dst

    def quarantine(self, path: str, reason: str) -> str:
        """Move a bad object to ``quarantine/<path>`` with ``<path>.reason.txt`` beside it.

        Nothing is deleted: the original bytes are kept for diagnosis and a later reload.
        """
        dst = f"{QUARANTINE_PREFIX}/{path.lstrip('/')}"
        if self.exists(dst):
            dst = f"{dst}.{uuid.uuid4().hex[:8]}"
        self.move(path, dst)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        self.write(f"{dst}.reason.txt", f"{stamp}\noriginal: {path}\nreason: {reason}\n".encode())
        return dst


def _write_file(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
