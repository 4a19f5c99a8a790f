-- report.stored_indicator_period: the (indicator, period) pairs stored now. HR periods are
-- stored in core.hr_indicator_value (before disclosure control), from which every
-- recomputation rewrites their rows of report.indicator_values; the others in
-- report.indicator_values itself.
CREATE OR REPLACE VIEW report.stored_indicator_period AS
SELECT DISTINCT v.indicator_code, v.period_type, v.period, v.period_start, v.period_end
FROM report.indicator_values AS v
JOIN report.indicator AS i ON i.indicator_code = v.indicator_code
WHERE i.source_extract <> 'staffing'
UNION
SELECT DISTINCT indicator_code, period_type, period, period_start, period_end
FROM core.hr_indicator_value;
