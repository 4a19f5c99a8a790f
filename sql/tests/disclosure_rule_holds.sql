-- check: disclosure_rule_holds
-- severity: FAIL
-- description: HR figures that give a group of at most the disclosure limit away: a shown cell of 1..limit employees, a withheld cell or hidden term (gender X, no birth year, unknown units) of 1..limit employees that can be worked out from the shown cells by adding and subtracting, or a sum with a known total whose unknown parts cover 1..limit employees together (docs/indicators.md, Disclosure control)
WITH disclosure_limit AS (
    SELECT coalesce(CAST(getvariable('disclosure_limit') AS INTEGER), 10) AS max_suppressed_population
),
small_cell_given_away AS (
    SELECT c.cell_id
    FROM audit_cell AS c, disclosure_limit AS l
    WHERE c.population <= l.max_suppressed_population AND c.known
),
unknown_member AS (
    SELECT r.relation_key, c.population, c.employees
    FROM audit_relation AS r
    JOIN audit_cell AS c ON c.cell_id = r.cell_id
    WHERE NOT r.is_total AND NOT c.known
),
relation_with_known_total AS (
    SELECT r.relation_key
    FROM audit_relation AS r
    JOIN audit_cell AS c ON c.cell_id = r.cell_id
    WHERE r.is_total AND c.known
),
sum_of_few AS (
    SELECT u.relation_key
    FROM unknown_member AS u
    JOIN relation_with_known_total USING (relation_key)
    CROSS JOIN disclosure_limit AS l
    GROUP BY u.relation_key, l.max_suppressed_population
    HAVING max(u.population) <= l.max_suppressed_population
       AND len(list_distinct(flatten(list(u.employees)))) <= l.max_suppressed_population
)
SELECT 'cell' AS kind, cell_id::VARCHAR AS what, 1 AS failing_rows FROM small_cell_given_away
UNION ALL
SELECT 'sum', relation_key, 1 FROM sum_of_few;
