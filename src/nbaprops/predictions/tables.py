"""The nba_predictions tables (reference B6-B7 names).

Every system writes its own table (``system_predictions_<system>``, same columns) so that each system
is one processor the engine plans, skips and reruns on its own; ``player_prop_predictions`` is their
union for a date, rebuilt whole by its own processor. A rerun of a date never silently rewrites
history (``supersede.py``): a row whose content the rerun reproduces is kept as it was (same run id,
so an identical rerun adds nothing); a changed one (a line moved, a model retrained) is kept with
``is_active = FALSE``, ``superseded_at`` and ``superseded_by`` beside the new active row. Only active
rows are graded.
"""

from __future__ import annotations

from nbaprops.storage.schema import Column, Table, col

DATASET = "nba_predictions"

PREDICTION_COLUMNS: tuple[Column, ...] = (
    col("system_id", "STRING", True), col("player_lookup", "STRING", True), col("game_date", "DATE", True),
    col("game_id", "STRING", True), col("team_abbr", "STRING"), col("opponent_team_abbr", "STRING"),
    col("predicted_points", "FLOAT64", False, "the system's predicted mean; NULL when the system passed"),
    col("predicted_spread", "FLOAT64", False, "the predictive standard deviation of points"),
    col("over_probability", "FLOAT64", False, "P(points > line) from a normal(mean, spread), pushes excluded"),
    col("push_probability", "FLOAT64", False, "P(points = line) for a whole-number line, else 0"),
    col("confidence_score", "FLOAT64", False, "0-100: probability of the recommended (or likelier) side"),
    col("recommendation", "STRING", True, "OVER | UNDER | PASS"),
    col("pass_reason", "STRING", False, "why PASS (no line, edge or value too small, system could not predict)"),
    col("expected_value", "FLOAT64", False, "expected return per unit staked on the recommended side"),
    col("current_points_line", "FLOAT64", False, "consensus line before tip-off (a line some book posted)"),
    col("opening_line", "FLOAT64"), col("line_source", "STRING"), col("line_books_count", "INT64"),
    col("line_margin", "FLOAT64", False, "predicted_points - current_points_line"),
    col("over_odds_american", "INT64", False, "best over price among the books posting the consensus line "
                                              "(-110 when the source has none)"),
    col("over_book", "STRING", False, "the book offering over_odds_american"),
    col("under_odds_american", "INT64", False, "best under price among the books posting the consensus line "
                                               "(-110 when the source has none)"),
    col("under_book", "STRING", False, "the book offering under_odds_american"),
    col("bet_book", "STRING", False, "line shopping: the book whose main line and price the bet is taken at"),
    col("bet_line", "FLOAT64", False, "that book's main line (NULL for PASS)"),
    col("bet_odds_american", "INT64", False, "that book's price for the recommended side (NULL for PASS)"),
    col("baseline_last_10", "FLOAT64", False, "points_avg_last_10 of the feature row: the naive baseline"),
    col("model_version", "STRING", False, "trained model version (xgboost), weights version (ensemble)"),
    col("feature_version", "STRING", True), col("feature_quality_score", "FLOAT64"),
    col("is_production_ready", "BOOL"),
    col("components", "JSON", False, "the system's adjustments, similar games, ensemble weights"),
    col("is_active", "BOOL", True, "FALSE: superseded by a later run's different prediction (kept as history)"),
    col("prediction_run_id", "STRING", True, "the run that produced the row"),
    col("created_at", "TIMESTAMP", False, "when that run computed the row"),
    col("superseded_at", "TIMESTAMP", False, "when a rerun replaced the row (NULL while active)"),
    col("superseded_by", "STRING", False, "the run whose row replaced this one"),
)
PREDICTION_KEY = ("system_id", "player_lookup", "game_id", "game_date")
ROW_KEY = (*PREDICTION_KEY, "prediction_run_id")  # one active row per PREDICTION_KEY, superseded ones beside it


def system_table(system: str) -> Table:
    return Table(DATASET, f"system_predictions_{system}", PREDICTION_COLUMNS, key=ROW_KEY,
                 partition="game_date", cluster=("player_lookup",),
                 description=f"The {system} system's prediction for every expected player on a date.")


PLAYER_PROP_PREDICTIONS = Table(
    DATASET, "player_prop_predictions", PREDICTION_COLUMNS, key=ROW_KEY, partition="game_date",
    cluster=("system_id", "player_lookup"),
    description="Every system's prediction per expected player and game (one active row per system; "
                "superseded rows kept, is_active = FALSE).")

PREDICTION_RESULTS = Table(
    DATASET, "prediction_results",
    (
        col("system_id", "STRING", True), col("player_lookup", "STRING", True), col("game_date", "DATE", True),
        col("game_id", "STRING", True),
        col("predicted_points", "FLOAT64"), col("actual_points", "INT64", True), col("minutes", "FLOAT64"),
        col("predicted_recommendation", "STRING", True),
        col("prediction_line", "FLOAT64", False, "the consensus line predicted against"),
        col("closing_line", "FLOAT64", False, "player_game_summary.points_line"),
        col("actual_result", "STRING", False, "OVER | UNDER | PUSH against prediction_line (NULL: no line)"),
        col("bet_book", "STRING", False, "book the recommended bet is taken at (line shopping)"),
        col("bet_line", "FLOAT64", False, "its main line: the bet is graded against it"),
        col("bet_odds_american", "INT64", False, "its price for the recommended side"),
        col("bet_result", "STRING", False, "OVER | UNDER | PUSH against bet_line (NULL: no bet)"),
        col("prediction_error", "FLOAT64", False, "|predicted - actual|"),
        col("signed_error", "FLOAT64", False, "predicted - actual"),
        col("prediction_correct", "BOOL", False, "OVER/UNDER call matched bet_result; NULL for PASS and pushes"),
        col("bet_return", "FLOAT64", False, "units won on a recommended bet at bet_odds_american (push 0); "
                                            "NULL for PASS"),
        col("within_3_points", "BOOL"), col("within_5_points", "BOOL"),
        col("line_margin", "FLOAT64"), col("actual_margin", "FLOAT64", False, "actual - prediction_line"),
        col("over_probability", "FLOAT64"), col("confidence_score", "FLOAT64"),
        col("over_odds_american", "INT64"), col("under_odds_american", "INT64"),
        col("baseline_last_10", "FLOAT64"), col("model_version", "STRING"),
    ),
    key=PREDICTION_KEY, partition="game_date", cluster=("system_id",),
    description="Each active prediction graded against the player's actual points (players who played).")

SYSTEM_DAILY_PERFORMANCE = Table(
    DATASET, "system_daily_performance",
    (
        col("system_id", "STRING", True), col("game_date", "DATE", True),
        col("graded_count", "INT64", True), col("predicted_count", "INT64", True),
        col("mae", "FLOAT64"), col("rmse", "FLOAT64"), col("bias", "FLOAT64", False, "mean predicted - actual"),
        col("within_3_rate", "FLOAT64"), col("within_5_rate", "FLOAT64"),
        col("over_count", "INT64"), col("under_count", "INT64"), col("pass_count", "INT64"),
        col("bets", "INT64", False, "OVER/UNDER calls graded, pushes excluded"), col("wins", "INT64"),
        col("pushes", "INT64"), col("hit_rate", "FLOAT64", False, "wins / bets (PASS and pushes excluded)"),
        col("units_return", "FLOAT64", False, "units won over all recommended bets at their prices"),
        col("roi", "FLOAT64"), col("brier_score", "FLOAT64", False, "P(over) vs the outcome, lines without a push"),
        col("market_mae", "FLOAT64", False, "|line - actual| on the same player-games with a line"),
        col("baseline_mae", "FLOAT64", False, "|last-10 average - actual| on the same player-games"),
    ),
    key=("system_id", "game_date"), partition="game_date",
    description="Per system and date: error, bets, hit rate and return.")

ML_MODELS = Table(
    DATASET, "ml_models",
    (
        col("system_id", "STRING", True), col("model_version", "STRING", True),
        col("as_of_date", "DATE", True, "trained on games strictly before this date"),
        col("training_start", "DATE"), col("training_end", "DATE", False, "last game date in the training rows"),
        col("feature_version", "STRING", True), col("training_rows", "INT64", True),
        col("validation_rows", "INT64"), col("validation_mae", "FLOAT64"),
        col("validation_baseline_mae", "FLOAT64", False, "last-10 average on the same validation rows"),
        col("residual_scale", "FLOAT64", False, "spread = residual_scale * sqrt(predicted points)"),
        col("model_path", "STRING", True), col("params", "JSON"), col("trained_at", "TIMESTAMP"),
    ),
    key=("system_id", "model_version"), audit=False,
    description="One row per trained model: window, feature version, rows, validation error.")
