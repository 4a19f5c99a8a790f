-- report.period: the periods that exist for each source extract, implied by its data.
--   MONTH  every month in which the extract has rows
--   YEAR   every calendar year in which it has rows
--   R12    every month with rows that lies at least 11 months after the extract's first
--          month with rows; it covers the 12 months ending with that month
CREATE OR REPLACE VIEW report.period AS
WITH month_with_rows AS MATERIALIZED (
    SELECT extract, month FROM core.extract_month
),
first_month_of_extract AS (
    SELECT extract, min(month) AS first_month
    FROM month_with_rows
    GROUP BY extract
),
month_period AS (
    SELECT extract, 'MONTH' AS period_type, strftime(month, '%Y-%m') AS period,
           month AS period_start, last_day(month) AS period_end
    FROM month_with_rows
),
year_period AS (
    SELECT DISTINCT extract, 'YEAR' AS period_type, strftime(month, '%Y') AS period,
           make_date(year(month), 1, 1) AS period_start, make_date(year(month), 12, 31) AS period_end
    FROM month_with_rows
),
rolling_year_period AS (
    SELECT month_with_rows.extract, 'R12' AS period_type, strftime(month_with_rows.month, '%Y-%m') AS period,
           CAST(month_with_rows.month - INTERVAL 11 MONTH AS DATE) AS period_start,
           last_day(month_with_rows.month) AS period_end
    FROM month_with_rows
    JOIN first_month_of_extract ON first_month_of_extract.extract = month_with_rows.extract
    WHERE month_with_rows.month >= first_month_of_extract.first_month + INTERVAL 11 MONTH
)
SELECT * FROM month_period
UNION ALL
SELECT * FROM year_period
UNION ALL
SELECT * FROM rolling_year_period;
