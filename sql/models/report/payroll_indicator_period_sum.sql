-- report.payroll_indicator_period_sum: numerator and denominator of the payroll indicators
-- (LON_*) per calendar period and org, gender T, for the orgs with rows in the period
-- (shaped as report.indicator_period_sum):
--   LON_PAYSLIP_COUNT           the payslips
--   LON_ELECTRONIC_PCT          electronic payslips of all payslips
--   LON_PAYSLIPS_PER_FTE_MONTH  the payslips of the org per FTE-month of its payroll units
--                               (report.fte_period_sum); a row exists when either side has rows
CREATE OR REPLACE VIEW report.payroll_indicator_period_sum AS
WITH payslip AS MATERIALIZED (
    SELECT * FROM report.payslip_period_sum
),
payroll_fte AS (
    SELECT * FROM report.fte_period_sum WHERE process = 'PAYROLL'
),
payslip_value AS (
    -- indicator, period, org, numerator, denominator, rows that make the org's row exist
    SELECT 'LON_PAYSLIP_COUNT' AS indicator_code, period_type, period, org_level, org_code,
           payslips AS numerator, 0 AS denominator, payslips AS contributing_rows
    FROM payslip
    UNION ALL
    SELECT 'LON_ELECTRONIC_PCT', period_type, period, org_level, org_code,
           electronic_payslips, payslips, payslips
    FROM payslip
),
payslip_per_fte_value AS (
    SELECT 'LON_PAYSLIPS_PER_FTE_MONTH' AS indicator_code,
           coalesce(payslip.period_type, fte.period_type) AS period_type,
           coalesce(payslip.period, fte.period)           AS period,
           coalesce(payslip.org_level, fte.org_level)     AS org_level,
           coalesce(payslip.org_code, fte.org_code)       AS org_code,
           coalesce(payslip.payslips, 0)                  AS numerator,
           coalesce(fte.fte_months, 0)                    AS denominator,
           coalesce(payslip.payslips, 0) + coalesce(fte.employee_months, 0) AS contributing_rows
    FROM payslip
    FULL JOIN payroll_fte AS fte
      ON fte.period_type = payslip.period_type AND fte.period = payslip.period
     AND fte.org_level = payslip.org_level AND fte.org_code = payslip.org_code
)
-- each part cast to the shape on its own: a union of the integer counts and the DECIMAL
-- FTE-months before the cast would widen them to DOUBLE
SELECT indicator_code, period_type, period, org_level, org_code, 'T' AS gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator,
       CAST(0 AS BIGINT)                   AS employee_months
FROM payslip_value
WHERE contributing_rows > 0
UNION ALL
SELECT indicator_code, period_type, period, org_level, org_code, 'T',
       CAST(numerator AS DECIMAL(38, 6)), CAST(denominator AS DECIMAL(38, 6)), CAST(0 AS BIGINT)
FROM payslip_per_fte_value
WHERE contributing_rows > 0;
