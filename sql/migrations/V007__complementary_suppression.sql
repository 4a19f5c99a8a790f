-- Disclosure control with complementary suppression (docs/indicators.md, "Disclosure control").
-- The HR values are kept before disclosure control in core.hr_indicator_value, in the loader's
-- file only: a cell suppressed today may be shown after a later load (the pattern is decided
-- anew over all periods at every recomputation), and its value must then be there to show.
-- report.indicator_values gets the HR rows from it with the current pattern applied.
ALTER TABLE report.indicator_values ADD COLUMN IF NOT EXISTS suppression VARCHAR;

CREATE TABLE IF NOT EXISTS core.hr_indicator_value (
    indicator_code VARCHAR NOT NULL,
    period_type VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    org_level VARCHAR NOT NULL,
    org_code VARCHAR NOT NULL,
    gender VARCHAR NOT NULL,
    value DOUBLE,
    numerator DOUBLE,
    denominator DOUBLE
);

-- Stored HR rows keep their primary suppression until the next recomputation, which writes
-- every HR period (none is in core.hr_indicator_value yet) with complementary suppression.
-- The next load recomputes even without new files: the staffing months are marked touched.
UPDATE report.indicator_values SET suppression = 'PRIMARY' WHERE suppressed;
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
SELECT 0, min(month), max(month) FROM core.staffing HAVING count(*) > 0;

COMMENT ON COLUMN report.indicator_values.suppression IS
    'Why the value is withheld: PRIMARY (the group has at most 10 employees), COMPLEMENTARY (withheld so that no withheld value can be worked out from the shown ones by adding or subtracting). NULL when shown.';
COMMENT ON TABLE core.hr_indicator_value IS
    'Loader-only: the HR indicator values before disclosure control, including groups of 10 or fewer employees. Never in the analysts copy or an export. report.indicator_values has them with suppression applied.';
COMMENT ON COLUMN core.hr_indicator_value.indicator_code IS 'An HR_* indicator code, see report.indicator.';
COMMENT ON COLUMN core.hr_indicator_value.period_type IS 'MONTH, YEAR or R12, as in report.indicator_values.';
COMMENT ON COLUMN core.hr_indicator_value.period IS 'Period label, as in report.indicator_values.';
COMMENT ON COLUMN core.hr_indicator_value.period_start IS 'First day of the period.';
COMMENT ON COLUMN core.hr_indicator_value.period_end IS 'Last day of the period (inclusive).';
COMMENT ON COLUMN core.hr_indicator_value.org_level IS 'ALL, AREA or UNIT.';
COMMENT ON COLUMN core.hr_indicator_value.org_code IS 'ALL, the business area or the unit code.';
COMMENT ON COLUMN core.hr_indicator_value.gender IS 'T, K or M.';
COMMENT ON COLUMN core.hr_indicator_value.value IS 'numerator / denominator (x 100 for %), never suppressed. NULL when the denominator is 0.';
COMMENT ON COLUMN core.hr_indicator_value.numerator IS 'Numerator (FTE or hours), never suppressed.';
COMMENT ON COLUMN core.hr_indicator_value.denominator IS 'Denominator (calendar months or hours), never suppressed.';
COMMENT ON COLUMN report.indicator_values.suppressed IS
    'true when an HR value is withheld (suppression says why): value, numerator and denominator are then NULL.';
