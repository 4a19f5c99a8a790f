-- core.month_calendar: every month the indicator models may look at, one row per month.
--
-- During a recomputation the months to read are set as DuckDB variables (scan_from =
-- first day of the first month, scan_until = last day of the last month); without them
-- (an analyst's session) the calendar spans the calendar years of all loaded data.
CREATE OR REPLACE VIEW core.month_calendar AS
WITH month_range_of_each_extract AS (
    SELECT min(month) AS first_day, max(month) AS last_day FROM core.staffing
    UNION ALL
    SELECT min(registered_date), max(registered_date) FROM core.invoices
    UNION ALL
    SELECT min(pay_date), max(pay_date) FROM core.payslips
    UNION ALL
    SELECT CAST(min(received_at) AS DATE), CAST(max(received_at) AS DATE) FROM core.contacts
    UNION ALL
    SELECT min(date), max(date) FROM core.sick_leave
),
scanned_range AS (
    SELECT CAST(getvariable('scan_from') AS DATE) AS first_day, CAST(getvariable('scan_until') AS DATE) AS last_day
    WHERE getvariable('scan_from') IS NOT NULL
),
loaded_range AS (
    -- read only when no scan range is set: the whole calendar years with loaded data, so that
    -- every YEAR period is complete (an R12 period never starts before the first loaded month)
    SELECT CAST(date_trunc('year', min(first_day)) AS DATE) AS first_day,
           make_date(year(max(last_day)), 12, 31) AS last_day
    FROM month_range_of_each_extract
    WHERE getvariable('scan_from') IS NULL
),
month_range AS (
    SELECT CAST(date_trunc('month', first_day) AS DATE) AS first_month,
           CAST(date_trunc('month', last_day) AS DATE) AS last_month
    FROM (SELECT * FROM scanned_range UNION ALL SELECT * FROM loaded_range)
    WHERE first_day IS NOT NULL AND last_day IS NOT NULL
)
SELECT CAST(unnest(generate_series(first_month, last_month, INTERVAL 1 MONTH)) AS DATE) AS month
FROM month_range;
