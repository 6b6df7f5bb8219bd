"""What the object store already holds, per scraper, keyed by the path fields that identify a request.

Resume rests on this: a request whose object exists (same scraper, same partition fields, any
timestamp) is not fetched again unless forced. Each scraper's folder is listed once per run and the
index is kept up to date as objects are written, so checks cost no I/O. Partial matches (the planners'
"the newest events body of this date") look keys up by field value instead of scanning every key.
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
        self._by_value: dict[str, dict[tuple[str, str], list[Key]]] = {}  # scraper -> (field, value) -> keys
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
            if spec.name not in self._known:
                self._known[spec.name] = found
                by_value = self._by_value[spec.name] = {}
                for key in found:
                    self._post(spec, by_value, key)
            return self._known[spec.name]

    @staticmethod
    def _post(spec: ScraperSpec, by_value: dict[tuple[str, str], list[Key]], key: Key) -> None:
        for name, value in zip(spec.resume_fields, key, strict=True):
            by_value.setdefault((name, value), []).append(key)

    def paths(self, spec: ScraperSpec, fields: Mapping[str, str]) -> list[str]:
        """Stored paths for this request, oldest first ([] if none)."""
        entries = self._load(spec).get(self._key(spec, fields), [])
        return [p for _, p in sorted(entries)]

    def latest(self, spec: ScraperSpec, fields: Mapping[str, str]) -> str | None:
        paths = self.paths(spec, fields)
        return paths[-1] if paths else None

    def matching(self, spec: ScraperSpec, **fields: str) -> list[str]:
        """Stored paths whose fields include ``fields`` (partial match), oldest first."""
        known = self._load(spec)
        position = {name: k for k, name in enumerate(spec.resume_fields)}
        if any(name not in position for name in fields):
            return []  # a field this scraper's paths do not have matches nothing
        with self._lock:
            if fields:
                first, value = next(iter(fields.items()))
                keys = list(self._by_value[spec.name].get((first, value), ()))
            else:
                keys = list(known)
            out = [entry for key in keys if all(key[position[k]] == v for k, v in fields.items())
                   for entry in known[key]]
        return [p for _, p in sorted(out)]

    def added(self, spec: ScraperSpec, fields: Mapping[str, str], path: str) -> None:
        known = self._load(spec)
        key = self._key(spec, fields)
        with self._lock:
            if key not in known:
                known[key] = []
                self._post(spec, self._by_value[spec.name], key)
            known[key].append((str(fields.get("ts", "")), path))
