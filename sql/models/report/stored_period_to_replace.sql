-- report.stored_period_to_replace: the (indicator, period) pairs stored in
-- report.stored_indicator_period that a recomputation deletes: those overlapping the requested
-- window (window_start, window_end; unset = everything) and those that no longer exist
-- according to the data (report.indicator_period); never a frozen period (report.is_frozen),
-- which stays as computed although the data no longer implies it.
CREATE OR REPLACE VIEW report.stored_period_to_replace AS
WITH stored_period AS (
    SELECT * FROM report.stored_indicator_period
),
stored_period_with_status AS (
    SELECT stored_period.*,
           stored_period.period_end   >= coalesce(CAST(getvariable('window_start') AS DATE), DATE '0001-01-01')
       AND stored_period.period_start <= coalesce(CAST(getvariable('window_end') AS DATE),   DATE '9999-12-31')
                                                  AS in_window,
           expected.indicator_code IS NOT NULL AS still_exists,
           report.is_frozen(stored_period.indicator_code, stored_period.period_start) AS frozen
    FROM stored_period
    LEFT JOIN report.indicator_period AS expected
      ON expected.indicator_code = stored_period.indicator_code
     AND expected.period_type = stored_period.period_type
     AND expected.period = stored_period.period
)
SELECT indicator_code, period_type, period, in_window, still_exists
FROM stored_period_with_status
WHERE (in_window OR NOT still_exists)
  AND NOT frozen;
