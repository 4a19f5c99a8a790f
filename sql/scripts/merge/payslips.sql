-- Merges the run's ingested files into core.payslips. Natural key: (payslip_id).
-- Variables: run_id (the load run) and last_order: all its ingested files up to that load order at
-- once, in one transaction (the loader bounds the rows per transaction, see MergeFilesTasklet).
-- The last delivery wins.
-- The staged rows stay where they are: staging is an in-memory database, which a transaction
-- that writes the warehouse may read but not write; the loader clears it after the merge.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_payslips_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'payslips' AND state = 'INGESTED'
  AND load_order <= getvariable('last_order');

-- Each of the run's files: its range of payslip_id (see the repeated keys below) and of pay_date
-- (the months the file touches, see dirty_months below), in one pass over its staged rows.
CREATE OR REPLACE TEMP TABLE merge_payslips_file_ranges AS
SELECT file_id, min(payslip_id) AS lowest, max(payslip_id) AS highest,
       min(pay_date) AS first_date, max(pay_date) AS last_date
FROM staging.payslips
WHERE file_id IN (SELECT file_id FROM merge_payslips_files)
GROUP BY file_id;

-- Natural keys delivered by more than one file of the run (usually none), with the last
-- file's load order: only that file's row is merged (within a file a key is unique: the reader
-- rejects repeats). Two files can only share a key where their ranges of payslip_id
-- overlap, so only the rows of such files are grouped: files of rising identifiers (one a month)
-- never overlap, and a minimum and maximum per file cost a fraction of grouping millions of keys.
-- An aggregate rather than a window over all staged rows: it stays small and spills to disk
-- when the run is large.
CREATE OR REPLACE TEMP TABLE merge_payslips_repeated AS
WITH overlapping_files AS (
    SELECT DISTINCT this_file.file_id
    FROM merge_payslips_file_ranges AS this_file
    JOIN merge_payslips_file_ranges AS other_file
      ON other_file.file_id <> this_file.file_id
     AND other_file.lowest <= this_file.highest
     AND this_file.lowest <= other_file.highest
)
SELECT payslip_id, max(run_file.load_order) AS last_order
FROM staging.payslips AS staged
JOIN merge_payslips_files AS run_file USING (file_id)
WHERE staged.file_id IN (SELECT file_id FROM overlapping_files)
GROUP BY payslip_id
HAVING count(*) > 1;

-- The rows to merge: one per natural key, the last delivery's.
CREATE OR REPLACE TEMP VIEW merge_payslips AS
SELECT staged.*
FROM staging.payslips AS staged
JOIN merge_payslips_files AS run_file USING (file_id)
LEFT JOIN merge_payslips_repeated AS repeated USING (payslip_id)
WHERE repeated.last_order IS NULL OR repeated.last_order = run_file.load_order;

-- The months whose indicators change: those of the new rows, from their files' ranges (a row
-- that a later file of the run replaces can only widen them), and of the versions they replace.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_row_keys AS (
    SELECT payslip_id
    FROM merge_payslips
), replaced_rows AS (
    SELECT core_row.pay_date
    FROM core.payslips AS core_row
    JOIN new_row_keys USING (payslip_id)
), touched_dates AS (
    SELECT first_date AS touched_date FROM merge_payslips_file_ranges
    UNION ALL
    SELECT last_date FROM merge_payslips_file_ranges
    UNION ALL
    SELECT pay_date FROM replaced_rows
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_date))::DATE,
       date_trunc('month', max(touched_date))::DATE
FROM touched_dates
HAVING count(*) > 0;

-- The versions this merge replaces are kept, so that `retract` can give them back (see
-- sql/scripts/retract/): the current rows of the keys it delivers, and the rows of an earlier file of
-- the run that a later one of the same run outdoes (usually none). Each keeps its own file_id.
INSERT INTO meta.superseded_payslips BY NAME
SELECT core_row.*
FROM core.payslips AS core_row
SEMI JOIN merge_payslips AS new_row USING (payslip_id);

INSERT INTO meta.superseded_payslips BY NAME
SELECT payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number
FROM staging.payslips AS staged
JOIN merge_payslips_files AS run_file USING (file_id)
JOIN merge_payslips_repeated AS repeated USING (payslip_id)
WHERE run_file.load_order < repeated.last_order;

DELETE FROM core.payslips AS core_row
USING merge_payslips AS new_row
WHERE core_row.payslip_id = new_row.payslip_id;

INSERT INTO core.payslips (payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number)
SELECT payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number
FROM merge_payslips;

DROP VIEW merge_payslips;
DROP TABLE merge_payslips_repeated;
DROP TABLE merge_payslips_file_ranges;
DROP TABLE merge_payslips_files;
