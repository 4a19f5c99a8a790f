-- check: indicator_values_periods_complete
-- severity: FAIL
-- description: report.indicator_values holds exactly the periods implied by the data, each with its ALL rows (T, and K and M where the indicator has a gender breakdown); frozen periods (retention) stay as computed.
WITH expected_all_row AS (
    SELECT p.indicator_code, p.period_type, p.period, g.gender
    FROM report.indicator_period AS p
    JOIN report.indicator AS i ON i.indicator_code = p.indicator_code
    JOIN (VALUES ('T'), ('K'), ('M')) AS g(gender) ON g.gender = 'T' OR i.has_gender
    WHERE NOT report.is_frozen(p.indicator_code, p.period_start)
),
stored_all_row AS (
    SELECT indicator_code, period_type, period, gender
    FROM report.indicator_values
    WHERE org_level = 'ALL' AND org_code = 'ALL'
),
stored_period AS (
    SELECT DISTINCT indicator_code, period_type, period FROM report.indicator_values
    WHERE frozen_at IS NULL
)
SELECT e.indicator_code, e.period_type, e.period, e.gender, 'missing ALL row' AS problem, 1 AS failing_rows
FROM expected_all_row AS e
WHERE NOT EXISTS (SELECT 1 FROM stored_all_row AS s
                  WHERE s.indicator_code = e.indicator_code AND s.period_type = e.period_type
                    AND s.period = e.period AND s.gender = e.gender)
UNION ALL
SELECT s.indicator_code, s.period_type, s.period, NULL, 'period not implied by the data', 1
FROM stored_period AS s
WHERE NOT EXISTS (SELECT 1 FROM report.indicator_period AS p
                  WHERE p.indicator_code = s.indicator_code AND p.period_type = s.period_type
                    AND p.period = s.period);
