-- report.period_to_compute: the (indicator, period) pairs a recomputation writes:
-- those overlapping the requested window of months (DuckDB variables window_start and
-- window_end; unset = everything) and those that should exist but are not stored yet
-- (e.g. new R12 periods after an earlier first month was back-filled); never a frozen period
-- (report.is_frozen: it needs person-level months that retention erased).
CREATE OR REPLACE VIEW report.period_to_compute AS
WITH expected_period AS MATERIALIZED (
    SELECT * FROM report.indicator_period
),
stored_period AS (
    SELECT indicator_code, period_type, period FROM report.stored_indicator_period
),
period_in_window AS (
    SELECT *
    FROM expected_period
    WHERE period_end   >= coalesce(CAST(getvariable('window_start') AS DATE), DATE '0001-01-01')
      AND period_start <= coalesce(CAST(getvariable('window_end') AS DATE),   DATE '9999-12-31')
),
period_not_stored AS (
    SELECT expected_period.*
    FROM expected_period
    LEFT JOIN stored_period
      ON stored_period.indicator_code = expected_period.indicator_code
     AND stored_period.period_type = expected_period.period_type
     AND stored_period.period = expected_period.period
    WHERE stored_period.indicator_code IS NULL
)
SELECT * FROM period_in_window WHERE NOT report.is_frozen(indicator_code, period_start)
UNION
SELECT * FROM period_not_stored WHERE NOT report.is_frozen(indicator_code, period_start);
