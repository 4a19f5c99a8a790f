-- report.indicator_population: for disclosure control, the number of distinct employees
-- with staffing rows in each HR period to compute, organisational level, org and group
-- (T, K, M, or an age group). An HR_* value whose population is at most the disclosure
-- limit is suppressed in report.indicator_values_model.
CREATE OR REPLACE VIEW report.indicator_population AS
WITH hr_period AS (
    SELECT DISTINCT p.period_type, p.period, p.period_start, p.period_end
    FROM report.period_to_compute AS p
    JOIN report.indicator AS i ON i.indicator_code = p.indicator_code
    WHERE i.source_extract = 'staffing'
),
hr_period_month AS (
    SELECT period_type, period,
           CAST(unnest(generate_series(period_start, period_end, INTERVAL 1 MONTH)) AS DATE) AS month
    FROM hr_period
),
employee_in_period AS MATERIALIZED (
    -- one row per employee, period and the unit, area, gender and age group they had in it
    SELECT DISTINCT pm.period_type, pm.period, e.employee_pseudonym,
           CASE WHEN e.known_unit THEN e.unit_code END AS unit_code,
           e.business_area, e.gender, e.age_group
    FROM hr_period_month AS pm
    JOIN core.employee_month AS e ON e.month = pm.month
),
employee_in_org AS (
    SELECT period_type, period, employee_pseudonym, gender, age_group,
           'ALL' AS org_level, 'ALL' AS org_code
    FROM employee_in_period
    UNION ALL
    SELECT period_type, period, employee_pseudonym, gender, age_group, 'AREA', business_area
    FROM employee_in_period
    WHERE business_area IS NOT NULL
    UNION ALL
    SELECT period_type, period, employee_pseudonym, gender, age_group, 'UNIT', unit_code
    FROM employee_in_period
    WHERE unit_code IS NOT NULL
),
employee_in_group AS (
    SELECT period_type, period, org_level, org_code, employee_pseudonym, 'T' AS population_group
    FROM employee_in_org
    UNION ALL
    SELECT period_type, period, org_level, org_code, employee_pseudonym, gender
    FROM employee_in_org
    WHERE gender IN ('K', 'M')
    UNION ALL
    SELECT period_type, period, org_level, org_code, employee_pseudonym, age_group
    FROM employee_in_org
    WHERE age_group IS NOT NULL
)
SELECT period_type, period, org_level, org_code, population_group,
       count(DISTINCT employee_pseudonym) AS population
FROM employee_in_group
GROUP BY period_type, period, org_level, org_code, population_group;
