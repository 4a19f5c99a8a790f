-- report.stored_indicator_period: the (indicator, period) pairs stored now. HR periods are
-- stored in core.hr_indicator_value (before disclosure control), from which every
-- recomputation rewrites their rows of report.indicator_values; the others in
-- report.indicator_values itself.
CREATE OR REPLACE VIEW report.stored_indicator_period AS
SELECT DISTINCT stored.indicator_code, stored.period_type, stored.period, stored.period_start, stored.period_end
FROM report.indicator_values AS stored
JOIN report.indicator AS indicator ON indicator.indicator_code = stored.indicator_code
WHERE indicator.source_extract <> 'staffing'
UNION
SELECT DISTINCT indicator_code, period_type, period, period_start, period_end
FROM core.hr_indicator_value;
