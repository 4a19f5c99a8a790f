-- What the analysts' copy was last published from, so that the next publication can start from
-- that copy and rewrite only what changed (SnapshotPublisher). One row per copy file. A copy
-- whose size or modification time differs from the row, or a layout (the allowed tables, their
-- columns, types and comments, and the warehouse's schema version) that differs, is rebuilt whole.
CREATE TABLE IF NOT EXISTS meta.published_copy (
    copy_path VARCHAR NOT NULL PRIMARY KEY,
    layout VARCHAR NOT NULL,
    file_bytes BIGINT NOT NULL,
    modified_millis BIGINT NOT NULL,
    published_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE meta.published_copy IS 'The analysts'' copy as last published: its file, size and modification time, and a fingerprint of the layout it was built with. The next publication rewrites only the deliveries whose rows changed when all of these still hold.';
