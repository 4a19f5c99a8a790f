-- check: indicator_values_share_range
-- severity: FAIL
-- description: Every percentage value lies between 0 and 100.
SELECT stored.indicator_code, stored.period_type, stored.period, stored.org_level, stored.org_code, stored.gender, stored.value, 1 AS failing_rows
FROM report.indicator_values AS stored
JOIN report.indicator_formula AS formula ON formula.indicator_code = stored.indicator_code
WHERE formula.value_kind = 'PERCENT'
  AND (stored.value < 0 OR stored.value > 100);
