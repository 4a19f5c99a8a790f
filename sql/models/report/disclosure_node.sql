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
    SELECT period.period_type, period.period, calendar.month
    FROM report.period AS period
    JOIN core.period_calendar AS calendar
      ON calendar.period_type = period.period_type AND calendar.period = period.period
    WHERE period.extract = 'staffing'
      AND NOT report.needs_erased_month(period.period_start)
),
staffing AS MATERIALIZED (
    SELECT employee_pseudonym, month, known_unit, unit_code, business_area, gender,
           coalesce(age_group, 'NO_BIRTH_YEAR') AS age_group
    FROM core.staffing_month
),
staffing_in_org AS (
    -- every staffing row counts in its orgs (ALL, and its area and unit when the unit is known),
    -- and a row of an unknown unit also in the unknown units' term
    SELECT *, unnest(report.org_memberships(known_unit, business_area, unit_code), recursive := true)
    FROM staffing
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
    SELECT DISTINCT period.period_type, period.period, staffing.org_level, staffing.org_code,
           staffing.population_group, staffing.employee_pseudonym
    FROM staffing_in_group AS staffing
    JOIN hr_period_month AS period ON period.month = staffing.month
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
    SELECT employee.period_type, employee.period, employee.org_level, employee.org_code, employee.population_group,
           list(employee.employee_pseudonym ORDER BY employee.employee_pseudonym) AS employees
    FROM employee_in_node AS employee
    JOIN node_population AS node USING (period_type, period, org_level, org_code, population_group)
    CROSS JOIN disclosure_limit
    WHERE node.population <= disclosure_limit.max_suppressed_population
    GROUP BY ALL
),
unit_areas_in_period AS (
    SELECT period.period_type, period.period, staffing.unit_code AS org_code,
           list(DISTINCT staffing.business_area ORDER BY staffing.business_area) AS unit_areas
    FROM staffing
    JOIN hr_period_month AS period ON period.month = staffing.month
    WHERE staffing.known_unit
    GROUP BY ALL
)
SELECT node.period_type, node.period, node.org_level, node.org_code, node.population_group, node.population,
       small_node.employees,
       CASE WHEN node.org_level = 'UNIT' THEN unit.unit_areas END AS unit_areas,
       node.org_level <> 'UNKNOWN_UNIT' AND node.population_group NOT IN ('X', 'NO_BIRTH_YEAR') AS publishable
FROM node_population AS node
LEFT JOIN small_node_employees AS small_node USING (period_type, period, org_level, org_code, population_group)
LEFT JOIN unit_areas_in_period AS unit
  ON node.org_level = 'UNIT' AND unit.period_type = node.period_type AND unit.period = node.period
 AND unit.org_code = node.org_code;
