-- Staged rows leave the warehouse file. The loader now stages them in an in-memory database that
-- it attaches as `staging` (sql/staging/staging_tables.sql): in the file, every staged row was
-- written to the write-ahead log when its file committed, only for the merge to delete it seconds
-- later (measured: a fifth of the ingest's time, see BENCHMARKS.md). A run that stops before its
-- merge ingests its unmerged files again when it is resumed.
-- The rejected rows of the run in progress stay in the file, committed with their file's state.
CREATE TABLE IF NOT EXISTS meta.rejected_rows (
    file_id BIGINT NOT NULL, line_number BIGINT,
    column_name VARCHAR, reason VARCHAR NOT NULL, raw_line VARCHAR
);
INSERT INTO meta.rejected_rows SELECT * FROM staging.rejected_rows;

-- The staged rows of a run in progress go with the schema: its files are ingested again.
UPDATE meta.load_file SET state = 'PENDING' WHERE state = 'INGESTED';

DROP SCHEMA staging CASCADE;
