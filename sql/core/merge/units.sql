-- Merges one ingested file into core.units, a slowly changing dimension.
-- Natural key: (unit_code, valid_from). Variables: file_id, run_id. The last delivery wins.
-- Versions from different deliveries may overlap; the unit's version of a month is resolved
-- where it is used (core.unit_month): the valid one with the latest valid_from.

-- A changed version moves every month it covers (area and process of that month). An open
-- version is bounded by the latest month with data: later months have nothing to recompute.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT unit_code, valid_from, valid_to
    FROM staging.units
    WHERE file_id = getvariable('file_id')
), replaced_rows AS (
    SELECT core_row.unit_code, core_row.valid_from, core_row.valid_to
    FROM core.units AS core_row
    JOIN new_rows USING (unit_code, valid_from)
), touched_versions AS (
    SELECT valid_from, valid_to FROM new_rows
    UNION ALL
    SELECT valid_from, valid_to FROM replaced_rows
), latest_data AS (
    SELECT max(latest) AS latest_date FROM (
        SELECT max(month) AS latest FROM core.staffing
        UNION ALL SELECT max(registered_date) FROM core.invoices
        UNION ALL SELECT max(pay_date) FROM core.payslips
        UNION ALL SELECT max(received_at)::DATE FROM core.contacts
        UNION ALL SELECT max(date) FROM core.sick_leave
    )
)
SELECT getvariable('run_id'),
       date_trunc('month', min(valid_from))::DATE,
       date_trunc('month', greatest(min(valid_from),
           least(max(coalesce(valid_to, DATE '9999-12-31')),
                 coalesce((SELECT latest_date FROM latest_data), min(valid_from)))))::DATE
FROM touched_versions
HAVING count(*) > 0;

DELETE FROM core.units AS core_row
USING staging.units AS new_row
WHERE new_row.file_id = getvariable('file_id')
  AND core_row.unit_code = new_row.unit_code
  AND core_row.valid_from = new_row.valid_from;

INSERT INTO core.units
    (unit_code, valid_from, valid_to, unit_name, business_area, process, file_id, line_number)
SELECT unit_code, valid_from, valid_to, unit_name, business_area, process, file_id, line_number
FROM staging.units
WHERE file_id = getvariable('file_id');

DELETE FROM staging.units WHERE file_id = getvariable('file_id');
