-- Pins the periods a recomputation writes (report.period_to_compute) in a temporary table
-- before any row is deleted, so that the set cannot shift while the rows are replaced.
CREATE OR REPLACE TEMPORARY TABLE recompute_period AS
SELECT indicator_code, period_type, period, period_start, period_end
FROM report.period_to_compute;
