-- Every attempt to ingest a file, committed on its own before the file's ingest starts and marked
-- ended when the ingest returns, whatever it found in the file. An attempt never ended is one that
-- took its load down (the JVM ran out of memory, or the process was killed): content with two such
-- attempts is not ingested again but fails, with that reason, until its content changes.
CREATE TABLE IF NOT EXISTS meta.ingest_attempt (
    file_id        BIGINT    NOT NULL,
    file_checksum  VARCHAR   NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    ended_at       TIMESTAMP
);
