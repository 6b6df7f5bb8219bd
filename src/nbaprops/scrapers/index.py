"""What the object store already holds, per scraper, keyed by the path fields that identify a request.

Resume rests on this: a request whose object exists (same scraper, same partition fields, any
timestamp) is not fetched again unless forced. Each scraper's folder is listed once per run and the
index is kept up to date as objects are written, so checks cost no I/O.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from nbaprops.scrapers.spec import ScraperSpec
from nbaprops.storage.object_store import ObjectStore

Key = tuple[str, ...]


class StoreIndex:
    def __init__(self, store: ObjectStore) -> None:
        self.store = store
        self._known: dict[str, dict[Key, list[tuple[str, str]]]] = {}  # scraper -> key -> [(ts, path)]
        self._lock = threading.Lock()

    def _key(self, spec: ScraperSpec, fields: Mapping[str, str]) -> Key:
        return tuple(str(fields.get(f, "")) for f in spec.resume_fields)

    def _load(self, spec: ScraperSpec) -> dict[Key, list[tuple[str, str]]]:
        with self._lock:
            if spec.name in self._known:
                return self._known[spec.name]
        found: dict[Key, list[tuple[str, str]]] = {}
        for path in self.store.list(spec.layout.prefix()):
            fields = spec.layout.parse(path)
            if fields is not None:
                found.setdefault(self._key(spec, fields), []).append((fields.get("ts", ""), path))
        with self._lock:
            return self._known.setdefault(spec.name, found)

    def paths(self, spec: ScraperSpec, fields: Mapping[str, str]) -> list[str]:
        """Stored paths for this request, oldest first ([] if none)."""
        entries = self._load(spec).get(self._key(spec, fields), [])
        return [p for _, p in sorted(entries)]

    def latest(self, spec: ScraperSpec, fields: Mapping[str, str]) -> str | None:
        paths = self.paths(spec, fields)
        return paths[-1] if paths else None

    def matching(self, spec: ScraperSpec, **fields: str) -> list[str]:
        """Stored paths whose fields include ``fields`` (partial match), oldest first."""
        out: list[tuple[str, str]] = []
        for key, entries in self._load(spec).items():
            named = dict(zip(spec.resume_fields, key, strict=True))
            if all(named.get(k) == v for k, v in fields.items()):
                out.extend(entries)
        return [p for _, p in sorted(out)]

    def added(self, spec: ScraperSpec, fields: Mapping[str, str], path: str) -> None:
        known = self._load(spec)
        with self._lock:
            known.setdefault(self._key(spec, fields), []).append((str(fields.get("ts", "")), path))
