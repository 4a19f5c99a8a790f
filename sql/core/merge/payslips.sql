-- Merges one ingested file into core.payslips. Natural key: (payslip_id).
-- Variables: file_id (the file), run_id (the load run). The last delivery wins.

INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT payslip_id, pay_date
    FROM staging.payslips
    WHERE file_id = getvariable('file_id')
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
USING staging.payslips AS new_row
WHERE new_row.file_id = getvariable('file_id')
  AND core_row.payslip_id = new_row.payslip_id;

INSERT INTO core.payslips (payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number)
SELECT payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number
FROM staging.payslips
WHERE file_id = getvariable('file_id');

DELETE FROM staging.payslips WHERE file_id = getvariable('file_id');
