-- report.indicator_period_sum: numerator and denominator of every indicator, calendar
-- period (core.period_calendar), organisational level, org and gender, for the groups
-- that contribute rows in the period (docs/indicators.md, "Which rows exist"), one model per
-- domain:
--   finance (EKO_*), payroll (LON_*), contact centre (KC_*)
--                     gender T; counts: the rows counted; shares: the rows in the
--                     denominator; per-FTE values: the events, or staffing in a unit of the
--                     process (FTE-months)
--   HR (HR_*)         the staffing rows of the group (employee_months, also used for
--                     disclosure control)
-- Sums are exact (integers and DECIMAL); report.indicator_values_of turns them into values.
CREATE OR REPLACE VIEW report.indicator_period_sum AS
SELECT * FROM report.finance_indicator_period_sum
UNION ALL
SELECT * FROM report.payroll_indicator_period_sum
UNION ALL
SELECT * FROM report.contact_indicator_period_sum
UNION ALL
SELECT * FROM report.hr_indicator_period_sum;
