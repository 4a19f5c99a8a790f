-- report.fte_period_sum: FTE-months(p, S) for the per-FTE indicators: the FTE of the
-- employee-months whose unit's version of that month has process S, summed over every
-- calendar period, for ALL, each area and each unit (report.org_memberships). Staffing of an
-- unknown unit has no process: it adds nothing.
CREATE OR REPLACE VIEW report.fte_period_sum AS
WITH fte_month AS (
    SELECT month, unit_code, business_area, process, known_unit,
           sum(fte) AS fte, count(*) AS employee_months
    FROM core.employee_month
    WHERE known_unit
    GROUP BY month, unit_code, business_area, process, known_unit
),
fte_month_by_org AS (
    SELECT *, unnest(report.org_memberships(known_unit, business_area, unit_code), recursive := true)
    FROM fte_month
)
SELECT calendar.period_type, calendar.period, fte.org_level, fte.org_code, fte.process,
       sum(fte.fte)             AS fte_months,
       sum(fte.employee_months) AS employee_months
FROM core.period_calendar AS calendar
JOIN fte_month_by_org AS fte ON fte.month = calendar.month
GROUP BY calendar.period_type, calendar.period, fte.org_level, fte.org_code, fte.process;
