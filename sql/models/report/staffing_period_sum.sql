-- report.staffing_period_sum: the staffing and sick-leave sums of every calendar period,
-- for ALL, each area and each unit (report.org_memberships), per population
-- group: T (every employee-month), K and M (X counts in T only), and the age groups
-- 29_OR_YOUNGER, 30_49 and 50_OR_OLDER (employee-months without birth_year in none).
-- employee_months counts the staffing rows, for disclosure control.
CREATE OR REPLACE VIEW report.staffing_period_sum AS
WITH unit_group_month AS MATERIALIZED (
    -- the employee-months summed per month, unit and group attributes first (few rows)
    SELECT month, known_unit, unit_code, business_area, gender, age_group,
           sum(fte) AS fte, sum(scheduled_hours) AS scheduled_hours, sum(sick_hours) AS sick_hours,
           sum(sick_hours_day_1_14) AS sick_hours_day_1_14, sum(sick_hours_long_term) AS sick_hours_long_term,
           count(*) AS employee_months
    FROM core.employee_month
    GROUP BY month, known_unit, unit_code, business_area, gender, age_group
),
unit_group_month_by_org AS MATERIALIZED (
    SELECT *, unnest(report.org_memberships(known_unit, business_area, unit_code), recursive := true)
    FROM unit_group_month
),
unit_group_month_by_group AS (
    SELECT *, 'T' AS population_group FROM unit_group_month_by_org
    UNION ALL
    SELECT *, gender FROM unit_group_month_by_org WHERE gender IN ('K', 'M')
    UNION ALL
    SELECT *, age_group FROM unit_group_month_by_org WHERE age_group IS NOT NULL
),
group_month_sum AS (
    SELECT month, org_level, org_code, population_group,
           sum(fte) AS fte, sum(scheduled_hours) AS scheduled_hours, sum(sick_hours) AS sick_hours,
           sum(sick_hours_day_1_14) AS sick_hours_day_1_14, sum(sick_hours_long_term) AS sick_hours_long_term,
           sum(employee_months) AS employee_months
    FROM unit_group_month_by_group
    GROUP BY month, org_level, org_code, population_group
)
SELECT calendar.period_type, calendar.period, staffing.org_level, staffing.org_code, staffing.population_group,
       sum(staffing.fte)                  AS fte,
       sum(staffing.scheduled_hours)      AS scheduled_hours,
       sum(staffing.sick_hours)           AS sick_hours,
       sum(staffing.sick_hours_day_1_14)  AS sick_hours_day_1_14,
       sum(staffing.sick_hours_long_term) AS sick_hours_long_term,
       sum(staffing.employee_months)      AS employee_months
FROM core.period_calendar AS calendar
JOIN group_month_sum AS staffing ON staffing.month = calendar.month
GROUP BY calendar.period_type, calendar.period, staffing.org_level, staffing.org_code, staffing.population_group;
