-- check: indicator_formula_covers_catalogue
-- severity: FAIL
-- description: Every indicator of the catalogue (report.indicator) has a formula in report.indicator_formula, and every formula an indicator.
SELECT coalesce(indicator.indicator_code, formula.indicator_code) AS indicator_code,
       CASE WHEN formula.indicator_code IS NULL THEN 'no formula' ELSE 'not in the catalogue' END AS problem,
       1 AS failing_rows
FROM report.indicator AS indicator
FULL JOIN report.indicator_formula AS formula ON formula.indicator_code = indicator.indicator_code
WHERE indicator.indicator_code IS NULL OR formula.indicator_code IS NULL;
