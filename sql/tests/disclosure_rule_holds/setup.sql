-- Sets up the audit of disclosure control (disclosure_rule_holds.sql) from what is shown in
-- report.indicator_values, independently of how the pattern was decided:
--   audit_cell      every cell and hidden term of the HR figures (report.disclosure_node);
--                   shown when any sick-leave figure of it is shown (HR_FTE is not health
--                   data), known so far = shown
--   audit_relation  the additive relations between them (report.disclosure_relation_of)
-- repeat_until_unchanged.sql then solves the relations with one unknown cell until nothing changes.
CREATE OR REPLACE TEMPORARY TABLE audit_cell AS
WITH shown_cell AS (
    SELECT DISTINCT stored.period_type, stored.period, stored.org_level, stored.org_code,
           coalesce(formula.age_group, stored.gender) AS population_group
    FROM report.indicator_values AS stored
    JOIN report.indicator_formula AS formula ON formula.indicator_code = stored.indicator_code
    JOIN report.indicator AS indicator ON indicator.indicator_code = stored.indicator_code
    WHERE indicator.source_extract = 'staffing' AND stored.indicator_code <> 'HR_FTE' AND NOT stored.suppressed
)
SELECT row_number() OVER (ORDER BY node.period_type, node.period, node.org_level, node.org_code, node.population_group) AS cell_id,
       node.*, shown_cell.period IS NOT NULL AS shown, shown_cell.period IS NOT NULL AS known
FROM report.disclosure_node AS node
LEFT JOIN shown_cell USING (period_type, period, org_level, org_code, population_group);

CREATE OR REPLACE TEMPORARY TABLE audit_relation AS
SELECT relation.relation_key, cell.cell_id, relation.is_total
FROM report.disclosure_relation_of('audit_cell') AS relation
JOIN audit_cell AS cell USING (period_type, period, org_level, org_code, population_group);
