-- Pins the cells of the HR figures (report.disclosure_node) in a temporary table, numbered
-- in key order, so that DisclosureControl reads them and their relations, and writes the
-- pattern back, from one snapshot and by number.
CREATE OR REPLACE TEMPORARY TABLE disclosure_node_pinned AS
SELECT row_number() OVER (ORDER BY period_type, period, org_level, org_code, population_group) - 1 AS cell_index,
       *
FROM report.disclosure_node;
