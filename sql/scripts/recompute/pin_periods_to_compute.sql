-- Pins what a recomputation replaces, in temporary tables, before any row is deleted, so
-- that the sets cannot shift while the rows are replaced:
--   recompute_stale_period  stored periods in the window or no longer implied by the data
--                           (report.stored_period_to_replace), deleted;
--   recompute_period        the periods written (report.period_to_compute): the window plus
--                           every period that should exist but is missing.
CREATE OR REPLACE TEMPORARY TABLE recompute_stale_period AS
SELECT indicator_code, period_type, period, in_window, still_exists
FROM report.stored_period_to_replace;

CREATE OR REPLACE TEMPORARY TABLE recompute_period AS
SELECT indicator_code, period_type, period, period_start, period_end
FROM report.period_to_compute;
