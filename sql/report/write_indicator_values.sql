-- Replaces the rows of the periods being recomputed. Run by IndicatorRecomputation inside
-- the caller's transaction, after pin_periods_to_compute.sql has pinned the periods to
-- delete and to write in temporary tables, and with the scan range set to the months the
-- periods to write cover:
--   1. delete the stored periods in the window or no longer implied by the data;
--   2. stage the sums of the pinned periods (the window plus every period that should exist
--      but was missing) and insert their rows.
DELETE FROM report.indicator_values AS v
USING recompute_stale_period AS r
WHERE r.indicator_code = v.indicator_code
  AND r.period_type = v.period_type
  AND r.period = v.period;

CREATE OR REPLACE TEMPORARY TABLE recompute_period_sum AS
SELECT s.*
FROM report.indicator_period_sum AS s
JOIN recompute_period AS p
  ON p.indicator_code = s.indicator_code AND p.period_type = s.period_type AND p.period = s.period;

INSERT INTO report.indicator_values
    (indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
     value, numerator, denominator, suppressed)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       value, numerator, denominator, suppressed
FROM report.indicator_values_of('recompute_period', 'recompute_period_sum');

DROP TABLE recompute_period_sum;
DROP TABLE recompute_period;
DROP TABLE recompute_stale_period;
