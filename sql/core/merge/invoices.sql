-- Merges one ingested file into core.invoices. Natural key: (invoice_type, invoice_id).
-- Variables: file_id (the file), run_id (the load run).
-- The file's rows replace earlier versions of the same key: the last delivery wins.

-- The months whose indicators change: those of the new rows and of the versions they replace.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT invoice_type, invoice_id, registered_date
    FROM staging.invoices
    WHERE file_id = getvariable('file_id')
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
USING staging.invoices AS new_row
WHERE new_row.file_id = getvariable('file_id')
  AND core_row.invoice_type = new_row.invoice_type
  AND core_row.invoice_id = new_row.invoice_id;

INSERT INTO core.invoices
    (invoice_type, invoice_id, registered_date, unit_code, customer_org, channel, amount_sek, file_id, line_number)
SELECT invoice_type, invoice_id, registered_date, unit_code, customer_org, channel, amount_sek, file_id, line_number
FROM staging.invoices
WHERE file_id = getvariable('file_id');

DELETE FROM staging.invoices WHERE file_id = getvariable('file_id');
