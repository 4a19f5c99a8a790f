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
    SELECT CASE WHEN member.population_group IN ('K', 'M', 'X') THEN 'gender' ELSE 'age' END AS relation,
           total.period_type, total.period, total.org_level, total.org_code, total.population_group AS total_group,
           member.population_group AS member_group
    FROM node AS total
    JOIN node AS member
      ON member.period_type = total.period_type AND member.period = total.period AND member.org_level = total.org_level
     AND member.org_code = total.org_code AND member.population_group <> 'T'
    WHERE total.population_group = 'T'
),
unit_that_changed_area AS (
    SELECT period_type, period, unnest(unit_areas) AS business_area
    FROM node
    WHERE org_level = 'UNIT' AND population_group = 'T' AND len(unit_areas) > 1
),
org_pair AS (
    -- ALL = its areas + the unknown units' term
    SELECT total.period_type, total.period, total.population_group, total.org_level AS total_level, total.org_code AS total_code,
           member.org_level AS member_level, member.org_code AS member_code
    FROM node AS total
    JOIN node AS member
      ON member.period_type = total.period_type AND member.period = total.period AND member.population_group = total.population_group
     AND member.org_level IN ('AREA', 'UNKNOWN_UNIT')
    WHERE total.org_level = 'ALL'
    UNION ALL
    -- an AREA = the units that belonged to it, and to it alone, in the period
    SELECT total.period_type, total.period, total.population_group, total.org_level, total.org_code, member.org_level, member.org_code
    FROM node AS total
    JOIN node AS member
      ON member.period_type = total.period_type AND member.period = total.period AND member.population_group = total.population_group
     AND member.org_level = 'UNIT' AND member.unit_areas = [total.org_code]
    WHERE total.org_level = 'AREA'
      AND NOT EXISTS (SELECT 1 FROM unit_that_changed_area AS changed
                      WHERE changed.period_type = total.period_type AND changed.period = total.period AND changed.business_area = total.org_code)
),
time_pair AS (
    -- a YEAR or an R12 = its twelve MONTHs
    SELECT 'time' AS relation, total.period_type, total.period, total.org_level, total.org_code, total.population_group,
           'MONTH' AS member_period_type, member.period AS member_period
    FROM node AS total
    JOIN core.period_calendar AS calendar ON calendar.period_type = total.period_type AND calendar.period = total.period
    JOIN node AS member
      ON member.period_type = 'MONTH' AND member.period = strftime(calendar.month, '%Y-%m') AND member.org_level = total.org_level
     AND member.org_code = total.org_code AND member.population_group = total.population_group
    WHERE total.period_type IN ('YEAR', 'R12')
    UNION ALL
    -- the R12 ending in December = the YEAR
    SELECT 'same', total.period_type, total.period, total.org_level, total.org_code, total.population_group, 'R12', member.period
    FROM node AS total
    JOIN node AS member
      ON member.period_type = 'R12' AND member.period = total.period || '-12' AND member.org_level = total.org_level
     AND member.org_code = total.org_code AND member.population_group = total.population_group
    WHERE total.period_type = 'YEAR'
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
