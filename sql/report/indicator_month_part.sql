-- report.indicator_month_part: every indicator's contributions per month, unit (NULL =
-- unknown unit, ALL only) and gender, numerator and denominator as exact DECIMAL sums.
-- A row exists only where the group contributes rows to the numerator or denominator;
-- periods, levels and values are built from this in report.indicator_values_model.
CREATE OR REPLACE VIEW report.indicator_month_part AS
SELECT * FROM report.invoice_indicator_part
UNION ALL
SELECT * FROM report.payslip_indicator_part
UNION ALL
SELECT * FROM report.contact_indicator_part
UNION ALL
SELECT * FROM report.fte_month_part
UNION ALL
SELECT * FROM report.hr_indicator_part;
