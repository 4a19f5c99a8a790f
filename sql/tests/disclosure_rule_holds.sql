-- check: disclosure_rule_holds
-- severity: FAIL
-- description: HR figures that give a group of at most the disclosure limit away: a shown cell of 1..limit employees, a withheld cell or hidden term (gender X, no birth year, unknown units) of 1..limit employees that can be worked out from the shown cells by adding and subtracting, or a sum with a known total whose unknown parts cover 1..limit employees together (docs/indicators.md, Disclosure control)
WITH disclosure_limit AS (
    SELECT coalesce(CAST(getvariable('disclosure_limit') AS INTEGER), 10) AS max_suppressed_population
),
small_cell_given_away AS (
    SELECT cell.cell_id
    FROM audit_cell AS cell, disclosure_limit
    WHERE cell.population <= disclosure_limit.max_suppressed_population AND cell.known
),
unknown_member AS (
    SELECT relation.relation_key, cell.population, cell.employees
    FROM audit_relation AS relation
    JOIN audit_cell AS cell ON cell.cell_id = relation.cell_id
    WHERE NOT relation.is_total AND NOT cell.known
),
relation_with_known_total AS (
    SELECT relation.relation_key
    FROM audit_relation AS relation
    JOIN audit_cell AS cell ON cell.cell_id = relation.cell_id
    WHERE relation.is_total AND cell.known
),
sum_of_few AS (
    SELECT unknown_member.relation_key
    FROM unknown_member
    JOIN relation_with_known_total USING (relation_key)
    CROSS JOIN disclosure_limit
    GROUP BY unknown_member.relation_key, disclosure_limit.max_suppressed_population
    HAVING max(unknown_member.population) <= disclosure_limit.max_suppressed_population
       AND len(list_distinct(flatten(list(unknown_member.employees)))) <= disclosure_limit.max_suppressed_population
)
SELECT 'cell' AS kind, cell_id::VARCHAR AS what, 1 AS failing_rows FROM small_cell_given_away
UNION ALL
SELECT 'sum', relation_key, 1 FROM sum_of_few;
