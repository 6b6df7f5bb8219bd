"""The Phase 2 framework: object selection, quarantine and the file ledger (base), worker processes
(parsing), row checks (rows), object paths (objects) and column groups shared by raw tables (columns)."""
