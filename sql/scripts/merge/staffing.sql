-- Merges the run's ingested files into core.staffing. Natural key: (employee_pseudonym, month).
-- Variables: run_id (the load run) and last_order: all its ingested files up to that load order at
-- once, in one transaction (the loader bounds the rows per transaction, see MergeFilesTasklet).
-- The last delivery wins.
-- Sick-leave days join staffing by month, so the touched months cover them too.
-- The staged rows stay where they are: staging is an in-memory database, which a transaction
-- that writes the warehouse may read but not write; the loader clears it after the merge.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_staffing_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'staffing' AND state = 'INGESTED'
  AND load_order <= getvariable('last_order');

-- Natural keys delivered by more than one file of the run (usually none), with the last
-- file's load order: only that file's row is merged (within a file a key is unique: the reader
-- rejects repeats). An aggregate rather than a window over all staged rows: it stays small and
-- spills to disk when the run is large.
CREATE OR REPLACE TEMP TABLE merge_staffing_repeated AS
SELECT employee_pseudonym, month, max(run_file.load_order) AS last_order
FROM staging.staffing AS staged
JOIN merge_staffing_files AS run_file USING (file_id)
GROUP BY employee_pseudonym, month
HAVING count(*) > 1;

-- The rows to merge: one per natural key, the last delivery's.
CREATE OR REPLACE TEMP VIEW merge_staffing AS
SELECT staged.*
FROM staging.staffing AS staged
JOIN merge_staffing_files AS run_file USING (file_id)
LEFT JOIN merge_staffing_repeated AS repeated USING (employee_pseudonym, month)
WHERE repeated.last_order IS NULL OR repeated.last_order = run_file.load_order;

INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT employee_pseudonym, month
    FROM merge_staffing
), replaced_rows AS (
    SELECT core_row.month
    FROM core.staffing AS core_row
    JOIN new_rows USING (employee_pseudonym, month)
), touched_months AS (
    SELECT month FROM new_rows
    UNION ALL
    SELECT month FROM replaced_rows
)
SELECT getvariable('run_id'), min(month), max(month)
FROM touched_months
HAVING count(*) > 0;

-- The versions this merge replaces are kept, so that `retract` can give them back (see
-- sql/scripts/retract/): the current rows of the keys it delivers, and the rows of an earlier file of
-- the run that a later one of the same run outdoes (usually none). Each keeps its own file_id.
INSERT INTO meta.superseded_staffing BY NAME
SELECT core_row.*
FROM core.staffing AS core_row
SEMI JOIN merge_staffing AS new_row USING (employee_pseudonym, month);

INSERT INTO meta.superseded_staffing BY NAME
SELECT employee_pseudonym, month, unit_code, gender, birth_year,
       employment_rate_pct::DECIMAL(18,6) AS employment_rate_pct, fte::DECIMAL(18,6) AS fte,
       scheduled_hours::DECIMAL(18,6) AS scheduled_hours, file_id, line_number
FROM staging.staffing AS staged
JOIN merge_staffing_files AS run_file USING (file_id)
JOIN merge_staffing_repeated AS repeated USING (employee_pseudonym, month)
WHERE run_file.load_order < repeated.last_order;

DELETE FROM core.staffing AS core_row
USING merge_staffing AS new_row
WHERE core_row.employee_pseudonym = new_row.employee_pseudonym
  AND core_row.month = new_row.month;

-- DOUBLE → DECIMAL(18,6): measures are kept to the millionth (of an FTE, of an hour).
INSERT INTO core.staffing
    (employee_pseudonym, month, unit_code, gender, birth_year, employment_rate_pct, fte,
     scheduled_hours, file_id, line_number)
SELECT employee_pseudonym, month, unit_code, gender, birth_year,
       employment_rate_pct::DECIMAL(18,6), fte::DECIMAL(18,6), scheduled_hours::DECIMAL(18,6),
       file_id, line_number
FROM merge_staffing;

DROP VIEW merge_staffing;
DROP TABLE merge_staffing_repeated;
DROP TABLE merge_staffing_files;
