-- core.payslip_unit_month: payslips counted per payroll unit and month, with the unit's
-- area and process of that month (known_unit = false when it has no valid version).
CREATE OR REPLACE VIEW core.payslip_unit_month AS
WITH payslip_in_scanned_months AS (
    -- month = the first day of the month: the date less its day number + 1 (cheaper than
    -- date_trunc on millions of rows)
    SELECT pay_date - CAST(day(pay_date) - 1 AS INTEGER) AS month, unit_code, source
    FROM core.payslips
    WHERE pay_date >= coalesce(CAST(getvariable('scan_from') AS DATE), DATE '0001-01-01')
      AND pay_date <= coalesce(CAST(getvariable('scan_until') AS DATE), DATE '9999-12-31')
),
payslip_count AS (
    SELECT month, unit_code,
           count(*)                                       AS payslips,
           count(*) FILTER (WHERE source = 'ELECTRONIC') AS electronic_payslips
    FROM payslip_in_scanned_months
    GROUP BY month, unit_code
)
SELECT payslip.month, payslip.unit_code, unit.business_area, unit.process, unit.unit_code IS NOT NULL AS known_unit,
       payslip.payslips, payslip.electronic_payslips
FROM payslip_count AS payslip
LEFT JOIN core.unit_month AS unit ON unit.unit_code = payslip.unit_code AND unit.month = payslip.month;
