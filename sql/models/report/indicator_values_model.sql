-- report.indicator_values_model: report.indicator_values as the models compute it now, for
-- every period that exists (report.indicator_period), from report.indicator_period_sum.
-- In an analyst's session (no scan range set) this is every row a full recomputation writes.
CREATE OR REPLACE VIEW report.indicator_values_model AS
SELECT * FROM report.indicator_values_of('report.indicator_period', 'report.indicator_period_sum');
