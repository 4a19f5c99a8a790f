-- Replaces the rows of the periods being recomputed. Run by IndicatorRecomputation inside
-- the caller's transaction, after pin_periods_to_compute.sql (beside this file) has pinned
-- the periods to delete and to write in temporary tables, and with the scan range set to the
-- months the periods to write cover:
--   1. delete the stored periods in the window or no longer implied by the data;
--   2. stage the sums of the pinned periods (the window plus every period that should exist but
--      was missing), domain by domain, and insert their rows: the HR rows, before disclosure control, into
--      core.hr_indicator_value, the others into report.indicator_values.
-- scripts/disclosure/write_hr_indicator_values.sql then gives report.indicator_values the HR
-- rows of every period with the disclosure pattern applied.
DELETE FROM report.indicator_values AS stored
USING recompute_stale_period AS stale
WHERE stale.indicator_code = stored.indicator_code
  AND stale.period_type = stored.period_type
  AND stale.period = stored.period;

DELETE FROM core.hr_indicator_value AS stored
USING recompute_stale_period AS stale
WHERE stale.indicator_code = stored.indicator_code
  AND stale.period_type = stored.period_type
  AND stale.period = stored.period;

-- The sums of report.indicator_period_sum, one domain at a time: in one query the four domains
-- run side by side, and finance and payroll each sum the FTE of every employee-month, so the
-- memory of a long window (events are accepted for 1900-2099) would be theirs added up.
CREATE OR REPLACE TEMPORARY TABLE recompute_finance_sum AS
SELECT period_sum.*
FROM report.finance_indicator_period_sum AS period_sum
JOIN recompute_period
  ON recompute_period.indicator_code = period_sum.indicator_code
 AND recompute_period.period_type = period_sum.period_type
 AND recompute_period.period = period_sum.period;

CREATE OR REPLACE TEMPORARY TABLE recompute_payroll_sum AS
SELECT period_sum.*
FROM report.payroll_indicator_period_sum AS period_sum
JOIN recompute_period
  ON recompute_period.indicator_code = period_sum.indicator_code
 AND recompute_period.period_type = period_sum.period_type
 AND recompute_period.period = period_sum.period;

CREATE OR REPLACE TEMPORARY TABLE recompute_contact_sum AS
SELECT period_sum.*
FROM report.contact_indicator_period_sum AS period_sum
JOIN recompute_period
  ON recompute_period.indicator_code = period_sum.indicator_code
 AND recompute_period.period_type = period_sum.period_type
 AND recompute_period.period = period_sum.period;

CREATE OR REPLACE TEMPORARY TABLE recompute_hr_sum AS
SELECT period_sum.*
FROM report.hr_indicator_period_sum AS period_sum
JOIN recompute_period
  ON recompute_period.indicator_code = period_sum.indicator_code
 AND recompute_period.period_type = period_sum.period_type
 AND recompute_period.period = period_sum.period;

CREATE OR REPLACE TEMPORARY TABLE recompute_period_sum AS
SELECT * FROM recompute_finance_sum
UNION ALL
SELECT * FROM recompute_payroll_sum
UNION ALL
SELECT * FROM recompute_contact_sum
UNION ALL
SELECT * FROM recompute_hr_sum;

DROP TABLE recompute_finance_sum;
DROP TABLE recompute_payroll_sum;
DROP TABLE recompute_contact_sum;
DROP TABLE recompute_hr_sum;

CREATE OR REPLACE TEMPORARY TABLE recompute_indicator_value AS
SELECT computed.*, indicator.source_extract = 'staffing' AS is_hr_indicator
FROM report.indicator_values_of('recompute_period', 'recompute_period_sum') AS computed
JOIN report.indicator AS indicator ON indicator.indicator_code = computed.indicator_code;

INSERT INTO report.indicator_values
    (indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
     value, numerator, denominator, suppressed, suppression)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       value, numerator, denominator, false, NULL
FROM recompute_indicator_value
WHERE NOT is_hr_indicator;

INSERT INTO core.hr_indicator_value
    (indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
     value, numerator, denominator)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       value, numerator, denominator
FROM recompute_indicator_value
WHERE is_hr_indicator;

DROP TABLE recompute_indicator_value;
DROP TABLE recompute_period_sum;
DROP TABLE recompute_period;
DROP TABLE recompute_stale_period;
