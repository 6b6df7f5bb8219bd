"""nba_raw.nbac_injury_report: one row per listed player per game per injury-report PDF (history).

Every hourly report is kept (``unit="file"``, ``select="all"``, ``expects="files"``): each file
replaces only its own rows, so no file is loaded twice and views pick the latest report. The PDF is
a table without rules: words are assigned to the header's columns by x, and game date, time,
matchup and team carry down until the next value. A reason that wraps onto lines above and below a
player's line belongs to the nearest player whose own line has no reason.

``player_lookup`` comes from "Last, First" via ``ids.first_last`` then ``ids.player_lookup`` only:
suffixes are kept and nothing is stripped inside a name ("Olivier", "Sirvydis" stay whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from nbaprops.ids import first_last, game_id, player_lookup, season_label, season_year
from nbaprops.orchestration.errors import ParseError
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.readers.nbac_common import tricode
from nbaprops.raw.readers.pdf_text import Line, columns, pdf_lines
from nbaprops.storage.schema import Table, col

WHAT = "injury report"
ET = ZoneInfo("America/New_York")

TABLE = Table(
    "nba_raw",
    "nbac_injury_report",
    (
        col("report_date", "DATE", True, "the report's date (object path)"),
        col("report_hour", "INT64", True, "0-23 ET hour of the report (object path)"),
        col("report_time", "TIMESTAMP", False, "the 'Injury Report: 01/04/24 12:30 PM' title, ET -> UTC"),
        col("season", "STRING", True),
        col("season_year", "INT64", True),
        col("game_date", "DATE", True),
        col("game_time", "STRING", False, "as printed, e.g. 07:30 (ET)"),
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME from the matchup"),
        col("matchup", "STRING", True, "AWY@HOM"),
        col("away_team_abbr", "STRING", True),
        col("home_team_abbr", "STRING", True),
        col("team_abbr", "STRING", True),
        col("team_name", "STRING"),
        col("player_name_original", "STRING", True, "Last, First as printed"),
        col("player_full_name", "STRING", True),
        col("player_lookup", "STRING", True),
        col("injury_status", "STRING", True, "out | questionable | doubtful | probable | available"),
        col("reason", "STRING"),
        col("reason_category", "STRING", True,
            "injury | g_league | suspension | health_safety_protocol | rest | personal | other"),
        col("source_file_path", "STRING", True),
    ),
    key=("source_file_path", "game_id", "player_lookup"),
    partition="report_date",
    cluster=("player_lookup", "game_id", "injury_status"),
    description="Every player on every hourly NBA.com injury report (history, latest picked by views).",
)

STATUSES = {"out", "questionable", "doubtful", "probable", "available"}
HEADER = {"game_date": ("Game", 0), "game_time": ("Game", 1), "matchup": ("Matchup", 0), "team": ("Team", 0),
          "player": ("Player", 0), "status": ("Current", 0), "reason": ("Reason", 0)}
TITLE = re.compile(r"Injury Report:\s*(\d{2}/\d{2}/\d{2})\s+(\d{1,2}:\d{2})\s*(AM|PM)")
FOOTER = re.compile(r"^Page\s*\d+\s*of\s*\d+$")
NOT_SUBMITTED = "NOT YET SUBMITTED"
CATEGORIES = tuple((re.compile(p), cat) for p, cat in (
    (r"\bg league\b", "g_league"), (r"suspension", "suspension"),
    (r"health and safety|protocol", "health_safety_protocol"),
    (r"injury|illness", "injury"), (r"\brest\b|load management", "rest"), (r"\bpersonal\b", "personal"),
))


def reason_category(reason: str | None) -> str:
    """The first matching category, in order: the G League and suspension labels are the most specific."""
    text = (reason or "").lower()
    return next((cat for pattern, cat in CATEGORIES if pattern.search(text)), "other")


@dataclass
class _Record:
    page: int
    top: float
    context: dict[str, Any]
    player: str
    status: str
    reason_parts: list[tuple[int, float, str]] = field(default_factory=list)
    own_reason: bool = False


def _header_starts(lines: list[Line]) -> dict[str, float]:
    for line in lines:
        texts = [w.text for w in line.words]
        if "Matchup" in texts and "Reason" in texts:
            starts = {}
            for name, (word, nth) in HEADER.items():
                xs = [w.x0 for w in line.words if w.text == word]
                if len(xs) <= nth:
                    raise ParseError(f"{WHAT}: the header lacks {word!r}")
                starts[name] = xs[nth]
            return starts
    raise ParseError(f"{WHAT}: no column header (Game Date ... Reason) found")


def _report_time(lines: list[Line]) -> datetime | None:
    for line in lines:
        match = TITLE.search(line.text)
        if match:
            local = datetime.strptime(" ".join(match.groups()), "%m/%d/%y %I:%M %p")
            return local.replace(tzinfo=ET)
    return None


def _update_context(ctx: dict[str, Any], cells: dict[str, str]) -> None:
    if cells.get("game_date"):
        try:
            ctx["game_date"] = datetime.strptime(cells["game_date"], "%m/%d/%Y").date()
        except ValueError:
            raise ParseError(f"{WHAT}: unreadable game date {cells['game_date']!r}") from None
    if cells.get("game_time"):
        ctx["game_time"] = cells["game_time"]
    if cells.get("matchup"):
        if not re.fullmatch(r"[A-Z]{2,4}@[A-Z]{2,4}", cells["matchup"]):
            raise ParseError(f"{WHAT}: unreadable matchup {cells['matchup']!r}")
        ctx["matchup"] = cells["matchup"]
    if cells.get("team"):
        ctx["team"] = cells["team"]


def _records(lines: list[Line]) -> list[_Record]:
    starts = _header_starts(lines)
    ctx: dict[str, Any] = {}
    records: list[_Record] = []
    fragments: list[tuple[int, float, str]] = []
    header_seen = False
    for line in lines:
        if TITLE.search(line.text) or FOOTER.match(line.text):
            continue
        is_header = "Matchup" in line.text and "Reason" in line.text  # repeated on every page in some years
        header_seen = header_seen or is_header
        if is_header or not header_seen:
            continue
        cells = columns(line, starts)
        _update_context(ctx, cells)
        reason = cells.get("reason", "")
        if cells.get("player") and cells.get("status"):
            rec = _Record(line.page, line.top, dict(ctx), cells["player"], cells["status"])
            if reason:
                rec.reason_parts.append((line.page, line.top, reason))
                rec.own_reason = True
            records.append(rec)
        elif cells.get("player") or cells.get("status"):
            raise ParseError(f"{WHAT}: a line has a player or a status but not both: {line.text!r}")
        elif reason and reason != NOT_SUBMITTED:
            fragments.append((line.page, line.top, reason))
    _attach(records, fragments)
    return records


def _attach(records: list[_Record], fragments: list[tuple[int, float, str]]) -> None:
    """A wrapped reason goes to the nearest record on its page that has no reason of its own."""
    for page, top, text in fragments:
        same_page = [r for r in records if r.page == page]
        open_ = [r for r in same_page if not r.own_reason] or [r for r in same_page if r.top <= top]
        if not open_:
            raise ParseError(f"{WHAT}: reason text {text!r} belongs to no player")
        nearest = min(open_, key=lambda r: abs(r.top - top))
        nearest.reason_parts.append((page, top, text))


def _row(rec: _Record, path: ObjectPath, report_time: datetime | None) -> dict[str, Any]:
    ctx = rec.context
    if not all(k in ctx for k in ("game_date", "matchup", "team")):
        raise ParseError(f"{WHAT}: player {rec.player!r} is listed before any game date, matchup or team")
    status = rec.status.lower()
    if status not in STATUSES:
        raise ParseError(f"{WHAT}: unknown status {rec.status!r} for {rec.player!r}")
    away, home = (tricode(t, WHAT) for t in ctx["matchup"].split("@"))
    game_day: date = ctx["game_date"]
    full = first_last(rec.player)
    reason = " ".join(t for _, _, t in sorted(rec.reason_parts)) or None
    return {
        "report_date": path.date,
        "report_hour": int(path.fields["hour24"]),
        "report_time": report_time,
        "season": season_label(season_year(game_day)),
        "season_year": season_year(game_day),
        "game_date": game_day,
        "game_time": ctx.get("game_time"),
        "game_id": game_id(game_day, away, home),
        "matchup": ctx["matchup"],
        "away_team_abbr": away,
        "home_team_abbr": home,
        "team_abbr": tricode(ctx["team"], WHAT),
        "team_name": ctx["team"],
        "player_name_original": rec.player,
        "player_full_name": full,
        "player_lookup": player_lookup(full),
        "injury_status": status,
        "reason": reason,
        "reason_category": reason_category(reason),
    }


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    lines = pdf_lines(body, WHAT)
    report_time = _report_time(lines)
    if report_time is None:
        raise ParseError(f"{WHAT}: no 'Injury Report: MM/DD/YY HH:MM AM|PM' title")
    if path.date is not None and report_time.date() != path.date:
        raise ParseError(f"{WHAT}: the report is dated {report_time.date()}, the path says {path.date}")
    return [_row(r, path, report_time) for r in _records(lines)]


PROCESSOR = raw_processor(
    name="nbac_injury_report",
    table=TABLE,
    scrapers=("nbac_injury_report",),
    parse=parse,
    unit="file",
    select="all",
    expects="files",
    description=TABLE.description,
)
