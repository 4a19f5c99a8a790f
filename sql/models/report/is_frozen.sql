-- report.is_frozen(indicator_code, period_start): whether the values of an indicator's period are
-- frozen: the indicator is person-level and the period needs an erased month. A recomputation
-- neither deletes nor writes a frozen period, and disclosure control leaves its rows as they are.
CREATE OR REPLACE MACRO report.is_frozen(code, period_start) AS
    report.needs_erased_month(period_start)
    AND code IN (SELECT indicator_code FROM report.person_level_indicator);
