-- Pins the cells of the HR figures (report.disclosure_node) in a temporary table, so that
-- DisclosureControl reads them, their relations and writes the pattern from one snapshot.
CREATE OR REPLACE TEMPORARY TABLE disclosure_node_pinned AS
SELECT * FROM report.disclosure_node;
