"""A CSV body as columns of strings, read as Python's csv module reads it, at Arrow's speed.

Arrow's CSV reader (C++) reads a plain body; Python's csv module reads the header line, and the whole
body when it holds what the two read differently (quotes, a lone carriage return, a byte-order mark
after the header, a line over csv's field size limit), so csv's reading defines the rows either way.
Empty fields stay ``""``. A body that is not UTF-8, or whose rows have a different number of fields
than its header, is a ParseError.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv

from nbaprops.orchestration.errors import ParseError

# A carriage return inside a line: a line break to Arrow's CSV reader, an error to Python's csv module.
_LONE_CR = re.compile(rb"\r[^\r\n]")


def read_columns(body: bytes, check_header: Callable[[list[str]], None] = lambda header: None,
                 ) -> tuple[list[str], list[pa.Array]]:
    """The header and one string column per header field; ``check_header`` may refuse the header
    (with a ParseError) before the rows are read."""
    try:
        if not body.isascii():  # the whole body must be UTF-8 (Arrow then skips its own check)
            body.decode("utf-8-sig")
        end = body.find(b"\n") + 1 or len(body)
        if _plain(body, end):
            header = next(csv.reader([body[:end].decode("utf-8-sig")]), [])
            check_header(header)
            return header, _arrow_columns(body, end, len(header))
        return _csv_columns(body, check_header)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ParseError(f"not a readable CSV ({exc})") from None


def _plain(body: bytes, end: int) -> bool:
    """Whether Arrow reads the plays after the header line as csv would."""
    return (b'"' not in body
            and not (b"\r" in body and _LONE_CR.search(body))
            and not body.startswith(codecs.BOM_UTF8, end)  # Arrow drops a byte-order mark there
            and not _long_line(body, csv.field_size_limit()))


def _long_line(body: bytes, limit: int) -> bool:
    """Whether a line is longer than ``limit`` bytes (csv refuses a field of more characters), by a
    look for the last newline in each window of ``limit`` bytes, not a pass over every line."""
    start = 0
    while len(body) - start > limit:
        newline = body.rfind(b"\n", start, start + limit + 1)
        if newline < 0:
            return True
        start = newline + 1
    return False


def _arrow_columns(body: bytes, end: int, width: int) -> list[pa.Array]:
    """The rows after the header line, read by Arrow as strings (empty fields stay "")."""
    if not body[end:].strip(b"\r\n"):
        return [pa.array([], pa.string())] * width
    try:
        block = 1 << max(16, len(body).bit_length())  # one block: a column comes back as one array
        table = pacsv.read_csv(pa.BufferReader(pa.py_buffer(body)[end:]), **_arrow_options(width, block))
    except pa.ArrowInvalid as exc:
        if "Expected" in str(exc) and "columns" in str(exc):
            raise ParseError("CSV has rows with a different number of fields (truncated?)") from None
        raise ParseError(f"not a readable CSV ({exc})") from None
    return [c.chunk(0) if c.num_chunks == 1 else c.combine_chunks() for c in table.columns]


@functools.lru_cache(maxsize=64)
def _arrow_options(width: int, block: int) -> dict[str, Any]:
    """Arrow's CSV options for ``width`` columns, all strings, in blocks of ``block`` bytes."""
    names = [str(i) for i in range(width)]
    return {"read_options": pacsv.ReadOptions(column_names=names, use_threads=False, block_size=block),
            "convert_options": pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()),
                                                    strings_can_be_null=False, check_utf8=False)}


def _csv_columns(body: bytes, check_header: Callable[[list[str]], None]) -> tuple[list[str], list[pa.Array]]:
    """The header and the rows, read by Python's csv module."""
    reader = csv.reader(io.StringIO(body.decode("utf-8-sig")))
    header = next(reader, [])
    check_header(header)
    rows = [r for r in reader if r]
    if any(len(r) != len(header) for r in rows):
        raise ParseError("CSV has rows with a different number of fields (truncated?)")
    if not rows:
        return header, [pa.array([], pa.string())] * len(header)
    return header, [pa.array(values, pa.string()) for values in zip(*rows, strict=True)]
