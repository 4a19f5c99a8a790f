-- report.disclosure_node: every cell and hidden term of the HR figures that covers at least
-- one employee, for every HR period that exists and is not frozen (report.is_frozen: its rows
-- keep the pattern they were given) (docs/indicators.md, "Disclosure control").
-- Loader-only: it names employees.
--   org_level         ALL, AREA, UNIT, or UNKNOWN_UNIT (the rows of units unknown to units:
--                     a term of ALL, never a row of its own)
--   population_group  T; K, M and X (X: a term of T, never a row); the age groups
--                     29_OR_YOUNGER, 30_49, 50_OR_OLDER and NO_BIRTH_YEAR (a term of T)
--   population        distinct employees with staffing rows in the cell
--   employees         their pseudonyms, for cells of at most disclosure_limit employees
--                     (NULL above: such a cell alone already covers more than the limit)
--   unit_areas        for a UNIT cell, the areas the unit belonged to in the period (more
--                     than one: the unit changed area, and no area relation holds for it)
--   publishable       whether the cell is a row of report.indicator_values
-- A cell without employees (population 0) has no row here: its value is known to be 0.
CREATE OR REPLACE VIEW report.disclosure_node AS
WITH hr_period_month AS MATERIALIZED (
    SELECT p.period_type, p.period, c.month
    FROM report.period AS p
    JOIN core.period_calendar AS c ON c.period_type = p.period_type AND c.period = p.period
    WHERE p.extract = 'staffing'
      AND NOT report.needs_erased_month(p.period_start)
),
staffing AS MATERIALIZED (
    SELECT employee_pseudonym, month, known_unit, unit_code, business_area, gender,
           coalesce(age_group, 'NO_BIRTH_YEAR') AS age_group
    FROM core.staffing_month
),
staffing_in_org AS (
    -- every staffing row counts in ALL, and in its area and unit, or in the unknown units' term
    SELECT *, 'ALL' AS org_level, 'ALL' AS org_code FROM staffing
    UNION ALL
    SELECT *, 'AREA', business_area FROM staffing WHERE known_unit
    UNION ALL
    SELECT *, 'UNIT', unit_code FROM staffing WHERE known_unit
    UNION ALL
    SELECT *, 'UNKNOWN_UNIT', 'UNKNOWN_UNIT' FROM staffing WHERE NOT known_unit
),
staffing_in_group AS (
    -- and in T, its gender (K, M or X) and its age group (or NO_BIRTH_YEAR)
    SELECT employee_pseudonym, month, org_level, org_code, 'T' AS population_group FROM staffing_in_org
    UNION ALL
    SELECT employee_pseudonym, month, org_level, org_code, gender FROM staffing_in_org
    UNION ALL
    SELECT employee_pseudonym, month, org_level, org_code, age_group FROM staffing_in_org
),
employee_in_node AS MATERIALIZED (
    SELECT DISTINCT p.period_type, p.period, s.org_level, s.org_code, s.population_group, s.employee_pseudonym
    FROM staffing_in_group AS s
    JOIN hr_period_month AS p ON p.month = s.month
),
node_population AS MATERIALIZED (
    SELECT period_type, period, org_level, org_code, population_group, count(*) AS population
    FROM employee_in_node
    GROUP BY ALL
),
disclosure_limit AS (
    SELECT coalesce(CAST(getvariable('disclosure_limit') AS INTEGER), 10) AS max_suppressed_population
),
small_node_employees AS (
    SELECT e.period_type, e.period, e.org_level, e.org_code, e.population_group,
           list(e.employee_pseudonym ORDER BY e.employee_pseudonym) AS employees
    FROM employee_in_node AS e
    JOIN node_population AS n USING (period_type, period, org_level, org_code, population_group)
    CROSS JOIN disclosure_limit AS l
    WHERE n.population <= l.max_suppressed_population
    GROUP BY ALL
),
unit_areas_in_period AS (
    SELECT p.period_type, p.period, s.unit_code AS org_code,
           list(DISTINCT s.business_area ORDER BY s.business_area) AS unit_areas
    FROM staffing AS s
    JOIN hr_period_month AS p ON p.month = s.month
    WHERE s.known_unit
    GROUP BY ALL
)
SELECT n.period_type, n.period, n.org_level, n.org_code, n.population_group, n.population,
       e.employees,
       CASE WHEN n.org_level = 'UNIT' THEN u.unit_areas END AS unit_areas,
       n.org_level <> 'UNKNOWN_UNIT' AND n.population_group NOT IN ('X', 'NO_BIRTH_YEAR') AS publishable
FROM node_population AS n
LEFT JOIN small_node_employees AS e USING (period_type, period, org_level, org_code, population_group)
LEFT JOIN unit_areas_in_period AS u
  ON n.org_level = 'UNIT' AND u.period_type = n.period_type AND u.period = n.period AND u.org_code = n.org_code;
