-- check: indicator_values_value_consistent
-- severity: FAIL
-- description: value = numerator / denominator (x 100 for percentages, = numerator for counts), NULL when the denominator is 0 or the row is suppressed; suppressed rows keep no numbers and only HR_* rows are suppressed.
WITH expected AS (
    SELECT stored.*, indicator.source_extract,
           CASE WHEN stored.suppressed THEN NULL
                WHEN formula.value_kind = 'COUNT' THEN stored.numerator
                WHEN stored.denominator = 0 THEN NULL
                WHEN formula.value_kind = 'PERCENT' THEN stored.numerator / stored.denominator * 100
                ELSE stored.numerator / stored.denominator
           END AS expected_value
    FROM report.indicator_values AS stored
    JOIN report.indicator_formula AS formula ON formula.indicator_code = stored.indicator_code
    JOIN report.indicator AS indicator ON indicator.indicator_code = stored.indicator_code
)
SELECT indicator_code, period_type, period, org_level, org_code, gender, value, expected_value, 1 AS failing_rows
FROM expected
WHERE (value IS NULL) <> (expected_value IS NULL)
   OR abs(value - expected_value) > 1e-9 * greatest(1, abs(expected_value))
   OR (suppressed AND (numerator IS NOT NULL OR denominator IS NOT NULL))
   OR (suppressed AND source_extract <> 'staffing');
