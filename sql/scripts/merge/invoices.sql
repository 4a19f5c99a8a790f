-- Merges the run's ingested files into core.invoices. Natural key: (invoice_type, invoice_id).
-- Variables: run_id (the load run) and last_order: all its ingested files up to that load order at
-- once, in one transaction (the loader bounds the rows per transaction, see MergeFilesTasklet).
-- The new rows replace earlier versions of the same key: the last delivery wins.
-- The staged rows stay where they are: staging is an in-memory database, which a transaction
-- that writes the warehouse may read but not write; the loader clears it after the merge.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_invoices_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'invoices' AND state = 'INGESTED'
  AND load_order <= getvariable('last_order');

-- Each of the run's files: its range of invoice_id per invoice_type (see the repeated keys below)
-- and of registered_date (the months the file touches, see dirty_months below), in one pass over
-- its staged rows.
CREATE OR REPLACE TEMP TABLE merge_invoices_file_ranges AS
SELECT file_id, invoice_type, min(invoice_id) AS lowest, max(invoice_id) AS highest,
       min(registered_date) AS first_date, max(registered_date) AS last_date
FROM staging.invoices
WHERE file_id IN (SELECT file_id FROM merge_invoices_files)
GROUP BY file_id, invoice_type;

-- Natural keys delivered by more than one file of the run (usually none), with the last
-- file's load order: only that file's row is merged (within a file a key is unique: the reader
-- rejects repeats). Two files can only share a key where their ranges of invoice_id (per
-- invoice_type) overlap, so only the rows of such files are grouped: files of rising identifiers
-- (one a month) never overlap, and a minimum and maximum per file cost a fraction of grouping
-- millions of keys.
-- An aggregate rather than a window over all staged rows: it stays small and spills to disk
-- when the run is large.
CREATE OR REPLACE TEMP TABLE merge_invoices_repeated AS
WITH overlapping_files AS (
    SELECT DISTINCT this_file.file_id
    FROM merge_invoices_file_ranges AS this_file
    JOIN merge_invoices_file_ranges AS other_file
      ON other_file.file_id <> this_file.file_id
     AND other_file.invoice_type = this_file.invoice_type
     AND other_file.lowest <= this_file.highest
     AND this_file.lowest <= other_file.highest
)
SELECT invoice_type, invoice_id, max(run_file.load_order) AS last_order
FROM staging.invoices AS staged
JOIN merge_invoices_files AS run_file USING (file_id)
WHERE staged.file_id IN (SELECT file_id FROM overlapping_files)
GROUP BY invoice_type, invoice_id
HAVING count(*) > 1;

-- The rows to merge: one per natural key, the last delivery's.
CREATE OR REPLACE TEMP VIEW merge_invoices AS
SELECT staged.*
FROM staging.invoices AS staged
JOIN merge_invoices_files AS run_file USING (file_id)
LEFT JOIN merge_invoices_repeated AS repeated USING (invoice_type, invoice_id)
WHERE repeated.last_order IS NULL OR repeated.last_order = run_file.load_order;

-- The months whose indicators change: those of the new rows, from their files' ranges (a row
-- that a later file of the run replaces can only widen them), and of the versions they replace.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_row_keys AS (
    SELECT invoice_type, invoice_id
    FROM merge_invoices
), replaced_rows AS (
    SELECT core_row.registered_date
    FROM core.invoices AS core_row
    JOIN new_row_keys USING (invoice_type, invoice_id)
), touched_dates AS (
    SELECT first_date AS touched_date FROM merge_invoices_file_ranges
    UNION ALL
    SELECT last_date FROM merge_invoices_file_ranges
    UNION ALL
    SELECT registered_date FROM replaced_rows
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_date))::DATE,
       date_trunc('month', max(touched_date))::DATE
FROM touched_dates
HAVING count(*) > 0;

-- The versions this merge replaces are kept, so that `retract` can give them back (see
-- sql/scripts/retract/): the current rows of the keys it delivers, and the rows of an earlier file of
-- the run that a later one of the same run outdoes (usually none). Each keeps its own file_id.
INSERT INTO meta.superseded_invoices BY NAME
SELECT core_row.*
FROM core.invoices AS core_row
SEMI JOIN merge_invoices AS new_row USING (invoice_type, invoice_id);

INSERT INTO meta.superseded_invoices BY NAME
SELECT invoice_type, invoice_id, registered_date, unit_code, customer_org, channel, amount_sek, file_id, line_number
FROM staging.invoices AS staged
JOIN merge_invoices_files AS run_file USING (file_id)
JOIN merge_invoices_repeated AS repeated USING (invoice_type, invoice_id)
WHERE run_file.load_order < repeated.last_order;

DELETE FROM core.invoices AS core_row
USING merge_invoices AS new_row
WHERE core_row.invoice_type = new_row.invoice_type
  AND core_row.invoice_id = new_row.invoice_id;

INSERT INTO core.invoices
    (invoice_type, invoice_id, registered_date, unit_code, customer_org, channel, amount_sek, file_id, line_number)
SELECT invoice_type, invoice_id, registered_date, unit_code, customer_org, channel, amount_sek, file_id, line_number
FROM merge_invoices;

DROP VIEW merge_invoices;
DROP TABLE merge_invoices_repeated;
DROP TABLE merge_invoices_file_ranges;
DROP TABLE merge_invoices_files;
