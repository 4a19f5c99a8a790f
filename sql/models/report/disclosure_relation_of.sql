-- report.disclosure_relation_of(nodes): the additive relations between the cells and terms
-- in the table named by `nodes` (shaped as report.disclosure_node), one row per relation and
-- member; is_total marks the cell the others add up to (docs/indicators.md, "Disclosure
-- control"). Numerators and denominators of the sick-leave figures are sums of hours over
-- employee-months, so each relation holds for every one of them:
--   gender  T = K + M + X, per period and org
--   age     T = the three age groups + NO_BIRTH_YEAR, per period and org
--   org     ALL = its areas + UNKNOWN_UNIT; an AREA = its units, where no unit of the area
--           changed area within the period (always in a MONTH)
--   time    a YEAR or an R12 = its twelve MONTHs
--   same    the R12 ending in December = the YEAR (the same twelve months)
-- Cells without employees are not listed: they are known to be 0 and change no sum.
CREATE OR REPLACE MACRO report.disclosure_relation_of(nodes) AS TABLE
WITH node AS MATERIALIZED (
    SELECT period_type, period, org_level, org_code, population_group, unit_areas
    FROM query_table(nodes)
),
group_pair AS (
    -- T = K + M + X, and T = the age groups + NO_BIRTH_YEAR: same period and org
    SELECT CASE WHEN m.population_group IN ('K', 'M', 'X') THEN 'gender' ELSE 'age' END AS relation,
           t.period_type, t.period, t.org_level, t.org_code, t.population_group AS total_group,
           m.population_group AS member_group
    FROM node AS t
    JOIN node AS m
      ON m.period_type = t.period_type AND m.period = t.period AND m.org_level = t.org_level
     AND m.org_code = t.org_code AND m.population_group <> 'T'
    WHERE t.population_group = 'T'
),
unit_that_changed_area AS (
    SELECT period_type, period, unnest(unit_areas) AS business_area
    FROM node
    WHERE org_level = 'UNIT' AND population_group = 'T' AND len(unit_areas) > 1
),
org_pair AS (
    -- ALL = its areas + the unknown units' term
    SELECT t.period_type, t.period, t.population_group, t.org_level AS total_level, t.org_code AS total_code,
           m.org_level AS member_level, m.org_code AS member_code
    FROM node AS t
    JOIN node AS m
      ON m.period_type = t.period_type AND m.period = t.period AND m.population_group = t.population_group
     AND m.org_level IN ('AREA', 'UNKNOWN_UNIT')
    WHERE t.org_level = 'ALL'
    UNION ALL
    -- an AREA = the units that belonged to it, and to it alone, in the period
    SELECT t.period_type, t.period, t.population_group, t.org_level, t.org_code, m.org_level, m.org_code
    FROM node AS t
    JOIN node AS m
      ON m.period_type = t.period_type AND m.period = t.period AND m.population_group = t.population_group
     AND m.org_level = 'UNIT' AND m.unit_areas = [t.org_code]
    WHERE t.org_level = 'AREA'
      AND NOT EXISTS (SELECT 1 FROM unit_that_changed_area AS c
                      WHERE c.period_type = t.period_type AND c.period = t.period AND c.business_area = t.org_code)
),
time_pair AS (
    -- a YEAR or an R12 = its twelve MONTHs
    SELECT 'time' AS relation, t.period_type, t.period, t.org_level, t.org_code, t.population_group,
           'MONTH' AS member_period_type, m.period AS member_period
    FROM node AS t
    JOIN core.period_calendar AS c ON c.period_type = t.period_type AND c.period = t.period
    JOIN node AS m
      ON m.period_type = 'MONTH' AND m.period = strftime(c.month, '%Y-%m') AND m.org_level = t.org_level
     AND m.org_code = t.org_code AND m.population_group = t.population_group
    WHERE t.period_type IN ('YEAR', 'R12')
    UNION ALL
    -- the R12 ending in December = the YEAR
    SELECT 'same', t.period_type, t.period, t.org_level, t.org_code, t.population_group, 'R12', m.period
    FROM node AS t
    JOIN node AS m
      ON m.period_type = 'R12' AND m.period = t.period || '-12' AND m.org_level = t.org_level
     AND m.org_code = t.org_code AND m.population_group = t.population_group
    WHERE t.period_type = 'YEAR'
),
relation_pair AS (
    -- every relation as (total cell, member cell) pairs
    SELECT relation, period_type AS total_period_type, period AS total_period, org_level AS total_level,
           org_code AS total_code, total_group, period_type AS member_period_type, period AS member_period,
           org_level AS member_level, org_code AS member_code, member_group
    FROM group_pair
    UNION ALL
    SELECT 'org', period_type, period, total_level, total_code, population_group,
           period_type, period, member_level, member_code, population_group
    FROM org_pair
    UNION ALL
    SELECT relation, period_type, period, org_level, org_code, population_group,
           member_period_type, member_period, org_level, org_code, population_group
    FROM time_pair
),
keyed_pair AS (
    SELECT *, concat_ws('|', relation, total_period_type, total_period, total_level, total_code, total_group)
              AS relation_key
    FROM relation_pair
)
SELECT DISTINCT relation, relation_key, total_period_type AS period_type, total_period AS period,
       total_level AS org_level, total_code AS org_code, total_group AS population_group, true AS is_total
FROM keyed_pair
UNION ALL
SELECT relation, relation_key, member_period_type, member_period, member_level, member_code, member_group, false
FROM keyed_pair;
