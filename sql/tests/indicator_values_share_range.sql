-- check: indicator_values_share_range
-- severity: FAIL
-- description: Every percentage value lies between 0 and 100.
SELECT v.indicator_code, v.period_type, v.period, v.org_level, v.org_code, v.gender, v.value, 1 AS failing_rows
FROM report.indicator_values AS v
JOIN report.indicator_formula AS f ON f.indicator_code = v.indicator_code
WHERE f.value_kind = 'PERCENT'
  AND (v.value < 0 OR v.value > 100);
