-- report.indicator_values_of(periods, period_sums): the rows of report.indicator_values
-- (docs/indicators.md) for the periods listed in the table named by `periods` (indicator_code,
-- period_type, period, period_start, period_end), from the sums in the table named by
-- `period_sums` (shaped as report.indicator_period_sum):
--   * an ALL row for every period (gender T, and K/M where the indicator has a gender
--     breakdown), whatever the data;
--   * an AREA/UNIT/gender/age-group row for every group that contributes rows in the
--     period;
--   * sums stay DECIMAL until here; value = numerator / denominator (× 100 for %), NULL
--     when the denominator is 0; counts keep the denominator NULL; HR_FTE divides by the
--     calendar months of the period (1 or 12);
--   * disclosure control: an HR_* row whose population (distinct employees with staffing
--     rows in the period, org and gender or age group) is at most the limit (DuckDB
--     variable disclosure_limit, default 10) is suppressed: value, numerator and
--     denominator NULL.
-- It is a table macro rather than a view so that a recomputation can feed it the sums it
-- has staged for the periods it writes (DuckDB binds a view over the whole model chain
-- slowly); report.indicator_values_model is the view over all periods.
CREATE OR REPLACE MACRO report.indicator_values_of(periods, period_sums) AS TABLE
WITH period_to_compute AS MATERIALIZED (
    SELECT p.indicator_code, p.period_type, p.period, p.period_start, p.period_end,
           f.value_kind, f.age_group, i.has_gender,
           i.source_extract = 'staffing' AS is_hr_indicator,
           CASE p.period_type WHEN 'MONTH' THEN 1 ELSE 12 END AS calendar_months
    FROM query_table(periods) AS p
    JOIN report.indicator AS i ON i.indicator_code = p.indicator_code
    JOIN report.indicator_formula AS f ON f.indicator_code = p.indicator_code
),
period_sum AS MATERIALIZED (
    SELECT * FROM query_table(period_sums)
),
all_row AS (
    -- the whole administration always has its rows
    SELECT p.indicator_code, p.period_type, p.period, 'ALL' AS org_level, 'ALL' AS org_code, g.gender
    FROM period_to_compute AS p
    JOIN (VALUES ('T'), ('K'), ('M')) AS g(gender) ON g.gender = 'T' OR p.has_gender
),
existing_row AS (
    -- every contributing group, and the ALL rows without any contribution (all zero)
    SELECT indicator_code, period_type, period, org_level, org_code, gender,
           numerator, denominator, employee_months
    FROM period_sum
    UNION ALL
    SELECT a.*, 0, 0, 0
    FROM all_row AS a
    LEFT JOIN period_sum AS s
      ON s.org_level = 'ALL' AND s.indicator_code = a.indicator_code
     AND s.period_type = a.period_type AND s.period = a.period AND s.gender = a.gender
    WHERE s.indicator_code IS NULL
),
row_with_sums AS (
    SELECT r.*, p.period_start, p.period_end, p.value_kind, p.is_hr_indicator, p.calendar_months,
           coalesce(p.age_group, r.gender) AS population_group
    FROM existing_row AS r
    JOIN period_to_compute AS p
      ON p.indicator_code = r.indicator_code AND p.period_type = r.period_type AND p.period = r.period
),
disclosure_limit AS (
    SELECT coalesce(CAST(getvariable('disclosure_limit') AS INTEGER), 10) AS max_suppressed_population
),
population_to_count AS MATERIALIZED (
    -- Each employee has one staffing row a month, so a group's population lies between
    -- employee_months / calendar_months and employee_months. Only where that range
    -- straddles the limit are the distinct employees counted (a YEAR or R12 group of a
    -- few employees).
    SELECT DISTINCT r.period_type, r.period, r.period_start, r.period_end,
           r.org_level, r.org_code, r.population_group
    FROM row_with_sums AS r, disclosure_limit AS l
    WHERE r.is_hr_indicator
      AND r.employee_months > l.max_suppressed_population
      AND r.employee_months <= r.calendar_months * l.max_suppressed_population
),
population_month AS MATERIALIZED (
    SELECT DISTINCT period_type, period, org_level, org_code, population_group,
           CAST(unnest(generate_series(period_start, period_end, INTERVAL 1 MONTH)) AS DATE) AS month
    FROM population_to_count
),
employee_month_to_count AS MATERIALIZED (
    SELECT e.employee_pseudonym, e.month, e.known_unit, e.unit_code, e.business_area, e.gender, e.age_group
    FROM core.employee_month AS e
    JOIN (SELECT DISTINCT month FROM population_month) AS m ON m.month = e.month
),
employee_in_org AS (
    -- every employee-month counts in ALL, and in its area and unit when the unit is known
    SELECT *, 'ALL' AS org_level, 'ALL' AS org_code FROM employee_month_to_count
    UNION ALL
    SELECT *, 'AREA', business_area FROM employee_month_to_count WHERE known_unit
    UNION ALL
    SELECT *, 'UNIT', unit_code FROM employee_month_to_count WHERE known_unit
),
employee_in_group AS (
    -- and in T, its gender (K or M; X counts in T only) and its age group
    SELECT employee_pseudonym, month, org_level, org_code, 'T' AS population_group FROM employee_in_org
    UNION ALL
    SELECT employee_pseudonym, month, org_level, org_code, gender FROM employee_in_org WHERE gender IN ('K', 'M')
    UNION ALL
    SELECT employee_pseudonym, month, org_level, org_code, age_group FROM employee_in_org WHERE age_group IS NOT NULL
),
employee_in_counted_group AS (
    SELECT DISTINCT pm.period_type, pm.period, pm.org_level, pm.org_code, pm.population_group,
           e.employee_pseudonym
    FROM population_month AS pm
    JOIN employee_in_group AS e
      ON e.month = pm.month AND e.org_level = pm.org_level AND e.org_code = pm.org_code
     AND e.population_group = pm.population_group
),
counted_population AS (
    SELECT period_type, period, org_level, org_code, population_group, count(*) AS population
    FROM employee_in_counted_group
    GROUP BY period_type, period, org_level, org_code, population_group
),
row_with_disclosure AS (
    SELECT r.*,
           r.is_hr_indicator AND (
               r.employee_months <= l.max_suppressed_population
               OR (r.employee_months <= r.calendar_months * l.max_suppressed_population
                   AND coalesce(c.population, 0) <= l.max_suppressed_population)) AS suppressed
    FROM row_with_sums AS r
    CROSS JOIN disclosure_limit AS l
    LEFT JOIN counted_population AS c
      ON c.period_type = r.period_type AND c.period = r.period AND c.org_level = r.org_level
     AND c.org_code = r.org_code AND c.population_group = r.population_group
),
row_as_double AS (
    SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
           value_kind, suppressed,
           CAST(numerator AS DOUBLE) AS numerator,
           CASE value_kind
                WHEN 'COUNT' THEN NULL
                WHEN 'MONTHLY_AVERAGE' THEN CAST(calendar_months AS DOUBLE)
                ELSE CAST(denominator AS DOUBLE)
           END AS denominator
    FROM row_with_disclosure
)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       CASE WHEN suppressed THEN NULL
            WHEN value_kind = 'COUNT' THEN numerator
            WHEN denominator = 0 THEN NULL
            WHEN value_kind = 'PERCENT' THEN numerator / denominator * 100
            ELSE numerator / denominator
       END AS value,
       CASE WHEN suppressed THEN NULL ELSE numerator END AS numerator,
       CASE WHEN suppressed THEN NULL ELSE denominator END AS denominator,
       suppressed
FROM row_as_double;
