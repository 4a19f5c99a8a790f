-- core.month_calendar: every month the indicator models may look at, one row per month.
--
-- During a recomputation the window of months to read is set as DuckDB variables
-- (scan_from = first day of the first month, scan_until = last day of the last month);
-- without them (an analyst's session) the calendar spans all loaded data.
CREATE OR REPLACE VIEW core.month_calendar AS
WITH month_range_of_each_extract AS (
    SELECT min(month) AS first_month, max(month) AS last_month FROM core.staffing
    UNION ALL
    SELECT min(registered_date), max(registered_date) FROM core.invoices
    UNION ALL
    SELECT min(pay_date), max(pay_date) FROM core.payslips
    UNION ALL
    SELECT CAST(min(received_at) AS DATE), CAST(max(received_at) AS DATE) FROM core.contacts
    UNION ALL
    SELECT min(date), max(date) FROM core.sick_leave
),
loaded_range AS (
    SELECT CAST(date_trunc('month', min(first_month)) AS DATE) AS first_month,
           CAST(date_trunc('month', max(last_month)) AS DATE) AS last_month
    FROM month_range_of_each_extract
),
scanned_range AS (
    SELECT coalesce(CAST(date_trunc('month', CAST(getvariable('scan_from') AS DATE)) AS DATE), first_month) AS first_month,
           coalesce(CAST(date_trunc('month', CAST(getvariable('scan_until') AS DATE)) AS DATE), last_month) AS last_month
    FROM loaded_range
)
SELECT CAST(unnest(generate_series(first_month, last_month, INTERVAL 1 MONTH)) AS DATE) AS month
FROM scanned_range
WHERE first_month IS NOT NULL AND last_month IS NOT NULL;
