-- Merges the run's ingested files into core.payslips. Natural key: (payslip_id).
-- Variable: run_id (the load run): all its ingested files at once, in one transaction.
-- The last delivery wins.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_payslips_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'payslips' AND state = 'INGESTED';

-- One row per natural key: a key delivered by several files of the run keeps the row of the
-- last file in load order (within a file a key is unique: the reader rejects repeats).
CREATE OR REPLACE TEMP TABLE merge_payslips AS
SELECT staged.*
FROM staging.payslips AS staged
JOIN merge_payslips_files AS run_file USING (file_id)
QUALIFY row_number() OVER (PARTITION BY payslip_id ORDER BY run_file.load_order DESC) = 1;

INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT payslip_id, pay_date
    FROM merge_payslips
), replaced_rows AS (
    SELECT core_row.pay_date
    FROM core.payslips AS core_row
    JOIN new_rows USING (payslip_id)
), touched_dates AS (
    SELECT pay_date AS touched_date FROM new_rows
    UNION ALL
    SELECT pay_date FROM replaced_rows
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_date))::DATE,
       date_trunc('month', max(touched_date))::DATE
FROM touched_dates
HAVING count(*) > 0;

DELETE FROM core.payslips AS core_row
USING merge_payslips AS new_row
WHERE core_row.payslip_id = new_row.payslip_id;

INSERT INTO core.payslips (payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number)
SELECT payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number
FROM merge_payslips;

DELETE FROM staging.payslips WHERE file_id IN (SELECT file_id FROM merge_payslips_files);

DROP TABLE merge_payslips;
DROP TABLE merge_payslips_files;
