-- Every attempt to ingest a file that ended in the JVM running out of heap (OutOfMemoryError while the
-- file was read), with the heap it had. Content that ran the loader out of memory twice, with at least
-- the heap it has now, is not ingested again but fails with that reason, until its content changes or
-- the heap is raised. (A process killed outright is not recorded: a kill is rarely a file's doing.)
CREATE TABLE IF NOT EXISTS meta.out_of_memory_attempt (
    file_id         BIGINT    NOT NULL,
    file_checksum   VARCHAR   NOT NULL,
    max_heap_bytes  BIGINT    NOT NULL,
    failed_at       TIMESTAMP NOT NULL
);
