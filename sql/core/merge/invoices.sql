-- Merges the run's ingested files into core.invoices. Natural key: (invoice_type, invoice_id).
-- Variables: run_id (the load run) and last_order: all its ingested files up to that load order at
-- once, in one transaction (the loader bounds the rows per transaction, see MergeFilesTasklet).
-- The new rows replace earlier versions of the same key: the last delivery wins.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_invoices_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'invoices' AND state = 'INGESTED'
  AND load_order <= getvariable('last_order');

-- Natural keys delivered by more than one file of the run (usually none), with the last
-- file's load order: only that file's row is merged (within a file a key is unique: the reader
-- rejects repeats). An aggregate rather than a window over all staged rows: it stays small and
-- spills to disk when the run is large.
CREATE OR REPLACE TEMP TABLE merge_invoices_repeated AS
SELECT invoice_type, invoice_id, max(run_file.load_order) AS last_order
FROM staging.invoices AS staged
JOIN merge_invoices_files AS run_file USING (file_id)
GROUP BY invoice_type, invoice_id
HAVING count(*) > 1;

-- The rows to merge: one per natural key, the last delivery's.
CREATE OR REPLACE TEMP VIEW merge_invoices AS
SELECT staged.*
FROM staging.invoices AS staged
JOIN merge_invoices_files AS run_file USING (file_id)
LEFT JOIN merge_invoices_repeated AS repeated USING (invoice_type, invoice_id)
WHERE repeated.last_order IS NULL OR repeated.last_order = run_file.load_order;

-- The months whose indicators change: those of the new rows and of the versions they replace.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT invoice_type, invoice_id, registered_date
    FROM merge_invoices
), replaced_rows AS (
    SELECT core_row.registered_date
    FROM core.invoices AS core_row
    JOIN new_rows USING (invoice_type, invoice_id)
), touched_dates AS (
    SELECT registered_date AS touched_date FROM new_rows
    UNION ALL
    SELECT registered_date FROM replaced_rows
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_date))::DATE,
       date_trunc('month', max(touched_date))::DATE
FROM touched_dates
HAVING count(*) > 0;

DELETE FROM core.invoices AS core_row
USING merge_invoices AS new_row
WHERE core_row.invoice_type = new_row.invoice_type
  AND core_row.invoice_id = new_row.invoice_id;

INSERT INTO core.invoices
    (invoice_type, invoice_id, registered_date, unit_code, customer_org, channel, amount_sek, file_id, line_number)
SELECT invoice_type, invoice_id, registered_date, unit_code, customer_org, channel, amount_sek, file_id, line_number
FROM merge_invoices;

DELETE FROM staging.invoices WHERE file_id IN (SELECT file_id FROM merge_invoices_files);

DROP VIEW merge_invoices;
DROP TABLE merge_invoices_repeated;
DROP TABLE merge_invoices_files;
