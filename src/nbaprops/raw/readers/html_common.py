"""Helpers shared by the raw parsers of HTML pages and per-object sources.

- :func:`embedded_json` reads the JSON state a page ships in a ``<script>`` (ESPN ``__espnfitt__``).
- :class:`TableRows` reads ``data-stat`` cells of one ``<table id=...>`` (Basketball-Reference).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from nbaprops.orchestration.errors import ParseError


def embedded_json(html: str, marker: str) -> Any:
    """The JSON value assigned right after ``marker`` in a page (``window['__espnfitt__']=``)."""
    at = html.find(marker)
    if at < 0:
        raise ParseError(f"page has no {marker!r} state")
    start = html.find("=", at + len(marker) - 1)
    text = html[start + 1:].lstrip()
    try:
        value, _ = json.JSONDecoder().raw_decode(text)
    except ValueError as exc:
        raise ParseError(f"state after {marker!r} is not JSON ({exc})") from None
    return value


class TableRows(HTMLParser):
    """Body rows of ``<table id=table_id>`` as ``{data-stat: text}``, plus ``{stat}_href`` and ``{stat}_csk``.

    """

    def __init__(self, table_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.table_id = table_id
        self.rows: list[dict[str, str]] = []
        self.found = False
        self.closed = False
        self._depth = 0  # nesting of <table> inside the wanted one (0 = outside)
        self._in_body = False
        self._row: dict[str, str] | None = None
        self._cell: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            if self._depth or a.get("id") == self.table_id:
                self._depth += 1
                self.found = True
            return
        if not self._depth:
            return
        if tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self._row = {} if "thead" not in (a.get("class") or "") else None
        elif tag in ("td", "th") and self._row is not None and a.get("data-stat"):
            self._cell, self._text = a["data-stat"] or "", []
            if a.get("csk") is not None:
                self._row[f"{self._cell}_csk"] = a["csk"] or ""
        elif tag == "a" and self._cell and a.get("href"):
            self._row.setdefault(f"{self._cell}_href", a["href"] or "")  # type: ignore[union-attr]

    def handle_endtag(self, tag: str) -> None:
        if not self._depth:
            return
        if tag == "table":
            self._depth -= 1
            self.closed = self._depth == 0
        elif tag == "tbody":
            self._in_body = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row[self._cell] = " ".join("".join(self._text).split())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._text.append(data)



def table_rows(html: str, table_id: str) -> list[dict[str, str]]:
    """Rows of one table; ParseError when the page has no such table or it never closes (truncated).

    Commented-out tables (Basketball-Reference hides some) count."""
    parser = TableRows(table_id)
    parser.feed(html.replace("<!--", "").replace("-->", ""))
    parser.close()
    if not parser.found:
        raise ParseError(f"page has no <table id={table_id!r}>")
    if not parser.closed:
        raise ParseError(f"<table id={table_id!r}> never closes (truncated page?)")
    return parser.rows


def decode_html(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ParseError("body is not UTF-8 text") from None


# --- per-object selection (see module docstring) -------------------------------------------------


_WS = re.compile(r"\s+")


def clean(text: str | None) -> str | None:
    """Collapse whitespace; empty becomes None."""
    if text is None:
        return None
    out = _WS.sub(" ", text).strip()
    return out or None
