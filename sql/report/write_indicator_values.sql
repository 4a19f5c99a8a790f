-- Replaces the rows of the periods being recomputed (run by IndicatorRecomputation inside
-- the caller's transaction, with the window and scan variables set): first the stored
-- periods in the window or no longer implied by the data, then the new rows of
-- report.period_to_compute (the window plus every period that should exist but is missing).
DELETE FROM report.indicator_values AS v
WHERE EXISTS (SELECT 1 FROM report.stored_period_to_replace AS r
              WHERE r.indicator_code = v.indicator_code
                AND r.period_type = v.period_type
                AND r.period = v.period);

INSERT INTO report.indicator_values
    (indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
     value, numerator, denominator, suppressed)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       value, numerator, denominator, suppressed
FROM report.indicator_values_model;
