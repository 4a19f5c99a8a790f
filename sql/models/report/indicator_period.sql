-- report.indicator_period: every (indicator, period) that must have rows in
-- report.indicator_values: the periods of the indicator's source extract.
CREATE OR REPLACE VIEW report.indicator_period AS
SELECT indicator.indicator_code, period.period_type, period.period, period.period_start, period.period_end
FROM report.indicator AS indicator
JOIN report.period AS period ON period.extract = indicator.source_extract;
