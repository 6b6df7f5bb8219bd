"""nba_raw.nbac_gamebook_player_stats: every player of a game's official gamebook PDF.

One row per listed player: ``active`` (a stat line), ``dnp`` (a reason instead of stats) and
``inactive`` (listed by *last name only*, with a reason). The gamebook text reads, line by line::

    Game Code: 20240410/MEMCLE
    VISITOR: Memphis Grizzlies (27-54)
    NO PLAYER POS MIN FGM-A 3PM-A FTM-A OR DR TOT A PF ST TO BS +/- PTS
    13 GG Jackson F 35:42 7-21 2-10 6-6 0 2 2 2 2 2 1 1 -13 22     (starters carry POS)
    21 Santi Aldama NWT - Injury/Illness - Right Foot; Strain       (did not play)
    TOTALS ...
    Inactive: Bane - Injury/Illness - Lumbar; Disc Bulge            (one per line, current team)
    HOME: Cleveland Cavaliers (48-33)

The NBA's printed form ``Inactive: Grizzlies - Bane (reason), Goodwin (reason)`` is read too.
Home/away and the game come from the path's game code (``YYYYMMDD-AWYHOM``).

Name resolution: the parser is pure and marks inactive rows ``pending``. The compute step loads,
once per run, the candidate players of the run's seasons from ``nba_raw.br_rosters_current`` and
``nba_raw.nbac_player_list_current`` (whichever exist) and matches (team, last name without suffix),
leaving out players already listed active or DNP in the same game: one candidate -> ``resolved``
(1.0), several -> ``multiple_matches`` (0.6, no lookup), none -> ``not_found`` (0.0, no lookup).
Neither roster table is a declared upstream yet (see the module's report); when both are empty
the run carries a warning.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from nbaprops.ids import fold_diacritics, game_id, player_lookup, season_year, strip_suffix
from nbaprops.orchestration.context import RunContext
from nbaprops.orchestration.declarations import ComputeResult, PlanItem, Upstream
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, RawCompute, raw_processor
from nbaprops.raw.framework.columns import COUNTING_STATS
from nbaprops.raw.readers.nbac_common import minutes_decimal, tricode
from nbaprops.raw.readers.pdf_text import pdf_lines
from nbaprops.storage.schema import Table, col
from nbaprops.storage.sql import in_list

WHAT = "gamebook"
BR_ROSTERS = "nba_raw.br_rosters_current"
PLAYER_LIST = "nba_raw.nbac_player_list_current"
CONFIDENCE = {"original": 1.0, "resolved": 1.0, "multiple_matches": 0.6, "not_found": 0.0}

TABLE = Table(
    "nba_raw",
    "nbac_gamebook_player_stats",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("game_code", "STRING", True, "YYYYMMDD/AWYHOM"),
        col("game_date", "DATE", True),
        col("season_year", "INT64", True),
        col("home_team_abbr", "STRING", True),
        col("away_team_abbr", "STRING", True),
        col("team_abbr", "STRING", True),
        col("is_home", "BOOL", True),
        col("player_status", "STRING", True, "active | dnp | inactive"),
        col("player_name_original", "STRING", True, "as printed (inactive: last name only)"),
        col("name_occurrence", "INT64", True, "1, or 2.. when a team lists the same printed name again"),
        col("player_name", "STRING", False, "full name (printed, or resolved for inactive players)"),
        col("player_lookup", "STRING", False, "null when an inactive name is not resolved"),
        col("name_resolution_status", "STRING", True, "original | resolved | multiple_matches | not_found"),
        col("name_resolution_confidence", "FLOAT64", True),
        col("name_resolution_method", "STRING", False, "printed | br_roster | nbac_player_list (joined by +)"),
        col("jersey_number", "STRING"),
        col("starter", "BOOL"),
        col("position", "STRING"),
        col("dnp_reason", "STRING", False, "why a dnp or inactive player did not play"),
        col("minutes", "STRING", False, "MM:SS"),
        col("minutes_decimal", "FLOAT64"),
        *COUNTING_STATS,
        col("source_file_path", "STRING", True),
    ),
    key=("game_id", "team_abbr", "player_name_original", "name_occurrence"),
    partition="game_date",
    cluster=("team_abbr", "player_status", "name_resolution_status"),
    description="Active, DNP and inactive players of each game from the NBA.com gamebook PDF.",
)

STATS = ("field_goals_made", "field_goals_attempted", "three_pointers_made", "three_pointers_attempted",
         "free_throws_made", "free_throws_attempted", "offensive_rebounds", "defensive_rebounds",
         "total_rebounds", "assists", "personal_fouls", "steals", "turnovers", "blocks", "plus_minus", "points")
ACTIVE = re.compile(
    r"^(?P<jersey>\d{1,2}) (?P<name>.+?)(?: (?P<pos>[FCG](?:-[FCG])?))? (?P<min>\d{1,2}:\d{2}) "
    r"(\d+)-(\d+) (\d+)-(\d+) (\d+)-(\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) ([+-]?\d+) (\d+)$")
DNP = re.compile(r"^(?P<jersey>\d{1,2}) (?P<name>.+?) (?P<reason>(?:DNP|DND|NWT|NBA) - .+)$")
SECTION = re.compile(r"^(VISITOR|HOME): (.+?)(?: \(\d+-\d+\))?$")
GAME_CODE = re.compile(r"Game Code: (\d{8})/([A-Z]{6})")
PRINTED_INACTIVE = re.compile(r"([^,(]+?) \(([^)]*)\)")


def _game(path: ObjectPath) -> tuple[str, date, str, str]:
    code = path.fields.get("game_code", "")
    match = re.fullmatch(r"(\d{8})-([A-Z]{3})([A-Z]{3})", code)
    if not match:
        raise ParseError(f"{WHAT}: the path has no game code YYYYMMDD-AWYHOM ({path.path})")
    day = datetime.strptime(match.group(1), "%Y%m%d").date()
    return f"{match.group(1)}/{match.group(2)}{match.group(3)}", day, match.group(2), match.group(3)


def _active(m: re.Match[str]) -> dict[str, Any]:
    values = [int(v) for v in m.groups()[4:]]
    return {"player_status": "active", "jersey_number": m["jersey"], "player_name_original": m["name"],
            "starter": m["pos"] is not None, "position": m["pos"], "minutes": m["min"],
            "minutes_decimal": minutes_decimal(m["min"]), **dict(zip(STATS, values, strict=True))}


def _printed(name: str) -> dict[str, Any]:
    return {"player_name": name, "player_lookup": player_lookup(name), "name_resolution_status": "original",
            "name_resolution_confidence": 1.0, "name_resolution_method": "printed"}


def _inactive(name: str, reason: str | None, team: str) -> dict[str, Any]:
    return {"team_abbr": team, "player_status": "inactive", "player_name_original": name.strip(),
            "dnp_reason": reason, "player_name": None, "player_lookup": None,
            "name_resolution_status": "pending", "name_resolution_confidence": 0.0, "name_resolution_method": None}


def _inactive_entries(line: str, team: str | None) -> list[dict[str, Any]]:
    """``Inactive: Bane - reason`` (current team) or ``Inactive: Grizzlies - Bane (r), Goodwin (r)``."""
    out = []
    for segment in (s.strip() for s in line.split("Inactive:")[1:]):
        head, sep, rest = segment.partition(" - ")
        if not sep:
            raise ParseError(f"{WHAT}: unreadable inactive entry {segment!r}")
        printed = PRINTED_INACTIVE.findall(rest)
        if printed and "".join(f"{n} ({r})" for n, r in printed).replace(" ", "") == \
                rest.replace(",", "").replace(" ", ""):
            out.extend(_inactive(n, r or None, tricode(head, WHAT)) for n, r in printed)
        elif team is None:
            raise ParseError(f"{WHAT}: inactive player {head!r} before any VISITOR/HOME section")
        else:
            out.append(_inactive(head, rest.strip() or None, team))
    return out


def _player_rows(lines: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    team: str | None = None
    for text in lines:
        section = SECTION.match(text)
        if section:
            team = tricode(section.group(2), WHAT)
            continue
        if "Inactive:" in text:
            rows.extend(_inactive_entries(text[text.index("Inactive:"):], team))
            continue
        active, dnp = ACTIVE.match(text), DNP.match(text)
        if (active or dnp) and team is None:
            raise ParseError(f"{WHAT}: player line before any VISITOR/HOME section: {text!r}")
        if active:
            rows.append({"team_abbr": team, **_active(active), **_printed(active["name"])})
        elif dnp:
            rows.append({"team_abbr": team, "player_status": "dnp", "jersey_number": dnp["jersey"],
                         "player_name_original": dnp["name"], "dnp_reason": dnp["reason"], **_printed(dnp["name"])})
    return rows


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    code, day, away_code, home_code = _game(path)
    lines = [line.text for line in pdf_lines(body, WHAT)]
    printed = next((GAME_CODE.search(t) for t in lines if GAME_CODE.search(t)), None)
    if printed and f"{printed.group(1)}/{printed.group(2)}" != code:
        raise ParseError(f"{WHAT}: the PDF is game {printed.group(1)}/{printed.group(2)}, the path says {code}")
    away, home = tricode(away_code, WHAT), tricode(home_code, WHAT)
    rows = _player_rows(lines)
    if not any(r["player_status"] == "active" for r in rows):
        raise ParseError(f"{WHAT}: no player stat lines found in game {code}")
    stray = {r["team_abbr"] for r in rows} - {away, home}
    if stray:
        raise ParseError(f"{WHAT}: teams {sorted(stray)} are not in game {code}")
    base = {"game_id": game_id(day, away, home), "game_code": code, "game_date": day,
            "season_year": season_year(day), "home_team_abbr": home, "away_team_abbr": away}
    seen: dict[tuple[str, str], int] = {}
    out = []
    for r in rows:
        # two inactive "Morris" on one team are two players: number repeated printed names
        key = (r["team_abbr"], r["player_name_original"])
        seen[key] = seen.get(key, 0) + 1
        out.append({**base, **r, "is_home": r["team_abbr"] == home, "name_occurrence": seen[key]})
    return out


# --- name resolution (post-parse, in the compute step) ----------------------------------------
def last_name_key(name: str) -> str:
    """'Jackson Jr.' -> 'jackson'; 'Gilgeous-Alexander' -> 'gilgeousalexander'."""
    return player_lookup(strip_suffix(fold_diacritics(name)))


Candidates = dict[tuple[int, str, str], dict[str, set[str]]]  # (season, team, last key) -> lookup -> sources


def load_candidates(ctx: RunContext, seasons: list[int]) -> Candidates:
    """Players of the seasons' rosters, by (season, team, last name without suffix)."""
    found: Candidates = {}
    cond, params = in_list("season_year", seasons)
    sources = ((BR_ROSTERS, "br_roster", "team_abbrev"), (PLAYER_LIST, "nbac_player_list", "team_abbr"))
    for table, source, team_col in sources:
        if not seasons or not ctx.warehouse.table_exists(table):
            continue
        for r in ctx.warehouse.query(
                f"SELECT DISTINCT season_year, {team_col} AS team, player_full_name, player_lookup "
                f"FROM {table} WHERE {cond} AND {team_col} IS NOT NULL", params):
            last = (r["player_full_name"] or "").split(" ", 1)[-1]
            try:
                team = tricode(r["team"], table)
            except ParseError:
                continue
            key = (r["season_year"], team, last_name_key(last))
            found.setdefault(key, {}).setdefault(r["player_lookup"], set()).add(f"{source}:{r['player_full_name']}")
    return found


def resolve(rows: list[dict[str, Any]], candidates: Candidates) -> list[dict[str, Any]]:
    """Fill the name of each pending inactive row from the roster candidates of its team."""
    listed = {(r["team_abbr"], r["player_lookup"]) for r in rows if r["player_lookup"]}
    out = []
    for row in rows:
        if row["name_resolution_status"] != "pending":
            out.append(row)
            continue
        key = (row["season_year"], row["team_abbr"], last_name_key(row["player_name_original"]))
        options = {k: v for k, v in candidates.get(key, {}).items() if (row["team_abbr"], k) not in listed}
        status = "resolved" if len(options) == 1 else "multiple_matches" if options else "not_found"
        update: dict[str, Any] = {"name_resolution_status": status, "name_resolution_confidence": CONFIDENCE[status]}
        if options:
            labels = sorted({s for v in options.values() for s in v})
            update["name_resolution_method"] = "+".join(sorted({s.split(":", 1)[0] for s in labels}))
        if status == "resolved":
            lookup, labels_ = next(iter(options.items()))
            update.update(player_lookup=lookup, player_name=sorted(labels_)[0].split(":", 1)[1])
        out.append({**row, **update})
    return out


class ResolvingCompute(RawCompute):
    """RawCompute plus last-name resolution of inactive players against the loaded rosters."""

    @property
    def lookups(self) -> frozenset[str]:
        return frozenset({BR_ROSTERS, PLAYER_LIST})

    _candidates: Candidates | None = None

    def __call__(self, ctx: RunContext, items: list[PlanItem]) -> ComputeResult:
        seasons = sorted({season_year(i.data_date) for i in items})
        self._candidates = load_candidates(ctx, seasons)
        try:
            result = super().__call__(ctx, items)
        finally:
            candidates, self._candidates = self._candidates, None
        if not candidates:
            for item in items:
                result.warn(item.data_date, f"no roster rows in {BR_ROSTERS} or {PLAYER_LIST} for season "
                            f"{season_year(item.data_date)}: inactive players stay not_found")
        return result

    def adjust_rows(self, rows: list[dict[str, Any]], item: PlanItem, group: list[ObjectPath]) -> list[dict[str, Any]]:
        return resolve(rows, self._candidates or {})


PROCESSOR = raw_processor(
    name="nbac_gamebook_player_stats",
    table=TABLE,
    scrapers=("nbac_gamebook_pdf",),
    parse=parse,
    reads=(
        schedule_upstream(),
        # rosters resolve last-name-only inactive players: current snapshots, valid from their capture on
        Upstream(BR_ROSTERS, kind="snapshot", date_column="CAST(scraped_at AS DATE)", critical=False, trigger=False,
                 stale_warn_hours=None, stale_fail_hours=None),
        Upstream(PLAYER_LIST, kind="snapshot", date_column="snapshot_date", critical=False, trigger=False,
                 stale_warn_hours=None, stale_fail_hours=None),
    ),
    description=TABLE.description,
    compute_class=ResolvingCompute,
)
