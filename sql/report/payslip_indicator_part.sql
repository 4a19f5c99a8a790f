-- report.payslip_indicator_part: what each unit-month of payslips adds to the LON_*
-- indicators (see invoice_indicator_part for the shape and the contribution rule).
CREATE OR REPLACE VIEW report.payslip_indicator_part AS
WITH payslip_month AS (
    SELECT month,
           CASE WHEN known_unit THEN unit_code END AS unit_code,
           business_area,
           payslips, electronic_payslips
    FROM core.payslip_unit_month
),
indicator_part AS (
    SELECT 'LON_PAYSLIP_COUNT' AS indicator_code, month, unit_code, business_area,
           payslips AS numerator, 0 AS denominator, payslips AS contributing_rows
    FROM payslip_month
    UNION ALL
    SELECT 'LON_PAYSLIPS_PER_FTE_MONTH', month, unit_code, business_area,
           payslips, 0, payslips
    FROM payslip_month
    UNION ALL
    SELECT 'LON_ELECTRONIC_PCT', month, unit_code, business_area,
           electronic_payslips, payslips, payslips
    FROM payslip_month
)
SELECT indicator_code, month, unit_code, business_area, 'T' AS gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator
FROM indicator_part
WHERE contributing_rows > 0;
