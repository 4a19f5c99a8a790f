-- check: unit_month_one_version
-- severity: FAIL
-- description: core.unit_month resolves each unit and month to exactly one version.
SELECT unit_code, month, count(*) - 1 AS failing_rows
FROM core.unit_month
GROUP BY unit_code, month
HAVING count(*) > 1;
