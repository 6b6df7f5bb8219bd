"""Parse stored objects into their table's rows, in worker processes when there are many.

Workers read the objects themselves (bodies never cross the process boundary) and send the rows of a
chunk of files back as one Arrow batch; :class:`ParsedObjects` keeps each file's slice of it, so a
run's rows go to the warehouse as a few large batches. Any exception in a parser becomes the reason
its file is quarantined: nothing escapes, nothing is half-loaded.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pyarrow as pa

from nbaprops.processes import die_with_parent, on_main_thread
from nbaprops.raw.framework.objects import ObjectPath, ParseFn
from nbaprops.raw.framework.rows import check_keys, rows_table
from nbaprops.storage.object_store import ObjectStore, open_object_store
from nbaprops.storage.schema import Table

# Parse in worker processes once a run has at least this many files (and the machine has 2+ cores).
POOL_THRESHOLD = 48
# Objects a worker parses per task: at least CHUNK (to pay for one Arrow stream), and about
# CHUNKS_PER_WORKER tasks per worker, so the cores stay balanced and the batches stay large.
CHUNK = 12
CHUNKS_PER_WORKER = 16


Parsed = tuple[bool, Any, str]  # (ok, the rows as Arrow or the reason it failed, SHA-256 of the body)


def parse_body(parse: ParseFn, table: Table, body: bytes, obj: ObjectPath, check_required: bool) -> Parsed:
    """Parse one body into the table's columns; any exception becomes the reason to quarantine the file."""
    digest = hashlib.sha256(body).hexdigest()
    try:
        rows = parse(body, obj)
        if isinstance(rows, list):
            for row in rows:
                row["source_file_path"] = obj.path
        elif isinstance(rows, pa.Table):
            rows = rows.append_column("source_file_path", pa.repeat(pa.scalar(obj.path, pa.string()), rows.num_rows))
        else:
            return False, f"parser returned {type(rows).__name__}, not a list of rows", digest
        out = rows_table(table, rows, check_required=check_required)
        check_keys(out, table.key)
        return True, out, digest
    except Exception as exc:
        return False, f"{exc.__class__.__name__}: {exc}", digest


@functools.lru_cache(maxsize=4)
def _worker_store(url: str) -> ObjectStore:
    return open_object_store(url)


class ParsedObjects(dict[str, "Parsed"]):
    """Parsed objects by path. Rows parsed in a worker are slices of that worker chunk's one batch, and
    each remembers where it sits, so the rows of many files go back together as a few large slices:
    the warehouse scans Arrow batch by batch, and a season of 20-row files in 20-row batches writes
    several times slower than the same rows in large ones."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[pa.Table] = []
        self.spans: dict[str, tuple[int, int, int]] = {}  # path -> (chunk, offset, rows)

    def add_chunk(self, objects: Sequence[ObjectPath], results: list[Parsed], rows: pa.Table) -> None:
        index, offset = len(self.chunks), 0
        self.chunks.append(rows)
        for obj, (ok, value, digest) in zip(objects, results, strict=True):
            if ok:
                self[obj.path] = (True, rows.slice(offset, value), digest)
                self.spans[obj.path] = (index, offset, value)
                offset += value
            else:
                self[obj.path] = (ok, value, digest)

    def rows_of(self, paths: Sequence[str]) -> pa.Table | None:
        """The rows of these files in this order, contiguous files as one slice; None when any of them
        was parsed on its own (the caller then concatenates the files' tables itself)."""
        runs: list[list[int]] = []  # [chunk, start, end]
        for path in paths:
            span = self.spans.get(path)
            if span is None:
                return None
            chunk, offset, rows = span
            if runs and runs[-1][0] == chunk and runs[-1][2] == offset:
                runs[-1][2] = offset + rows
            else:
                runs.append([chunk, offset, offset + rows])
        if not runs:
            return None
        return pa.concat_tables([self.chunks[c].slice(start, end - start) for c, start, end in runs])


def _parse_chunk(args: tuple[ParseFn, Table, str, list[ObjectPath], bool]) -> tuple[list[Parsed], bytes]:
    """In a worker process: read and parse a chunk of objects. Bodies never cross the process
    boundary; the rows of every good object come back as one Arrow batch (a schema read per chunk,
    not per file: ten times cheaper than pickled tables), each result carrying its row count."""
    parse, table, store_url, objects, check_required = args
    store = _worker_store(store_url)
    results: list[Parsed] = []
    batches: list[pa.RecordBatch] = []
    for obj in objects:
        ok, value, digest = parse_body(parse, table, store.read(obj.path), obj, check_required)
        if ok:
            batches.extend(value.to_batches())
            value = value.num_rows
        results.append((ok, value, digest))
    schema = table.arrow_schema()
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, schema) as writer:
        writer.write_batch(pa.concat_batches(batches) if batches else pa.RecordBatch.from_pylist([], schema=schema))
    return results, sink.getvalue().to_pybytes()


def parse_objects(parse: ParseFn, table: Table, objects: list[ObjectPath], store: ObjectStore,
                  check_required: bool = True) -> ParsedObjects:
    """Read and parse many objects, on every core once there are enough of them to pay for the workers."""
    parsed = ParsedObjects()
    workers = min(4, os.cpu_count() or 1)
    if len(objects) >= POOL_THRESHOLD and workers > 1:
        size = max(CHUNK, len(objects) // (workers * CHUNKS_PER_WORKER))
        chunks = [objects[i:i + size] for i in range(0, len(objects), size)]
        jobs = [(parse, table, store.url, chunk, check_required) for chunk in chunks]
        pool = _pool(workers)
        try:
            for chunk, (results, stream) in zip(chunks, pool.map(_parse_chunk, jobs), strict=True):
                parsed.add_chunk(chunk, results, pa.ipc.open_stream(stream).read_all())
        except BrokenProcessPool:  # a worker died (a parser crashed the interpreter): this run fails
            _drop_pool(pool)
            raise
    else:
        for obj in objects:
            parsed[obj.path] = parse_body(parse, table, store.read(obj.path), obj, check_required)
    return parsed


_POOL: ProcessPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _pool(workers: int) -> ProcessPoolExecutor:
    """The worker processes, started once per process and kept for every later run: a backfill runs
    22 raw processors a season, and starting workers for each cost more than the small ones' parsing.
    Each worker exits when this process dies, even by SIGKILL (:func:`die_with_parent`)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            # fork (Linux's default until Python 3.14) explicitly: a worker's parent must be this process,
            # not a fork server, for die_with_parent to watch the right pid
            context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
            _POOL = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=die_with_parent,
                                        initargs=(os.getpid(), on_main_thread()))
        return _POOL


def _drop_pool(broken: ProcessPoolExecutor) -> None:
    """Forget a pool whose worker died (the next run starts a new one)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is broken:
            _POOL = None
    broken.shutdown(wait=False, cancel_futures=True)
