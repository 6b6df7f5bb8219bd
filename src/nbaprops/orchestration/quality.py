"""The seed's Query 4 and its lookback check, for tables that carry completeness and quality columns.

Phase 4 rows carry expected/actual/missing lookback games, ``quality_score``, ``is_production_ready``
and ``early_season_flag``. Here they are summarised per processor and season (the quality
distribution), and rows whose lookback window was incomplete are listed per date (failure scenario 3,
automated): early-season rows are expected (scenario 6), missing Phase 3 games are not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.declarations import Processor

QUALITY_COLUMNS = ("quality_score", "is_production_ready", "early_season_flag", "missing_games_count")
_SEASON = ("CASE WHEN EXTRACT(MONTH FROM game_date) >= 7 THEN EXTRACT(YEAR FROM game_date) "
           "ELSE EXTRACT(YEAR FROM game_date) - 1 END")


@dataclass(frozen=True)
class QualityRow:
    processor: str
    season_year: int
    rows: int
    production_ready_pct: float
    early_season_pct: float
    mean_quality: float
    min_quality: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class IncompleteLookback:
    processor: str
    game_date: date
    rows: int
    incomplete_rows: int
    missing_games: int


def carries_quality(processor: Processor) -> bool:
    names = {c.name for c in processor.table.content_columns}
    return all(c in names for c in QUALITY_COLUMNS) and processor.table.partition == "game_date"


def _rows_per_table(env: Environment, phase: int, sql: str, start: date, end: date) -> Iterator[tuple[str, dict]]:
    """``sql`` (with ``{table}``) over each table of the phase that carries the quality columns."""
    for proc in env.definitions.order(phase):
        if carries_quality(proc) and env.warehouse.table_exists(proc.output_table):
            for row in env.warehouse.query(sql.format(table=proc.output_table), {"s": start, "e": end}):
                yield proc.name, row


def quality_distribution(env: Environment, phase: int, start: date, end: date) -> list[QualityRow]:
    """Per processor and season: rows, production-ready share, early-season share, mean and min quality."""
    sql = f"""
        SELECT {_SEASON} AS season_year, count(*) AS n,
               avg(CASE WHEN is_production_ready THEN 100.0 ELSE 0.0 END) AS ready,
               avg(CASE WHEN early_season_flag THEN 100.0 ELSE 0.0 END) AS early,
               avg(quality_score) AS mean_q, min(quality_score) AS min_q
        FROM {{table}} WHERE game_date BETWEEN :s AND :e GROUP BY 1 ORDER BY 1
    """
    return [QualityRow(name, int(r["season_year"]), r["n"], round(r["ready"], 1), round(r["early"], 1),
                       round(r["mean_q"], 1), int(r["min_q"]))
            for name, r in _rows_per_table(env, phase, sql, start, end)]


def incomplete_lookbacks(env: Environment, phase: int, start: date, end: date) -> list[IncompleteLookback]:
    """Dates whose rows were computed from an incomplete lookback (games the schedule has, Phase 3 lacks)."""
    sql = """
        SELECT game_date, count(*) AS n, sum(CASE WHEN missing_games_count > 0 THEN 1 ELSE 0 END) AS bad,
               max(missing_games_count) AS missing
        FROM {table} WHERE game_date BETWEEN :s AND :e
        GROUP BY 1 HAVING sum(CASE WHEN missing_games_count > 0 THEN 1 ELSE 0 END) > 0 ORDER BY 1
    """
    return [IncompleteLookback(name, r["game_date"], r["n"], int(r["bad"]), int(r["missing"]))
            for name, r in _rows_per_table(env, phase, sql, start, end)]
