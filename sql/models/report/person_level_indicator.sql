-- report.person_level_indicator: the indicators whose values are computed from person-level HR
-- rows (core.staffing, core.sick_leave): the HR indicators, and the per-FTE ratios, whose
-- denominator is the FTE of the staffing rows. Their periods that need months erased by
-- retention are frozen (report.is_frozen).
CREATE OR REPLACE VIEW report.person_level_indicator AS
SELECT indicator.indicator_code
FROM report.indicator AS indicator
JOIN report.indicator_formula AS formula ON formula.indicator_code = indicator.indicator_code
WHERE indicator.source_extract = 'staffing' OR formula.value_kind = 'RATIO';
