-- check: indicator_formula_covers_catalogue
-- severity: FAIL
-- description: Every indicator of the catalogue (report.indicator) has a formula in report.indicator_formula, and every formula an indicator.
SELECT coalesce(i.indicator_code, f.indicator_code) AS indicator_code,
       CASE WHEN f.indicator_code IS NULL THEN 'no formula' ELSE 'not in the catalogue' END AS problem,
       1 AS failing_rows
FROM report.indicator AS i
FULL JOIN report.indicator_formula AS f ON f.indicator_code = i.indicator_code
WHERE i.indicator_code IS NULL OR f.indicator_code IS NULL;
