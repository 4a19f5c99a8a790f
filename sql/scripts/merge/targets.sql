-- Merges the run's ingested files into core.targets. Natural key: (indicator_code, year).
-- Variables: run_id (the load run) and last_order: all its ingested files up to that load order at
-- once, in one transaction (the loader bounds the rows per transaction, see MergeFilesTasklet).
-- The last delivery wins.
-- The staged rows stay where they are: staging is an in-memory database, which a transaction
-- that writes the warehouse may read but not write; the loader clears it after the merge.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_targets_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'targets' AND state = 'INGESTED'
  AND load_order <= getvariable('last_order');

-- Natural keys delivered by more than one file of the run (usually none), with the last
-- file's load order: only that file's row is merged (within a file a key is unique: the reader
-- rejects repeats). An aggregate rather than a window over all staged rows: it stays small and
-- spills to disk when the run is large.
CREATE OR REPLACE TEMP TABLE merge_targets_repeated AS
SELECT indicator_code, year, max(run_file.load_order) AS last_order
FROM staging.targets AS staged
JOIN merge_targets_files AS run_file USING (file_id)
GROUP BY indicator_code, year
HAVING count(*) > 1;

-- The rows to merge: one per natural key, the last delivery's.
CREATE OR REPLACE TEMP VIEW merge_targets AS
SELECT staged.*
FROM staging.targets AS staged
JOIN merge_targets_files AS run_file USING (file_id)
LEFT JOIN merge_targets_repeated AS repeated USING (indicator_code, year)
WHERE repeated.last_order IS NULL OR repeated.last_order = run_file.load_order;

-- Targets only change the indicator table; marking their years keeps that rebuild in the run.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT indicator_code, year
    FROM merge_targets
), replaced_rows AS (
    SELECT core_row.year
    FROM core.targets AS core_row
    JOIN new_rows USING (indicator_code, year)
), touched_years AS (
    SELECT year FROM new_rows
    UNION ALL
    SELECT year FROM replaced_rows
)
SELECT getvariable('run_id'), make_date(min(year), 1, 1), make_date(max(year), 12, 1)
FROM touched_years
HAVING count(*) > 0;

-- The versions this merge replaces are kept, so that `retract` can give them back (see
-- sql/scripts/retract/): the current rows of the keys it delivers, and the rows of an earlier file of
-- the run that a later one of the same run outdoes (usually none). Each keeps its own file_id.
INSERT INTO meta.superseded_targets BY NAME
SELECT core_row.*
FROM core.targets AS core_row
SEMI JOIN merge_targets AS new_row USING (indicator_code, year);

INSERT INTO meta.superseded_targets BY NAME
SELECT indicator_code, year, board_target, council_target, file_id, line_number
FROM staging.targets AS staged
JOIN merge_targets_files AS run_file USING (file_id)
JOIN merge_targets_repeated AS repeated USING (indicator_code, year)
WHERE run_file.load_order < repeated.last_order;

DELETE FROM core.targets AS core_row
USING merge_targets AS new_row
WHERE core_row.indicator_code = new_row.indicator_code
  AND core_row.year = new_row.year;

INSERT INTO core.targets (indicator_code, year, board_target, council_target, file_id, line_number)
SELECT indicator_code, year, board_target, council_target, file_id, line_number
FROM merge_targets;

DROP VIEW merge_targets;
DROP TABLE merge_targets_repeated;
DROP TABLE merge_targets_files;
