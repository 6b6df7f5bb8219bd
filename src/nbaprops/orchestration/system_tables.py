"""Bookkeeping tables the framework owns: run history, alerts, digests, the raw file ledger."""

from __future__ import annotations

from nbaprops.storage.schema import Table, col

PROCESSOR_RUN_HISTORY = Table(
    "nba_reference",
    "processor_run_history",
    (
        col("processor_name", "STRING", True),
        col("run_id", "STRING", True),
        col("phase", "STRING", True),
        col("data_date", "DATE", True),
        col("season_year", "INT64"),
        col("status", "STRING", True, "running | success | failed | partial | skipped"),
        col("started_at", "TIMESTAMP", True),
        col("processed_at", "TIMESTAMP"),
        col("duration_seconds", "FLOAT64"),
        col("records_processed", "INT64"),
        col("records_created", "INT64"),
        col("records_skipped", "INT64"),
        col("output_table", "STRING"),
        col("processor_version", "STRING"),
        col("backfill_mode", "BOOL", True),
        col("force_reprocess", "BOOL"),
        col("trigger_source", "STRING"),
        col("parent_processor", "STRING"),
        col("dependency_check_passed", "BOOL"),
        col("missing_dependencies", "JSON"),
        col("stale_dependencies", "JSON"),
        col("errors", "JSON"),
        col("warnings", "JSON"),
        col("summary", "JSON"),
        col("alert_sent", "BOOL"),
        col("alert_type", "STRING"),
        col("skip_reason", "STRING"),
        col("retry_attempt", "INT64"),
        col("host", "STRING"),
        col("pid", "INT64"),
    ),
    key=("processor_name", "data_date", "run_id"),
    partition="data_date",
    cluster=("processor_name", "status"),
    audit=False,
)

ALERTS = Table(
    "nba_orchestration",
    "alerts",
    (
        col("alert_id", "STRING", True),
        col("run_id", "STRING"),
        col("processor_name", "STRING"),
        col("data_date", "DATE"),
        col("level", "STRING", True, "error | warning"),
        col("message", "STRING", True),
        col("delivery", "STRING", True, "immediate | digest"),
        col("digest_id", "STRING"),
        col("created_at", "TIMESTAMP", True),
    ),
    key=("alert_id",),
    audit=False,
)

ALERT_DIGESTS = Table(
    "nba_orchestration",
    "alert_digests",
    (
        col("digest_id", "STRING", True),
        col("run_id", "STRING"),
        col("created_at", "TIMESTAMP", True),
        col("error_count", "INT64", True),
        col("warning_count", "INT64", True),
        col("body", "STRING", True),
    ),
    key=("digest_id",),
    audit=False,
)

RAW_FILE_LOADS = Table(
    "nba_orchestration",
    "raw_file_loads",
    (
        col("processor_name", "STRING", True),
        col("source_file_path", "STRING", True),
        col("content_sha256", "STRING", True),
        col("scope_value", "STRING"),
        col("rows_loaded", "INT64"),
        col("run_id", "STRING"),
        col("loaded_at", "TIMESTAMP", True),
    ),
    key=("processor_name", "source_file_path"),
    audit=False,
)

SYSTEM_TABLES: tuple[Table, ...] = (PROCESSOR_RUN_HISTORY, ALERTS, ALERT_DIGESTS, RAW_FILE_LOADS)
