"""``validate --phase 5`` per player, not per date: a date can have rows and still miss players.

For each date of the range:
- every expected player (a feature-store row of the current feature version: Phase 4 writes one per
  player expected before tip-off) has an active row from every system, and every such row is either a
  prediction or a PASS that says why;
- the union ``player_prop_predictions`` holds exactly the systems' active rows;
- on dates with final games, every active prediction of a player who played has a graded row in
  ``prediction_results``, and every system with graded rows has its ``system_daily_performance`` row.
Players with a posted line and no feature row are reported beside (Phase 4's gap, not Phase 5's).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nbaprops.orchestration.commands import run_command
from nbaprops.orchestration.dependencies import compress_dates
from nbaprops.orchestration.planner import schedule_dates
from nbaprops.precompute.feature_contract import CURRENT_VERSION
from nbaprops.predictions.inputs import FEATURE_STORE, SUMMARY, UPCOMING
from nbaprops.predictions.systems_registry import SYSTEMS
from nbaprops.predictions.tables import (
    PLAYER_PROP_PREDICTIONS,
    PREDICTION_RESULTS,
    SYSTEM_DAILY_PERFORMANCE,
    system_table,
)
from nbaprops.storage.warehouse import Warehouse

EXAMPLES = 5  # players named per problem


@dataclass
class Problem:
    """One kind of gap on one date for one table: how many players, a few of them, and the fix."""

    game_date: date
    table: str
    kind: str
    count: int
    examples: list[str]
    fix: str
    gating: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"game_date": self.game_date.isoformat(), "table": self.table, "kind": self.kind,
                "count": self.count, "examples": self.examples, "fix": self.fix, "gating": self.gating}


@dataclass
class PlayerCoverage:
    start: date
    end: date
    expected_rows: int = 0  # expected players x systems
    predicted_rows: int = 0
    passed_rows: int = 0
    graded_expected: int = 0
    graded_rows: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failing(self) -> list[Problem]:
        return [p for p in self.problems if p.gating]

    def as_dict(self) -> dict[str, Any]:
        return {"start_date": self.start.isoformat(), "end_date": self.end.isoformat(),
                "expected_rows": self.expected_rows, "predicted_rows": self.predicted_rows,
                "passed_with_reason": self.passed_rows, "graded_expected": self.graded_expected,
                "graded_rows": self.graded_rows, "problems": [p.as_dict() for p in self.problems]}


def _system_rows_sql(system: str) -> str:
    """Per expected player: the system's active row (if any) and whether it says why it passed."""
    return f"""
SELECT f.game_date, f.player_lookup, f.game_id,
       p.player_lookup IS NOT NULL AS has_row,
       p.predicted_points IS NOT NULL AS predicted,
       p.recommendation = 'PASS' AND coalesce(p.pass_reason, '') = '' AS pass_without_reason
FROM {FEATURE_STORE} AS f
LEFT JOIN {system_table(system).full_name} AS p
  ON p.player_lookup = f.player_lookup AND p.game_id = f.game_id AND p.game_date = f.game_date AND p.is_active
WHERE f.game_date BETWEEN :s AND :e AND f.feature_version = :version
"""


UNION_SQL = """
SELECT game_date, system_id, count(*) AS n FROM {table}
WHERE game_date BETWEEN :s AND :e AND is_active GROUP BY 1, 2
"""

UNGRADED_SQL = f"""
SELECT p.game_date, p.system_id, p.player_lookup, r.player_lookup IS NOT NULL AS graded
FROM {PLAYER_PROP_PREDICTIONS.full_name} AS p
JOIN {SUMMARY} AS s
  ON s.player_lookup = p.player_lookup AND s.game_id = p.game_id AND s.game_date = p.game_date
LEFT JOIN {PREDICTION_RESULTS.full_name} AS r
  ON r.system_id = p.system_id AND r.player_lookup = p.player_lookup AND r.game_id = p.game_id
 AND r.game_date = p.game_date
WHERE p.game_date BETWEEN :s AND :e AND p.is_active AND s.minutes > 0 AND s.points IS NOT NULL
"""

DAILY_SQL = f"""
SELECT r.game_date, r.system_id, d.system_id IS NOT NULL AS has_daily
FROM (SELECT DISTINCT game_date, system_id FROM {PREDICTION_RESULTS.full_name}
      WHERE game_date BETWEEN :s AND :e) AS r
LEFT JOIN {SYSTEM_DAILY_PERFORMANCE.full_name} AS d ON d.game_date = r.game_date AND d.system_id = r.system_id
"""

NO_FEATURE_ROW_SQL = f"""
SELECT u.game_date, u.player_lookup
FROM {UPCOMING} AS u
LEFT JOIN {FEATURE_STORE} AS f
  ON f.player_lookup = u.player_lookup AND f.game_id = u.game_id AND f.game_date = u.game_date
 AND f.feature_version = :version
WHERE u.game_date BETWEEN :s AND :e AND u.has_prop_line AND f.player_lookup IS NULL
"""


def player_coverage(wh: Warehouse, start: date, end: date, systems: tuple[str, ...] = SYSTEMS,
                    version: str = CURRENT_VERSION) -> PlayerCoverage:
    """Every expected player's row per system, the union, and the grading of dates with final games."""
    out = PlayerCoverage(start, end)
    params = {"s": start, "e": end}
    if not wh.table_exists(FEATURE_STORE):
        return out
    expected_by_day: dict[date, int] = {}
    for system in systems:
        table = system_table(system).full_name
        if not wh.table_exists(table):
            rows = wh.query(f"SELECT game_date, player_lookup, game_id, FALSE AS has_row, FALSE AS predicted, "
                            f"FALSE AS pass_without_reason FROM {FEATURE_STORE} WHERE game_date BETWEEN :s AND :e "
                            f"AND feature_version = :version", {**params, "version": version})
        else:
            rows = wh.query(_system_rows_sql(system), {**params, "version": version})
        out.expected_rows += len(rows)
        out.predicted_rows += sum(r["predicted"] for r in rows)
        out.passed_rows += sum(r["has_row"] and not r["predicted"] and not r["pass_without_reason"] for r in rows)
        by_day: dict[date, list[dict[str, Any]]] = {}
        for r in rows:
            by_day.setdefault(r["game_date"], []).append(r)
        for day, day_rows in sorted(by_day.items()):
            expected_by_day[day] = len(day_rows)
            fix = run_command(f"predictions/{system}", day, day) + " --force"
            _add(out, day, table, "expected player without a row", [r for r in day_rows if not r["has_row"]], fix)
            _add(out, day, table, "PASS without a reason", [r for r in day_rows if r["pass_without_reason"]], fix)
    _check_union(wh, out, params, systems, expected_by_day)
    _check_grading(wh, out, start, end)
    if wh.table_exists(UPCOMING):
        unfeatured: dict[date, list[dict[str, Any]]] = {}
        for r in wh.query(NO_FEATURE_ROW_SQL, {**params, "version": version}):
            unfeatured.setdefault(r["game_date"], []).append(r)
        for day, rows in sorted(unfeatured.items()):
            _add(out, day, FEATURE_STORE, "player with a line and no feature row (Phase 4)", rows,
                 run_command("precompute/ml_feature_store", day, day), gating=False)
    out.problems.sort(key=lambda p: (p.game_date, p.table, p.kind))
    return out


def _add(out: PlayerCoverage, day: date, table: str, kind: str, rows: list[dict[str, Any]], fix: str,
         gating: bool = True) -> None:
    if rows:
        names = sorted({r["player_lookup"] for r in rows})
        out.problems.append(Problem(day, table, kind, len(rows), names[:EXAMPLES], fix, gating))


def _check_union(wh: Warehouse, out: PlayerCoverage, params: dict[str, Any], systems: tuple[str, ...],
                 expected_by_day: dict[date, int]) -> None:
    """The union's active rows per system and date equal the system table's."""
    union = ({(r["game_date"], r["system_id"]): r["n"]
              for r in wh.query(UNION_SQL.format(table=PLAYER_PROP_PREDICTIONS.full_name), params)}
             if wh.table_exists(PLAYER_PROP_PREDICTIONS.full_name) else {})
    for system in systems:
        table = system_table(system).full_name
        own = ({r["game_date"]: r["n"] for r in wh.query(UNION_SQL.format(table=table), params)}
               if wh.table_exists(table) else {})
        for day in sorted(set(own) | set(expected_by_day)):
            have, want = union.get((day, system), 0), own.get(day, 0)
            if have != want:
                out.problems.append(Problem(
                    day, PLAYER_PROP_PREDICTIONS.full_name, f"{system}: {have} active rows, its table has {want}",
                    abs(want - have), [], run_command("predictions/player_prop_predictions", day, day) + " --force"))


def _check_grading(wh: Warehouse, out: PlayerCoverage, start: date, end: date) -> None:
    final = set(schedule_dates(wh, start, end, final_only=True))
    needed = (PLAYER_PROP_PREDICTIONS.full_name, SUMMARY, PREDICTION_RESULTS.full_name)
    if not final or not all(wh.table_exists(t) for t in needed):
        if final and wh.table_exists(PLAYER_PROP_PREDICTIONS.full_name):
            out.problems.append(Problem(min(final), PREDICTION_RESULTS.full_name, "never graded", len(final), [],
                                        run_command("predictions/prediction_results", min(final), max(final))))
        return
    params = {"s": start, "e": end}
    missing: dict[date, list[dict[str, Any]]] = {}
    for r in wh.query(UNGRADED_SQL, params):
        if r["game_date"] not in final:
            continue
        out.graded_expected += 1
        out.graded_rows += r["graded"]
        if not r["graded"]:
            missing.setdefault(r["game_date"], []).append(r)
    for day, rows in sorted(missing.items()):
        _add(out, day, PREDICTION_RESULTS.full_name, "active prediction of a player who played, not graded", rows,
             run_command("predictions/prediction_results", day, day) + " --force")
    if not wh.table_exists(SYSTEM_DAILY_PERFORMANCE.full_name):
        return
    no_daily = [r for r in wh.query(DAILY_SQL, params) if not r["has_daily"]]
    for day in sorted({r["game_date"] for r in no_daily}):
        systems = sorted(r["system_id"] for r in no_daily if r["game_date"] == day)
        out.problems.append(Problem(day, SYSTEM_DAILY_PERFORMANCE.full_name, "graded systems without a daily row",
                                    len(systems), systems,
                                    run_command("predictions/system_daily_performance", day, day) + " --force"))


def summary_line(cov: PlayerCoverage) -> str:
    days = sorted({p.game_date for p in cov.failing})
    return (f"{cov.expected_rows} expected player-system rows: {cov.predicted_rows} predicted, {cov.passed_rows} "
            f"passed with a reason; {cov.graded_rows} of {cov.graded_expected} predictions of players who played "
            f"graded; " + (f"gaps on {compress_dates(days)}" if days else "no gaps"))
