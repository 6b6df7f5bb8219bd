"""What the systems read: the feature rows of the dates predicted (with the line), and past graded rows.

Feature vectors are decoded with the contract's names (``feature_contract``), never a copied list.
History for date D is strictly before D: feature rows of earlier dates joined to the points the player
actually scored in that game (players who played).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from nbaprops.precompute import ml_feature_store
from nbaprops.precompute.feature_contract import CURRENT_VERSION, feature_set
from nbaprops.storage.warehouse import Warehouse

FEATURE_STORE = ml_feature_store.TABLE.full_name  # v1, the version every rule system reads
UPCOMING = "nba_analytics.upcoming_player_game_context"
SUMMARY = "nba_analytics.player_game_summary"

TARGET_SQL = """
SELECT f.player_lookup, f.game_id, f.game_date, f.team_abbr, f.opponent_team_abbr, f.feature_version,
       f.feature_names, f.features, f.feature_quality_score, f.is_production_ready,
       u.current_line, u.opening_line, u.line_source, u.line_books_count, u.points_line_by_book
FROM {features} AS f
LEFT JOIN {upcoming} AS u
  ON u.player_lookup = f.player_lookup AND u.game_id = f.game_id AND u.game_date = f.game_date
WHERE f.game_date BETWEEN :start_date AND :end_date AND f.feature_version = :version
ORDER BY f.game_date, f.player_lookup, f.game_id
"""

HISTORY_SQL = """
SELECT f.player_lookup, f.game_id, f.game_date, f.feature_names, f.features, s.points, s.points_line
FROM {features} AS f
JOIN {summary} AS s
  ON s.player_lookup = f.player_lookup AND s.game_id = f.game_id AND s.game_date = f.game_date
WHERE f.game_date >= :start_date AND f.game_date < :end_date AND f.feature_version = :version
  AND s.minutes > 0 AND s.points IS NOT NULL
ORDER BY f.game_date, f.player_lookup, f.game_id
"""


def decode(row: Mapping[str, Any], version: str = CURRENT_VERSION) -> dict[str, float]:
    """The row's vector as {name: value}, checked against the contract's names and order."""
    names = _names(version)
    stored = row.get("feature_names")
    if stored is not None and _stored_names(stored) != names:
        raise ValueError(f"feature row of {row.get('player_lookup')} {row.get('game_date')} does not follow "
                         f"the {version} contract")
    values = row["features"]
    values = json.loads(values) if isinstance(values, str) else values
    if len(values) != len(names):
        raise ValueError(f"{len(values)} features, the {version} contract has {len(names)}")
    return dict(zip(names, map(float, values), strict=True))


@lru_cache(maxsize=16)
def _names(version: str) -> tuple[str, ...]:
    return feature_set(version).names


def _stored_names(stored: Any) -> tuple[str, ...]:
    """A row's stored names as a tuple; the JSON text (the same on every row of a version) parsed once."""
    return _parse_names(stored) if isinstance(stored, str) else tuple(stored)


@lru_cache(maxsize=16)
def _parse_names(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def feature_table(version: str = CURRENT_VERSION) -> str:
    """The feature store table holding ``version``'s rows (each version has its own)."""
    return ml_feature_store.TABLES[version].full_name


def target_rows(wh: Warehouse, start: date, end: date, version: str = CURRENT_VERSION) -> list[dict[str, Any]]:
    rows = wh.query(TARGET_SQL.format(features=feature_table(version), upcoming=UPCOMING),
                    {"start_date": start, "end_date": end, "version": version})
    for r in rows:
        r["x"] = decode(r, version)
    return rows


CACHED_DAYS = 120  # windows up to this long are kept for the next system of the same date (one date's run)
_CACHE: OrderedDict[tuple, list[dict[str, Any]]] = OrderedDict()

STAMP_SQL = """
SELECT (SELECT count(*) FROM {features}) AS f_rows, (SELECT max(processed_at) FROM {features}) AS f_at,
       (SELECT count(*) FROM {summary}) AS s_rows, (SELECT max(processed_at) FROM {summary}) AS s_at
"""


def history_rows(wh: Warehouse, start: date, end: date, version: str = CURRENT_VERSION) -> list[dict[str, Any]]:
    """Feature rows with the points actually scored, for dates in [start, end) (end excluded).

    The systems of one date read the same window one after another: a short window is decoded once and
    served again while neither table has changed (row counts and last write time), as fresh copies."""
    sql = HISTORY_SQL.format(features=feature_table(version), summary=SUMMARY)
    key = None
    if (end - start).days <= CACHED_DAYS:
        stamp = wh.query(STAMP_SQL.format(features=feature_table(version), summary=SUMMARY))[0]
        key = (id(wh), version, start, end, tuple(stamp.values()))
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return [dict(r) for r in _CACHE[key]]  # x is never changed in place: the rows are copied
    rows = wh.query(sql, {"start_date": start, "end_date": end, "version": version})
    for r in rows:
        r["x"] = decode(r, version)
    if key is not None:
        _CACHE[key] = [dict(r) for r in rows]
        while len(_CACHE) > 2:
            _CACHE.popitem(last=False)
    return rows
