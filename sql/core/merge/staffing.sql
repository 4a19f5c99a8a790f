-- Merges one ingested file into core.staffing. Natural key: (employee_pseudonym, month).
-- Variables: file_id (the file), run_id (the load run). The last delivery wins.
-- Sick-leave days join staffing by month, so the touched months cover them too.

INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT employee_pseudonym, month
    FROM staging.staffing
    WHERE file_id = getvariable('file_id')
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

DELETE FROM core.staffing AS core_row
USING staging.staffing AS new_row
WHERE new_row.file_id = getvariable('file_id')
  AND core_row.employee_pseudonym = new_row.employee_pseudonym
  AND core_row.month = new_row.month;

-- DOUBLE → DECIMAL(18,6): measures are kept to the millionth (of an FTE, of an hour).
INSERT INTO core.staffing
    (employee_pseudonym, month, unit_code, gender, birth_year, employment_rate_pct, fte,
     scheduled_hours, file_id, line_number)
SELECT employee_pseudonym, month, unit_code, gender, birth_year,
       employment_rate_pct::DECIMAL(18,6), fte::DECIMAL(18,6), scheduled_hours::DECIMAL(18,6),
       file_id, line_number
FROM staging.staffing
WHERE file_id = getvariable('file_id');

DELETE FROM staging.staffing WHERE file_id = getvariable('file_id');
