-- check: indicator_values_keys_unique
-- severity: FAIL
-- description: report.indicator_values has one row per indicator, period, level, org and gender.
SELECT indicator_code, period_type, period, org_level, org_code, gender, count(*) - 1 AS failing_rows
FROM report.indicator_values
GROUP BY indicator_code, period_type, period, org_level, org_code, gender
HAVING count(*) > 1;
