-- check: period_calendar_months
-- severity: FAIL
-- description: Every calendar period covers its months exactly: 1 for MONTH, 12 consecutive for YEAR and R12, from period_start to period_end.
SELECT period_type, period, count(*) AS months, 1 AS failing_rows
FROM core.period_calendar
GROUP BY period_type, period, period_start, period_end
HAVING count(*) <> CASE period_type WHEN 'MONTH' THEN 1 ELSE 12 END
    OR count(DISTINCT month) <> count(*)
    OR min(month) <> period_start
    OR max(month) <> CAST(date_trunc('month', period_end) AS DATE);
