-- check: indicator_values_periods_complete
-- severity: FAIL
-- description: report.indicator_values holds exactly the periods implied by the data, each with its ALL rows (T, and K and M where the indicator has a gender breakdown); frozen periods (retention) stay as computed.
WITH expected_all_row AS (
    SELECT period.indicator_code, period.period_type, period.period, breakdown.gender
    FROM report.indicator_period AS period
    JOIN report.indicator AS indicator ON indicator.indicator_code = period.indicator_code
    JOIN (VALUES ('T'), ('K'), ('M')) AS breakdown(gender) ON breakdown.gender = 'T' OR indicator.has_gender
    WHERE NOT report.is_frozen(period.indicator_code, period.period_start)
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
SELECT expected.indicator_code, expected.period_type, expected.period, expected.gender,
       'missing ALL row' AS problem, 1 AS failing_rows
FROM expected_all_row AS expected
WHERE NOT EXISTS (SELECT 1 FROM stored_all_row AS stored
                  WHERE stored.indicator_code = expected.indicator_code AND stored.period_type = expected.period_type
                    AND stored.period = expected.period AND stored.gender = expected.gender)
UNION ALL
SELECT stored.indicator_code, stored.period_type, stored.period, NULL, 'period not implied by the data', 1
FROM stored_period AS stored
WHERE NOT EXISTS (SELECT 1 FROM report.indicator_period AS expected
                  WHERE expected.indicator_code = stored.indicator_code AND expected.period_type = stored.period_type
                    AND expected.period = stored.period);
