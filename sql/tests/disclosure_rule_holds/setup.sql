-- Sets up the audit of disclosure control (disclosure_rule_holds.sql) from what is shown in
-- report.indicator_values, independently of how the pattern was decided:
--   audit_cell      every cell and hidden term of the HR figures (report.disclosure_node);
--                   shown when any sick-leave figure of it is shown (HR_FTE is not health
--                   data), known so far = shown
--   audit_relation  the additive relations between them (report.disclosure_relation_of)
-- repeat_until_unchanged.sql then solves the relations with one unknown cell until nothing changes.
CREATE OR REPLACE TEMPORARY TABLE audit_cell AS
WITH shown_cell AS (
    SELECT DISTINCT v.period_type, v.period, v.org_level, v.org_code,
           coalesce(f.age_group, v.gender) AS population_group
    FROM report.indicator_values AS v
    JOIN report.indicator_formula AS f ON f.indicator_code = v.indicator_code
    JOIN report.indicator AS i ON i.indicator_code = v.indicator_code
    WHERE i.source_extract = 'staffing' AND v.indicator_code <> 'HR_FTE' AND NOT v.suppressed
)
SELECT row_number() OVER (ORDER BY n.period_type, n.period, n.org_level, n.org_code, n.population_group) AS cell_id,
       n.*, s.period IS NOT NULL AS shown, s.period IS NOT NULL AS known
FROM report.disclosure_node AS n
LEFT JOIN shown_cell AS s USING (period_type, period, org_level, org_code, population_group);

CREATE OR REPLACE TEMPORARY TABLE audit_relation AS
SELECT r.relation_key, c.cell_id, r.is_total
FROM report.disclosure_relation_of('audit_cell') AS r
JOIN audit_cell AS c USING (period_type, period, org_level, org_code, population_group);
