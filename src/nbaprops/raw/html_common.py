"""Helpers shared by the raw parsers of HTML pages and per-object sources.

- :func:`embedded_json` reads the JSON state a page ships in a ``<script>`` (ESPN ``__espnfitt__``).
- :class:`TableRows` reads ``data-stat`` cells of one ``<table id=...>`` (Basketball-Reference).
- :func:`per_object` adapts a processor whose objects are one per game/team under a date or season
  folder. ``RawCompute`` (``base.py``) picks the newest fetch of the whole *date* under
  ``select="latest"`` (one game of a slate), and lists every date when a template has a field before
  ``{date}`` (``standings/{season}/{date}``). Until ``base.py`` handles both, this keeps the newest
  fetch per object (older fetches stay fallbacks) and only the planned date's objects.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Sequence
from datetime import date
from html.parser import HTMLParser
from typing import Any

import pyarrow as pa

from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import ComputeResult, PlanItem, Processor
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.base import ObjectPath, RawCompute

PathFilter = Callable[[ObjectPath], bool]
# Path fields that tell two fetches of the same object apart (not the object itself).
FETCH_FIELDS = frozenset({"ts", "page", "snap"})


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


def _identity(group: Sequence[ObjectPath], fetch_fields: frozenset[str]) -> tuple:
    obj = group[0]
    return (obj.scraper, *sorted((k, v) for k, v in obj.fields.items() if k not in fetch_fields))


def by_object(groups: Sequence[Sequence[ObjectPath]],
              fetch_fields: frozenset[str] = FETCH_FIELDS) -> list[list[list[ObjectPath]]]:
    """Fetch groups (newest first) split per object (game, team), each list still newest first."""
    out: dict[tuple, list[list[ObjectPath]]] = {}
    for group in groups:
        out.setdefault(_identity(group, fetch_fields), []).append(list(group))
    return list(out.values())


@dataclasses.dataclass
class PerObjectCompute(RawCompute):
    """``RawCompute`` that lists only the planned date's objects and, with ``latest_per_object``,
    loads the newest good fetch of every object instead of one fetch per date."""

    latest_per_object: bool = False
    keep: PathFilter | None = None
    fetch_fields: frozenset[str] = FETCH_FIELDS

    def objects_for(self, ctx: RunContext, item: PlanItem) -> list[ObjectPath]:
        found = super().objects_for(ctx, item)
        if self.scope != "season":
            found = [o for o in found if o.date is None or o.date == item.data_date]
        return [o for o in found if self.keep is None or self.keep(o)]

    def candidate_dates(self, ctx: RunContext, start: date, end: date) -> list[date]:
        if self.keep is None:
            return super().candidate_dates(ctx, start, end)
        days: set[date] = set()
        for tmpl in self.templates:
            for path in ctx.store.list(tmpl.prefix()):
                fields = tmpl.parse(path)
                obj = ObjectPath(path, tmpl.scraper, fields or {})
                if fields and obj.date and start <= obj.date <= end and self.keep(obj):
                    days.add(obj.date)
        return sorted(days)

    def _load_item(self, ctx: RunContext, item: PlanItem, groups, bodies, parsed,  # type: ignore[no-untyped-def]
                   result: ComputeResult) -> tuple[pa.Table | None, list[str]]:
        if not self.latest_per_object:
            return super()._load_item(ctx, item, groups, bodies, parsed, result)
        tables: list[pa.Table] = []
        errors: list[str] = []
        for fetches in by_object(groups, self.fetch_fields):
            table, errs = super()._load_item(ctx, item, fetches, bodies, parsed, result)
            errors.extend(errs)
            if table is not None:
                tables.append(table)
        if not tables:
            return None, errors
        table = pa.concat_tables(tables)
        result.records_processed[item.data_date] = table.num_rows
        return table, errors

    def _selected(self, ctx: RunContext, item: PlanItem) -> list[ObjectPath]:
        if not self.latest_per_object:
            return super()._selected(ctx, item)
        groups = self.groups(self.objects_for(ctx, item))
        return [o for fetches in by_object(groups, self.fetch_fields) for o in fetches[0]]


def per_object(processor: Processor, *, latest_per_object: bool = False, keep: PathFilter | None = None,
               fetch_fields: frozenset[str] = FETCH_FIELDS) -> Processor:
    """The same processor with :class:`PerObjectCompute` as its compute and freshness rule.

    ``fetch_fields`` are the path fields that differ between fetches of one object (default ts,
    page, snap; BigDataBall adds ``filename``)."""
    base = processor.compute
    if not isinstance(base, RawCompute):
        raise TypeError(f"{processor.name}: not a raw processor")
    if latest_per_object and (base.scope == "file" or base.select != "latest"):
        raise ValueError(f"{processor.name}: latest_per_object needs select='latest' and a date/season scope")
    values = {f.name: getattr(base, f.name) for f in dataclasses.fields(RawCompute)}
    compute = PerObjectCompute(**values, latest_per_object=latest_per_object, keep=keep, fetch_fields=fetch_fields)
    return dataclasses.replace(processor, compute=compute, fresh=compute.fresh)


_WS = re.compile(r"\s+")


def clean(text: str | None) -> str | None:
    """Collapse whitespace; empty becomes None."""
    if text is None:
        return None
    out = _WS.sub(" ", text).strip()
    return out or None
