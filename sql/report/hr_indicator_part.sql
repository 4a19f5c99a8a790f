-- report.hr_indicator_part: what the employee-months of each unit, month and group add to
-- the HR_* indicators. Every employee-month counts in gender T, and K or M in its own
-- gender (X in T only); the age indicators count only their age group (gender T), and
-- employee-months without birth_year are left out of them. Every group with staffing
-- rows contributes, even with zero hours.
CREATE OR REPLACE VIEW report.hr_indicator_part AS
WITH employee_month AS (
    SELECT month,
           CASE WHEN known_unit THEN unit_code END AS unit_code,
           business_area, gender, age_group,
           fte, scheduled_hours, sick_hours, sick_hours_day_1_14, sick_hours_long_term
    FROM core.employee_month
),
employee_month_in_gender_group AS (
    SELECT e.*, g.gender_group
    FROM employee_month AS e
    JOIN (VALUES ('T'), ('K'), ('M')) AS g(gender_group)
      ON g.gender_group = 'T' OR g.gender_group = e.gender
),
gender_group_sum AS (
    SELECT month, unit_code, business_area, gender_group AS gender,
           sum(fte) AS fte, sum(scheduled_hours) AS scheduled_hours, sum(sick_hours) AS sick_hours,
           sum(sick_hours_day_1_14) AS sick_hours_day_1_14, sum(sick_hours_long_term) AS sick_hours_long_term
    FROM employee_month_in_gender_group
    GROUP BY month, unit_code, business_area, gender_group
),
age_group_sum AS (
    SELECT month, unit_code, business_area, age_group,
           sum(scheduled_hours) AS scheduled_hours, sum(sick_hours) AS sick_hours
    FROM employee_month
    WHERE age_group IS NOT NULL
    GROUP BY month, unit_code, business_area, age_group
),
indicator_part AS (
    SELECT 'HR_FTE' AS indicator_code, month, unit_code, business_area, gender,
           fte AS numerator, 0 AS denominator   -- the calendar months are the period's
    FROM gender_group_sum
    UNION ALL
    SELECT 'HR_SICK_LEAVE_PCT', month, unit_code, business_area, gender,
           sick_hours, scheduled_hours
    FROM gender_group_sum
    UNION ALL
    SELECT 'HR_SICK_LEAVE_DAY1_14_PCT', month, unit_code, business_area, gender,
           sick_hours_day_1_14, scheduled_hours
    FROM gender_group_sum
    UNION ALL
    SELECT 'HR_LONG_TERM_SICK_SHARE_PCT', month, unit_code, business_area, gender,
           sick_hours_long_term, sick_hours
    FROM gender_group_sum
    UNION ALL
    SELECT f.indicator_code, a.month, a.unit_code, a.business_area, 'T',
           a.sick_hours, a.scheduled_hours
    FROM age_group_sum AS a
    JOIN report.indicator_formula AS f ON f.age_group = a.age_group
)
SELECT indicator_code, month, unit_code, business_area, gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator
FROM indicator_part;
