-- report.payslip_period_sum: the payslip counts of every calendar period, for ALL, each area
-- and each unit (report.org_memberships: known units only below ALL).
CREATE OR REPLACE VIEW report.payslip_period_sum AS
WITH payslip_month_by_org AS (
    SELECT *, unnest(report.org_memberships(known_unit, business_area, unit_code), recursive := true)
    FROM core.payslip_unit_month
)
SELECT calendar.period_type, calendar.period, payslip.org_level, payslip.org_code,
       sum(payslip.payslips)            AS payslips,
       sum(payslip.electronic_payslips) AS electronic_payslips
FROM core.period_calendar AS calendar
JOIN payslip_month_by_org AS payslip ON payslip.month = calendar.month
GROUP BY calendar.period_type, calendar.period, payslip.org_level, payslip.org_code;
