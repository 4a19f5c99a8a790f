-- check: indicator_values_value_consistent
-- severity: FAIL
-- description: value = numerator / denominator (x 100 for percentages, = numerator for counts), NULL when the denominator is 0 or the row is suppressed; suppressed rows keep no numbers and only HR_* rows are suppressed.
WITH expected AS (
    SELECT v.*, i.source_extract,
           CASE WHEN v.suppressed THEN NULL
                WHEN f.value_kind = 'COUNT' THEN v.numerator
                WHEN v.denominator = 0 THEN NULL
                WHEN f.value_kind = 'PERCENT' THEN v.numerator / v.denominator * 100
                ELSE v.numerator / v.denominator
           END AS expected_value
    FROM report.indicator_values AS v
    JOIN report.indicator_formula AS f ON f.indicator_code = v.indicator_code
    JOIN report.indicator AS i ON i.indicator_code = v.indicator_code
)
SELECT indicator_code, period_type, period, org_level, org_code, gender, value, expected_value, 1 AS failing_rows
FROM expected
WHERE (value IS NULL) <> (expected_value IS NULL)
   OR abs(value - expected_value) > 1e-9 * greatest(1, abs(expected_value))
   OR (suppressed AND (numerator IS NOT NULL OR denominator IS NOT NULL))
   OR (suppressed AND source_extract <> 'staffing');
