-- core.period_calendar: every MONTH, YEAR and R12 period whose months all lie in
-- core.month_calendar (the scanned months, or all loaded months), one row per period and
-- month it covers. Which periods exist for an indicator is decided by its data
-- (report.indicator_period); this calendar only says which months make up a period.
--   MONTH '2017-03'  2017-03
--   YEAR  '2017'     2017-01 .. 2017-12
--   R12   '2017-10'  2016-11 .. 2017-10 (the 12 months ending with that month)
CREATE OR REPLACE VIEW core.period_calendar AS
WITH calendar AS MATERIALIZED (
    SELECT month FROM core.month_calendar
),
calendar_range AS (
    SELECT min(month) AS first_month, max(month) AS last_month FROM calendar
),
period AS (
    SELECT 'MONTH' AS period_type, strftime(month, '%Y-%m') AS period,
           month AS period_start, last_day(month) AS period_end
    FROM calendar
    UNION ALL
    SELECT DISTINCT 'YEAR', strftime(month, '%Y'), make_date(year(month), 1, 1), make_date(year(month), 12, 31)
    FROM calendar
    UNION ALL
    SELECT 'R12', strftime(month, '%Y-%m'), CAST(month - INTERVAL 11 MONTH AS DATE), last_day(month)
    FROM calendar
)
SELECT period.period_type, period.period, period.period_start, period.period_end,
       CAST(unnest(generate_series(period.period_start, period.period_end, INTERVAL 1 MONTH)) AS DATE) AS month
FROM period
CROSS JOIN calendar_range
WHERE period.period_start >= calendar_range.first_month
  AND period.period_end <= last_day(calendar_range.last_month);
