-- Every system's rows of the range, one table (each system's table is replaced per date by its processor).
-- The statement below is the one for a system; the processor repeats it for each system, joined by
-- UNION ALL, with {columns} the table's columns and {table} the system's table.
SELECT {columns}
FROM {table}
WHERE game_date BETWEEN :start_date AND :end_date
