-- check: unknown_unit
-- severity: WARN
-- description: Event and staffing rows whose unit has no version valid on the first day of their month; they count in ALL only.
-- Counted over all loaded data (month = the date less its day number + 1, cheaper than date_trunc).
WITH rows_per_unit_month AS (
    SELECT 'invoices' AS extract, unit_code, registered_date - CAST(day(registered_date) - 1 AS INTEGER) AS month,
           count(*) AS row_count
    FROM core.invoices GROUP BY ALL
    UNION ALL
    SELECT 'payslips', unit_code, pay_date - CAST(day(pay_date) - 1 AS INTEGER), count(*)
    FROM core.payslips GROUP BY ALL
    UNION ALL
    SELECT 'contacts', unit_code, CAST(received_at AS DATE) - CAST(day(received_at) - 1 AS INTEGER), count(*)
    FROM core.contacts GROUP BY ALL
    UNION ALL
    SELECT 'staffing', unit_code, month, count(*)
    FROM core.staffing GROUP BY ALL
)
SELECT rows_per_unit_month.extract, rows_per_unit_month.unit_code, rows_per_unit_month.month, rows_per_unit_month.row_count AS failing_rows
FROM rows_per_unit_month
WHERE NOT EXISTS (SELECT 1 FROM core.unit_month AS unit WHERE unit.unit_code = rows_per_unit_month.unit_code AND unit.month = rows_per_unit_month.month);
