-- report.indicator_period: every (indicator, period) that must have rows in
-- report.indicator_values: the periods of the indicator's source extract.
CREATE OR REPLACE VIEW report.indicator_period AS
SELECT i.indicator_code, p.period_type, p.period, p.period_start, p.period_end
FROM report.indicator AS i
JOIN report.period AS p ON p.extract = i.source_extract;
