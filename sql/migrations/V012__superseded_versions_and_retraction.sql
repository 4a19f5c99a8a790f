-- `retract` withdraws one delivery: afterwards the warehouse is as if it had never been delivered.
-- Every key the delivery carried gets back the version of the latest other delivery that carried
-- it, so the versions a merge replaces are kept here (one table per core table, same columns: the
-- replaced row with the file_id and line_number of the delivery it came from). A row is here for
-- as long as a later delivery's version of its key is the current one; `retract` moves it back.
-- These tables stay in the loader's file (they hold person-level rows of staffing and sick leave):
-- the analysts' copy takes an allow-list of tables, and these are not on it.
CREATE TABLE IF NOT EXISTS meta.superseded_units AS SELECT * FROM core.units LIMIT 0;
CREATE TABLE IF NOT EXISTS meta.superseded_staffing AS SELECT * FROM core.staffing LIMIT 0;
CREATE TABLE IF NOT EXISTS meta.superseded_invoices AS SELECT * FROM core.invoices LIMIT 0;
CREATE TABLE IF NOT EXISTS meta.superseded_payslips AS SELECT * FROM core.payslips LIMIT 0;
CREATE TABLE IF NOT EXISTS meta.superseded_contacts AS SELECT * FROM core.contacts LIMIT 0;
CREATE TABLE IF NOT EXISTS meta.superseded_sick_leave AS SELECT * FROM core.sick_leave LIMIT 0;
CREATE TABLE IF NOT EXISTS meta.superseded_targets AS SELECT * FROM core.targets LIMIT 0;

-- The deliveries merged before replaced versions were kept (an older warehouse being upgraded):
-- what such a delivery replaced is gone, so it can be retracted only if no earlier delivery of its
-- extract was loaded.
CREATE TABLE IF NOT EXISTS meta.merged_before_superseded_kept AS
SELECT file_id FROM meta.load_file WHERE state = 'LOADED';

-- One row per retracted delivery (meta.load_file): who withdrew it and when, and, if the
-- retraction was withdrawn in turn (`retract --undo`), who and when. Content (by SHA-256) of a
-- retraction in force is skipped by every later load, under any name.
CREATE TABLE IF NOT EXISTS meta.retraction (
    file_id        BIGINT    NOT NULL PRIMARY KEY,
    file_checksum  VARCHAR   NOT NULL,
    retracted_by   VARCHAR   NOT NULL,
    retracted_at   TIMESTAMP NOT NULL,
    undone_by      VARCHAR,
    undone_at      TIMESTAMP
);

COMMENT ON COLUMN report.load_runs.status IS
    'LOADED, SKIPPED_UNCHANGED (content loaded before), SKIPPED_RETRACTED (content withdrawn by retract), FAILED (nothing of the file loaded) or RETRACTED (loaded, then withdrawn by retract: its rows are gone).';
COMMENT ON COLUMN report.load_runs.message IS
    'Why a file failed or was skipped; for a RETRACTED file who withdrew it and when. NULL when loaded.';
