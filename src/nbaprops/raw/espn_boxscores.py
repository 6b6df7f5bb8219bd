"""nba_raw.espn_boxscores: one row per player per game, from the ESPN box-score HTML page.

The page embeds its state as JSON (``window['__espnfitt__']``); the box score is
``gamepackage.bxscr`` (per team: starters, bench, each with a 14-value stat line keyed by ``keys``)
and the game strip ``gmStrp`` gives teams, home side, scores and status. ESPN codes are mapped to
NBA tricodes, ``season_year`` is the START year, names keep their suffixes. Players who did not
play are kept with ``player_status='dnp'`` and their reason. A page of a game that is not final is
refused (a later fetch replaces it). One object per game: the newest good fetch of each game loads.
"""

from __future__ import annotations

from typing import Any

from nbaprops.ids import TEAMS_BY_ESPN_ID, game_id, player_lookup, season_year
from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.raw.framework.base import ObjectPath, raw_processor
from nbaprops.raw.framework.columns import GAME_SIDES, PLAYER_SIDE, STAT_LINE
from nbaprops.raw.readers.html_common import decode_html, embedded_json
from nbaprops.raw.readers.odds_common import et_date, utc
from nbaprops.storage.schema import Table, col

TABLE = Table(
    "nba_raw",
    "espn_boxscores",
    (
        col("game_id", "STRING", True, "YYYYMMDD_AWAY_HOME"),
        col("espn_game_id", "STRING", True),
        col("game_date", "DATE", True, "ET date of tip-off"),
        col("season_year", "INT64", True, "season START year"),
        col("season_type", "STRING"),
        col("game_status", "STRING", True),
        *GAME_SIDES,
        col("home_team_score", "INT64"),
        col("away_team_score", "INT64"),
        *PLAYER_SIDE,
        col("espn_player_id", "INT64", True),
        col("player_full_name", "STRING", True),
        col("player_lookup", "STRING", True),
        col("jersey_number", "STRING"),
        col("starter", "BOOL", True),
        col("player_status", "STRING", True, "active | dnp"),
        col("dnp_reason", "STRING"),
        *STAT_LINE,
        col("source_file_path", "STRING", True),
    ),
    key=("game_id", "espn_player_id"),
    partition="game_date",
    cluster=("player_lookup", "team_abbr"),
    description="Player box scores from ESPN box-score pages.",
)

MARKER = "window['__espnfitt__']"
SINGLE = {"offensiveRebounds": "offensive_rebounds", "defensiveRebounds": "defensive_rebounds",
          "rebounds": "total_rebounds", "assists": "assists", "steals": "steals", "blocks": "blocks",
          "turnovers": "turnovers", "fouls": "personal_fouls", "plusMinus": "plus_minus", "points": "points"}
PAIRS = {"fieldGoalsMade-fieldGoalsAttempted": ("field_goals_made", "field_goals_attempted"),
         "threePointFieldGoalsMade-threePointFieldGoalsAttempted": ("three_pointers_made", "three_pointers_attempted"),
         "freeThrowsMade-freeThrowsAttempted": ("free_throws_made", "free_throws_attempted")}
SEASON_TYPES = {1: "Pre Season", 2: "Regular Season", 3: "Playoffs", 5: "PlayIn"}


def _int(text: str) -> int | None:
    text = text.strip().replace("+", "")
    if text in ("", "-", "--"):
        return None
    try:
        return int(text)
    except ValueError:
        raise ParseError(f"unreadable stat {text!r}") from None


def stat_line(keys: list[str], values: list[str]) -> dict[str, Any]:
    """ESPN's stat strings (``"31"``, ``"5-9"``, ``"+4"``) -> columns; empty for a DNP."""
    if not values:
        return {}
    if len(values) != len(keys):
        raise ParseError(f"stat line has {len(values)} values for {len(keys)} keys")
    out: dict[str, Any] = {}
    for key, value in zip(keys, values, strict=True):
        if key == "minutes":
            out["minutes"] = float(_int(value) or 0)
        elif key in PAIRS:
            made, _, attempted = value.partition("-")
            out[PAIRS[key][0]], out[PAIRS[key][1]] = _int(made), _int(attempted)
        elif key in SINGLE:
            out[SINGLE[key]] = _int(value)
    return out


def _game(package: dict[str, Any], path: ObjectPath) -> dict[str, Any]:
    strip = package["gmStrp"]
    if str(strip.get("gid")) != path.fields.get("espn_game_id", str(strip.get("gid"))):
        raise ParseError(f"page is game {strip.get('gid')} but the path says {path.fields['espn_game_id']}")
    if strip.get("statusState") != "post":
        raise ParseError(f"game {strip.get('gid')} is not final ({strip.get('statusState')})")
    teams = {("home" if t.get("isHome") else "away"): t for t in strip["tms"]}
    if set(teams) != {"home", "away"}:
        raise ParseError("game strip lacks a home or away team")
    home, away = (TEAMS_BY_ESPN_ID[int(teams[s]["id"])] for s in ("home", "away"))
    start = utc(strip["dt"])
    if start is None:
        raise ParseError("game strip has no date")
    day = et_date(start)
    return {
        "game_id": game_id(day, away.tricode, home.tricode), "espn_game_id": str(strip["gid"]), "game_date": day,
        "season_year": season_year(day), "season_type": SEASON_TYPES.get(strip.get("seasonType")),
        "game_status": (strip.get("status") or {}).get("det") or "Final",
        "home_team_abbr": home.tricode, "away_team_abbr": away.tricode,
        "home_team_score": _int(str(teams["home"].get("score") or "")),
        "away_team_score": _int(str(teams["away"].get("score") or "")),
    }


def _team_rows(box: dict[str, Any], game: dict[str, Any]) -> list[dict[str, Any]]:
    team = TEAMS_BY_ESPN_ID[int(box["tm"]["id"])].tricode
    is_home = team == game["home_team_abbr"]
    rows = []
    for group in box["stats"]:
        if group.get("type") not in ("starters", "bench"):
            continue
        for entry in group.get("athlts") or []:
            athlete, values = entry["athlt"], entry.get("stats") or []
            rows.append({
                **game, "team_abbr": team, "is_home": is_home,
                "opponent_team_abbr": game["away_team_abbr"] if is_home else game["home_team_abbr"],
                "espn_player_id": int(athlete["id"]), "player_full_name": athlete["dspNm"],
                "player_lookup": player_lookup(athlete["dspNm"]), "jersey_number": athlete.get("jersey"),
                "starter": group["type"] == "starters", "player_status": "active" if values else "dnp",
                "dnp_reason": entry.get("dnpRsn"), **stat_line(group["keys"], values),
            })
    return rows


def parse(body: bytes, path: ObjectPath) -> list[dict[str, Any]]:
    state = embedded_json(decode_html(body), MARKER)
    try:
        package = state["page"]["content"]["gamepackage"]
        game = _game(package, path)
        rows = [row for box in package["bxscr"] for row in _team_rows(box, game)]
    except (KeyError, TypeError, ValueError, StopIteration) as exc:
        raise ParseError(f"ESPN box score state is not as expected ({exc.__class__.__name__}: {exc})") from None
    if not rows:
        raise ParseError("ESPN box score lists no players")
    return rows


PROCESSOR = raw_processor(
    name="espn_boxscores",
    table=TABLE,
    scrapers=("espn_game_boxscore",),
    parse=parse,
    reads=(schedule_upstream(),),
    description=TABLE.description,
)
