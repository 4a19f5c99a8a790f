-- Merges the run's ingested files into core.sick_leave. Natural key: (employee_pseudonym, date).
-- Variables: run_id (the load run) and last_order: all its ingested files up to that load order at
-- once, in one transaction (the loader bounds the rows per transaction, see MergeFilesTasklet).
-- The last delivery wins.
-- The staged rows stay where they are: staging is an in-memory database, which a transaction
-- that writes the warehouse may read but not write; the loader clears it after the merge.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_sick_leave_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'sick_leave' AND state = 'INGESTED'
  AND load_order <= getvariable('last_order');

-- Natural keys delivered by more than one file of the run (usually none), with the last
-- file's load order: only that file's row is merged (within a file a key is unique: the reader
-- rejects repeats). An aggregate rather than a window over all staged rows: it stays small and
-- spills to disk when the run is large.
CREATE OR REPLACE TEMP TABLE merge_sick_leave_repeated AS
SELECT employee_pseudonym, date, max(run_file.load_order) AS last_order
FROM staging.sick_leave AS staged
JOIN merge_sick_leave_files AS run_file USING (file_id)
GROUP BY employee_pseudonym, date
HAVING count(*) > 1;

-- The rows to merge: one per natural key, the last delivery's.
CREATE OR REPLACE TEMP VIEW merge_sick_leave AS
SELECT staged.*
FROM staging.sick_leave AS staged
JOIN merge_sick_leave_files AS run_file USING (file_id)
LEFT JOIN merge_sick_leave_repeated AS repeated USING (employee_pseudonym, date)
WHERE repeated.last_order IS NULL OR repeated.last_order = run_file.load_order;

-- A new day can lengthen its spell past 60 days and so change the long-term share of every
-- month of that spell: the touched months are all months of every touched spell.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT employee_pseudonym, date, spell_start
    FROM merge_sick_leave
), replaced_rows AS (
    SELECT core_row.employee_pseudonym, core_row.date, core_row.spell_start
    FROM core.sick_leave AS core_row
    JOIN new_rows USING (employee_pseudonym, date)
), touched_spells AS (
    SELECT DISTINCT employee_pseudonym, spell_start FROM new_rows
    UNION
    SELECT employee_pseudonym, spell_start FROM replaced_rows
), touched_dates AS (
    SELECT core_row.date AS touched_date
    FROM core.sick_leave AS core_row
    JOIN touched_spells USING (employee_pseudonym, spell_start)
    UNION ALL
    SELECT date FROM new_rows
    UNION ALL
    SELECT date FROM replaced_rows
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_date))::DATE,
       date_trunc('month', max(touched_date))::DATE
FROM touched_dates
HAVING count(*) > 0;

-- The versions this merge replaces are kept, so that `retract` can give them back (see
-- sql/scripts/retract/): the current rows of the keys it delivers, and the rows of an earlier file of
-- the run that a later one of the same run outdoes (usually none). Each keeps its own file_id.
INSERT INTO meta.superseded_sick_leave BY NAME
SELECT core_row.*
FROM core.sick_leave AS core_row
SEMI JOIN merge_sick_leave AS new_row USING (employee_pseudonym, date);

INSERT INTO meta.superseded_sick_leave BY NAME
SELECT employee_pseudonym, date, spell_start, sick_hours::DECIMAL(18,6) AS sick_hours, file_id, line_number
FROM staging.sick_leave AS staged
JOIN merge_sick_leave_files AS run_file USING (file_id)
JOIN merge_sick_leave_repeated AS repeated USING (employee_pseudonym, date)
WHERE run_file.load_order < repeated.last_order;

DELETE FROM core.sick_leave AS core_row
USING merge_sick_leave AS new_row
WHERE core_row.employee_pseudonym = new_row.employee_pseudonym
  AND core_row.date = new_row.date;

INSERT INTO core.sick_leave (employee_pseudonym, date, spell_start, sick_hours, file_id, line_number)
SELECT employee_pseudonym, date, spell_start, sick_hours::DECIMAL(18,6), file_id, line_number
FROM merge_sick_leave;

DROP VIEW merge_sick_leave;
DROP TABLE merge_sick_leave_repeated;
DROP TABLE merge_sick_leave_files;
