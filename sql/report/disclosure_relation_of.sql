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
gender_pair AS (
    SELECT 'gender' AS relation, t.period_type, t.period, t.org_level, t.org_code,
           t.population_group AS total_group, m.population_group AS member_group
    FROM node AS t
    JOIN node AS m
      ON m.period_type = t.period_type AND m.period = t.period AND m.org_level = t.org_level
     AND m.org_code = t.org_code AND m.population_group IN ('K', 'M', 'X')
    WHERE t.population_group = 'T'
),
age_pair AS (
    SELECT 'age' AS relation, t.period_type, t.period, t.org_level, t.org_code,
           t.population_group AS total_group, m.population_group AS member_group
    FROM node AS t
    JOIN node AS m
      ON m.period_type = t.period_type AND m.period = t.period AND m.org_level = t.org_level
     AND m.org_code = t.org_code
     AND m.population_group IN ('29_OR_YOUNGER', '30_49', '50_OR_OLDER', 'NO_BIRTH_YEAR')
    WHERE t.population_group = 'T'
),
group_relation_member AS (
    SELECT relation, concat_ws('|', relation, period_type, period, org_level, org_code) AS relation_key,
           period_type, period, org_level, org_code, total_group, member_group
    FROM (SELECT * FROM gender_pair UNION ALL SELECT * FROM age_pair)
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
org_relation_member AS (
    SELECT 'org' AS relation,
           concat_ws('|', 'org', period_type, period, total_level, total_code, population_group) AS relation_key,
           *
    FROM org_pair
),
time_pair AS (
    SELECT t.period_type, t.period, t.org_level, t.org_code, t.population_group, m.period AS member_period
    FROM node AS t
    JOIN core.period_calendar AS c ON c.period_type = t.period_type AND c.period = t.period
    JOIN node AS m
      ON m.period_type = 'MONTH' AND m.period = strftime(c.month, '%Y-%m') AND m.org_level = t.org_level
     AND m.org_code = t.org_code AND m.population_group = t.population_group
    WHERE t.period_type IN ('YEAR', 'R12')
),
same_months_pair AS (
    SELECT t.period_type, t.period, t.org_level, t.org_code, t.population_group, m.period AS member_period
    FROM node AS t
    JOIN node AS m
      ON m.period_type = 'R12' AND m.period = t.period || '-12' AND m.org_level = t.org_level
     AND m.org_code = t.org_code AND m.population_group = t.population_group
    WHERE t.period_type = 'YEAR'
),
time_relation_member AS (
    SELECT 'time' AS relation,
           concat_ws('|', 'time', period_type, period, org_level, org_code, population_group) AS relation_key,
           *, 'MONTH' AS member_period_type
    FROM time_pair
    UNION ALL
    SELECT 'same',
           concat_ws('|', 'same', period_type, period, org_level, org_code, population_group),
           *, 'R12'
    FROM same_months_pair
)
SELECT DISTINCT relation, relation_key, period_type, period, org_level, org_code, total_group AS population_group,
       true AS is_total
FROM group_relation_member
UNION ALL
SELECT relation, relation_key, period_type, period, org_level, org_code, member_group, false
FROM group_relation_member
UNION ALL
SELECT DISTINCT relation, relation_key, period_type, period, total_level, total_code, population_group, true
FROM org_relation_member
UNION ALL
SELECT relation, relation_key, period_type, period, member_level, member_code, population_group, false
FROM org_relation_member
UNION ALL
SELECT DISTINCT relation, relation_key, period_type, period, org_level, org_code, population_group, true
FROM time_relation_member
UNION ALL
SELECT relation, relation_key, member_period_type, member_period, org_level, org_code, population_group, false
FROM time_relation_member;
