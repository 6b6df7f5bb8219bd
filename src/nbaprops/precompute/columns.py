"""Columns every Phase 4 table shares: lookback completeness, quality and the early-season flag.

Declared once so the five tables, ``validate --quality`` and Phase 5 read the same names. Expected
games come from the schedule (the team's home and away final games of the season before D; a player's
are his team's), actual games from the upstream, so a missing Phase 3 date shows on every row.
"""

from __future__ import annotations

from nbaprops.storage.schema import Column, col

PRODUCTION_READY_PCT = 90.0


def completeness_columns(*windows: int) -> tuple[Column, ...]:
    """The completeness, quality and early-season columns, with one percentage per lookback window."""
    return (
        col("expected_games_count", "INT64", True, "the team's final games of the season before D (schedule)"),
        col("actual_games_count", "INT64", True, "of those, games present in the upstream Phase 3 table"),
        col("missing_games_count", "INT64", True, "expected - actual, never negative"),
        col("completeness_percentage", "FLOAT64", True, "100 x actual / expected; 100 when nothing is expected"),
        *(col(f"l{n}_completeness_pct", "FLOAT64", True, f"the same over the team's last {n} final games")
          for n in windows),
        col("is_production_ready", "BOOL", True,
            f"every completeness percentage >= {PRODUCTION_READY_PCT:g}, the full window played, upstreams ready"),
        col("data_quality_issues", "JSON", True, "array of issue codes; [] when none"),
        col("quality_score", "INT64", True, "0-100: completeness x share of the window played, minus defaults"),
        col("early_season_flag", "BOOL", True, "fewer played games than the window needs"),
        col("early_season_reason", "STRING", False, "why, e.g. 'only 3 of 10 games played this season'"),
    )
