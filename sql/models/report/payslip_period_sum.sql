-- report.payslip_period_sum: the payslip counts of every calendar period, for
-- ALL, each area and each unit (known units only below ALL).
CREATE OR REPLACE VIEW report.payslip_period_sum AS
WITH payslip_month AS MATERIALIZED (
    SELECT * FROM core.payslip_unit_month
),
payslip_month_by_org AS (
    SELECT *, 'ALL' AS org_level, 'ALL' AS org_code FROM payslip_month
    UNION ALL
    SELECT *, 'AREA', business_area FROM payslip_month WHERE known_unit
    UNION ALL
    SELECT *, 'UNIT', unit_code FROM payslip_month WHERE known_unit
)
SELECT pm.period_type, pm.period, p.org_level, p.org_code,
       sum(p.payslips)            AS payslips,
       sum(p.electronic_payslips) AS electronic_payslips
FROM core.period_calendar AS pm
JOIN payslip_month_by_org AS p ON p.month = pm.month
GROUP BY pm.period_type, pm.period, p.org_level, p.org_code;
