-- report.hr_indicator_period_sum: numerator and denominator of the HR indicators (HR_*) per
-- calendar period, org and gender (T, K, M; the age indicators T only, over the
-- employee-months of their age group, report.indicator_formula), with the staffing rows of the
-- group (employee_months) that make the row exist (shaped as report.indicator_period_sum).
-- HR_FTE's denominator is 0 here: report.indicator_values_of divides it by the period's
-- calendar months.
CREATE OR REPLACE VIEW report.hr_indicator_period_sum AS
WITH staffing AS MATERIALIZED (
    SELECT * FROM report.staffing_period_sum
),
gender_value AS (
    SELECT 'HR_FTE' AS indicator_code, period_type, period, org_level, org_code, population_group AS gender,
           fte AS numerator, 0 AS denominator, employee_months
    FROM staffing
    WHERE population_group IN ('T', 'K', 'M')
    UNION ALL
    SELECT 'HR_SICK_LEAVE_PCT', period_type, period, org_level, org_code, population_group,
           sick_hours, scheduled_hours, employee_months
    FROM staffing
    WHERE population_group IN ('T', 'K', 'M')
    UNION ALL
    SELECT 'HR_SICK_LEAVE_DAY1_14_PCT', period_type, period, org_level, org_code, population_group,
           sick_hours_day_1_14, scheduled_hours, employee_months
    FROM staffing
    WHERE population_group IN ('T', 'K', 'M')
    UNION ALL
    SELECT 'HR_LONG_TERM_SICK_SHARE_PCT', period_type, period, org_level, org_code, population_group,
           sick_hours_long_term, sick_hours, employee_months
    FROM staffing
    WHERE population_group IN ('T', 'K', 'M')
),
age_group_value AS (
    SELECT formula.indicator_code, staffing.period_type, staffing.period, staffing.org_level, staffing.org_code,
           'T' AS gender, staffing.sick_hours AS numerator, staffing.scheduled_hours AS denominator,
           staffing.employee_months
    FROM staffing
    JOIN report.indicator_formula AS formula ON formula.age_group = staffing.population_group
),
hr_value AS (
    SELECT * FROM gender_value
    UNION ALL
    SELECT * FROM age_group_value
)
SELECT indicator_code, period_type, period, org_level, org_code, gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator,
       employee_months
FROM hr_value;
