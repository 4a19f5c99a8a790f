-- check: indicator_values_required_columns
-- severity: FAIL
-- description: No NULL in the key columns and suppressed of report.indicator_values; shown rows have a numerator, and a denominator unless they are counts.
SELECT stored.indicator_code, stored.period_type, stored.period, stored.org_level, stored.org_code, stored.gender, 1 AS failing_rows
FROM report.indicator_values AS stored
LEFT JOIN report.indicator_formula AS formula ON formula.indicator_code = stored.indicator_code
WHERE stored.indicator_code IS NULL OR stored.period_type IS NULL OR stored.period IS NULL
   OR stored.period_start IS NULL OR stored.period_end IS NULL OR stored.org_level IS NULL
   OR stored.org_code IS NULL OR stored.gender IS NULL OR stored.suppressed IS NULL
   OR formula.indicator_code IS NULL
   OR (NOT stored.suppressed AND stored.numerator IS NULL)
   OR (NOT stored.suppressed AND formula.value_kind <> 'COUNT' AND stored.denominator IS NULL)
   OR (formula.value_kind = 'COUNT' AND stored.denominator IS NOT NULL)
   OR stored.period_type NOT IN ('MONTH', 'YEAR', 'R12')
   OR stored.org_level NOT IN ('ALL', 'AREA', 'UNIT')
   OR stored.gender NOT IN ('T', 'K', 'M');
