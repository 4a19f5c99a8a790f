-- check: unknown_unit
-- severity: WARN
-- description: Event and staffing rows whose unit has no version valid on the first day of their month; they count in ALL only.
-- Counted over all loaded data: rows per unit and day first (cheap on a date column), then per month.
WITH rows_per_unit_day AS (
    SELECT 'invoices' AS extract, unit_code, registered_date AS day, count(*) AS row_count
    FROM core.invoices GROUP BY unit_code, registered_date
    UNION ALL
    SELECT 'payslips', unit_code, pay_date, count(*)
    FROM core.payslips GROUP BY unit_code, pay_date
    UNION ALL
    SELECT 'contacts', unit_code, CAST(received_at AS DATE), count(*)
    FROM core.contacts GROUP BY unit_code, CAST(received_at AS DATE)
    UNION ALL
    SELECT 'staffing', unit_code, month, count(*)
    FROM core.staffing GROUP BY unit_code, month
),
rows_per_unit_month AS (
    SELECT extract, unit_code, CAST(date_trunc('month', day) AS DATE) AS month, sum(row_count) AS row_count
    FROM rows_per_unit_day
    GROUP BY extract, unit_code, CAST(date_trunc('month', day) AS DATE)
)
SELECT r.extract, r.unit_code, r.month, r.row_count AS failing_rows
FROM rows_per_unit_month AS r
WHERE NOT EXISTS (SELECT 1 FROM core.unit_month AS u WHERE u.unit_code = r.unit_code AND u.month = r.month);
