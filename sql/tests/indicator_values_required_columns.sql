-- check: indicator_values_required_columns
-- severity: FAIL
-- description: No NULL in the key columns and suppressed of report.indicator_values; shown rows have a numerator, and a denominator unless they are counts.
SELECT v.indicator_code, v.period_type, v.period, v.org_level, v.org_code, v.gender, 1 AS failing_rows
FROM report.indicator_values AS v
LEFT JOIN report.indicator_formula AS f ON f.indicator_code = v.indicator_code
WHERE v.indicator_code IS NULL OR v.period_type IS NULL OR v.period IS NULL
   OR v.period_start IS NULL OR v.period_end IS NULL OR v.org_level IS NULL
   OR v.org_code IS NULL OR v.gender IS NULL OR v.suppressed IS NULL
   OR f.indicator_code IS NULL
   OR (NOT v.suppressed AND v.numerator IS NULL)
   OR (NOT v.suppressed AND f.value_kind <> 'COUNT' AND v.denominator IS NULL)
   OR (f.value_kind = 'COUNT' AND v.denominator IS NOT NULL)
   OR v.period_type NOT IN ('MONTH', 'YEAR', 'R12')
   OR v.org_level NOT IN ('ALL', 'AREA', 'UNIT')
   OR v.gender NOT IN ('T', 'K', 'M');
