"""The engine: processor declarations, the registry and DAG, safeguards, run history, the runner."""
