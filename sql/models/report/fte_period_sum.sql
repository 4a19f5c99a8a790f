-- report.fte_period_sum: FTE-months(p, S) for the per-FTE indicators: the FTE of the
-- employee-months whose unit's version of that month has process S, summed over every
-- calendar period, for ALL, each area and each unit. Staffing of an unknown unit has no process: it adds nothing.
CREATE OR REPLACE VIEW report.fte_period_sum AS
WITH fte_month AS MATERIALIZED (
    SELECT month, unit_code, business_area, process, sum(fte) AS fte, count(*) AS employee_months
    FROM core.employee_month
    WHERE known_unit
    GROUP BY month, unit_code, business_area, process
),
fte_month_by_org AS (
    SELECT *, 'ALL' AS org_level, 'ALL' AS org_code FROM fte_month
    UNION ALL
    SELECT *, 'AREA', business_area FROM fte_month
    UNION ALL
    SELECT *, 'UNIT', unit_code FROM fte_month
)
SELECT pm.period_type, pm.period, f.org_level, f.org_code, f.process,
       sum(f.fte)             AS fte_months,
       sum(f.employee_months) AS employee_months
FROM core.period_calendar AS pm
JOIN fte_month_by_org AS f ON f.month = pm.month
GROUP BY pm.period_type, pm.period, f.org_level, f.org_code, f.process;
