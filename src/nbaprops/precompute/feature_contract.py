"""The ML feature contract: names, order, defaults and allowed sources of each feature version.

The one place feature names live. ``ml_feature_store`` generates its feature SQL from it and Phase 5
imports it to read the vectors, so the two can never disagree on order. A new version (``v2_...``) is
a new entry of ``FEATURE_SETS``; the rows of a version are never rewritten by another version (each
version's rows carry ``feature_version`` and live in that version's table).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Source = Literal["phase4", "phase3", "calculated", "default"]

# How much a feature's source is trusted, for the row's feature_quality_score (mean over features).
SOURCE_WEIGHTS: dict[str, float] = {"phase4": 100.0, "calculated": 100.0, "phase3": 75.0, "default": 40.0}


@dataclass(frozen=True)
class Feature:
    """One feature: its name, the sources tried in order (SQL candidate columns ``<name>__<source>``),
    and the default used, and recorded as ``default``, when none of them has a value."""

    name: str
    sources: tuple[Source, ...]
    default: float
    description: str


@dataclass(frozen=True)
class FeatureSet:
    version: str
    features: tuple[Feature, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.features)

    @property
    def defaults(self) -> dict[str, float]:
        return {f.name: f.default for f in self.features}

    def __len__(self) -> int:
        return len(self.features)


def _f(name: str, sources: tuple[Source, ...], default: float, description: str) -> Feature:
    return Feature(name, sources, default, description)


V1_BASELINE_25 = FeatureSet("v1_baseline_25", (
    _f("points_avg_last_5", ("phase4", "phase3"), 10.0, "mean points, last 5 played games before D"),
    _f("points_avg_last_10", ("phase4", "phase3"), 10.0, "mean points, last 10 played games"),
    _f("points_avg_season", ("phase4", "phase3"), 10.0, "mean points, season before D"),
    _f("points_std_last_10", ("phase4",), 5.0, "sample std of points, last 10 (needs 2 games)"),
    _f("games_in_last_7_days", ("phase4", "phase3"), 3.0, "games in [D-7, D-1]"),
    _f("fatigue_score", ("phase4",), 50.0, "0-100, higher = fresher"),
    _f("shot_zone_mismatch_score", ("phase4",), 0.0, "+ = opponent weak where the player shoots"),
    _f("pace_score", ("phase4",), 0.0, "pace differential / 2, clamped to +-3"),
    _f("usage_spike_score", ("phase4",), 0.0, "(projected - season usage) x 0.3, clamped to +-3"),
    _f("rest_advantage", ("calculated",), 0.0, "days_rest - opponent days_rest, clamped to +-2"),
    _f("injury_risk", ("calculated",), 0.0, "available 0, probable 1, questionable 2, doubtful/out 3"),
    _f("recent_trend", ("calculated",), 0.0, "mean of last 3 - mean of games 4-5, bucketed -2..2"),
    _f("minutes_change", ("calculated",), 0.0, "last-10 vs season minutes, bucketed -2..2"),
    _f("opponent_def_rating", ("phase4",), 112.0, "opponent's defensive rating, its last 15 games"),
    _f("opponent_pace", ("phase4",), 100.0, "opponent's opponent pace, its last 15 games"),
    _f("home_away", ("phase3",), 0.0, "1 home, 0 away"),
    _f("back_to_back", ("phase3",), 0.0, "1 when the player's previous game was the day before"),
    _f("playoff_game", ("phase3",), 0.0, "1 in the playoffs"),
    _f("pct_paint", ("phase4",), 0.30, "paint share of shots, last 10 (play-by-play zones only)"),
    _f("pct_mid_range", ("phase4",), 0.20, "mid-range share of shots, last 10"),
    _f("pct_three", ("phase4",), 0.35, "three-point share of shots, last 10"),
    _f("pct_free_throw", ("calculated",), 0.15, "free-throw points / points, last 10, clamped 0-0.5 (5 games)"),
    _f("team_pace", ("phase4",), 100.0, "team pace, its last 10 games"),
    _f("team_off_rating", ("phase4",), 112.0, "team offensive rating, its last 10 games"),
    _f("team_win_pct", ("calculated",), 0.5, "team win share this season before D (5 games)"),
))

# v2: v1 unchanged, then what else is known before tip-off: the injury report's absences on his team,
# the game's lines (the team's spread and the total; never the player's points line itself), and how
# the player's points market moved and disagreed (closing minus opening consensus, highest minus
# lowest book, how many books). Written to its own table, so v1 rows stay as they were.
V2_CONTEXT_31 = FeatureSet("v2_context_31", (
    *V1_BASELINE_25.features,
    _f("teammates_out", ("phase3",), 0.0, "teammates listed out on the latest injury report before tip-off"),
    _f("team_spread", ("phase3",), 0.0, "the team's consensus point spread (negative = favoured)"),
    _f("game_total", ("phase3",), 225.0, "the game's consensus total points"),
    _f("line_movement", ("phase3",), 0.0, "points line: consensus closing minus opening (the market's move)"),
    _f("books_line_spread", ("phase3",), 0.0, "highest minus lowest book's closing main line (disagreement)"),
    _f("line_books_count", ("phase3",), 0.0, "books posting a points line"),
))

FEATURE_SETS: dict[str, FeatureSet] = {s.version: s for s in (V1_BASELINE_25, V2_CONTEXT_31)}
CURRENT_VERSION = V1_BASELINE_25.version


def feature_set(version: str = CURRENT_VERSION) -> FeatureSet:
    """The contract of ``version`` (KeyError names the known versions)."""
    try:
        return FEATURE_SETS[version]
    except KeyError:
        raise KeyError(f"unknown feature version {version!r}; known: {sorted(FEATURE_SETS)}") from None


def feature_sql(version: str = CURRENT_VERSION) -> str:
    """The SELECT list that turns candidate columns ``<name>__<source>`` into the stored vectors.

    For each feature, in contract order: the first non-NULL candidate, else the default; its source
    is the candidate's tag, else 'default'. Emits ``features``, ``feature_names``, ``feature_sources``
    (JSON arrays), ``feature_count``, ``feature_version``, ``feature_quality_score``,
    ``defaulted_features`` and, per feature, ``<name>__value`` / ``<name>__source`` for the row checks.
    """
    fs = feature_set(version)
    per_feature: list[str] = []
    for f in fs.features:
        cands = [f"{f.name}__{s}" for s in f.sources]
        per_feature.append(f"coalesce({', '.join(cands)}, {f.default!r}) AS {f.name}__value")
        whens = " ".join(f"WHEN {c} IS NOT NULL THEN '{s}'" for c, s in zip(cands, f.sources, strict=True))
        per_feature.append(f"CASE {whens} ELSE 'default' END AS {f.name}__source")
    return ",\n  ".join(per_feature)


def vector_sql(version: str = CURRENT_VERSION) -> str:
    """The projections over the ``__value`` / ``__source`` columns: JSON arrays, counts and the score."""
    fs = feature_set(version)
    values = " || ',' || ".join(f"CAST(round({f.name}__value, 6) AS VARCHAR)" for f in fs.features)
    sources = " || ',' || ".join(f"'\"' || {f.name}__source || '\"'" for f in fs.features)
    names = ",".join(f'"{n}"' for n in fs.names)
    weights = " + ".join(
        "(CASE " + " ".join(f"WHEN {f.name}__source = '{s}' THEN {w!r}" for s, w in SOURCE_WEIGHTS.items())
        + " END)" for f in fs.features)
    defaulted = ", ".join(
        f"CASE WHEN {f.name}__source = 'default' THEN '\"{f.name}\"' END" for f in fs.features)
    phase4 = " + ".join(f"(CASE WHEN {f.name}__source = 'phase4' THEN 1 ELSE 0 END)" for f in fs.features)
    phase3 = " + ".join(f"(CASE WHEN {f.name}__source = 'phase3' THEN 1 ELSE 0 END)" for f in fs.features)
    defaults = " + ".join(f"(CASE WHEN {f.name}__source = 'default' THEN 1 ELSE 0 END)" for f in fs.features)
    return (
        f"'[' || {values} || ']' AS features,\n"
        f"  '[{names}]' AS feature_names,\n"
        f"  '[' || {sources} || ']' AS feature_sources,\n"
        f"  {len(fs)} AS feature_count,\n"
        f"  '{fs.version}' AS feature_version,\n"
        f"  round(({weights}) / {len(fs)}.0, 2) AS feature_quality_score,\n"
        f"  '[' || concat_ws(',', {defaulted}) || ']' AS defaulted_features,\n"
        f"  ({phase4}) AS phase4_feature_count,\n"
        f"  ({phase3}) AS phase3_feature_count,\n"
        f"  ({defaults}) AS default_feature_count"
    )
