-- check: indicator_table_keys_unique
-- severity: FAIL
-- description: report.indicator_table has one row per indicator and year.
SELECT indicator_code, year, count(*) - 1 AS failing_rows
FROM report.indicator_table
GROUP BY indicator_code, year
HAVING count(*) > 1;
