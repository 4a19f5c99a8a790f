-- report.fte_month_part: the denominators of the per-FTE indicators, FTE-months(p, S):
-- the FTE of the employee-months whose unit's version of that month has the process S.
-- Only the denominator is filtered by process; the numerator (the events) comes from
-- the event parts. Staffing of an unknown unit has no process and adds nothing here.
CREATE OR REPLACE VIEW report.fte_month_part AS
WITH per_fte_indicator (indicator_code, process) AS (
    VALUES ('EKO_CUST_INV_PER_FTE_MONTH', 'CUSTOMER_INVOICING'),
           ('EKO_SUPP_INV_PER_FTE_MONTH', 'SUPPLIER_INVOICING'),
           ('LON_PAYSLIPS_PER_FTE_MONTH', 'PAYROLL')
),
fte_of_unit_month AS (
    SELECT month, unit_code, business_area, process, sum(fte) AS fte_months
    FROM core.employee_month
    WHERE known_unit
    GROUP BY month, unit_code, business_area, process
)
SELECT i.indicator_code, f.month, f.unit_code, f.business_area, 'T' AS gender,
       CAST(0 AS DECIMAL(38, 6))            AS numerator,
       CAST(f.fte_months AS DECIMAL(38, 6)) AS denominator
FROM fte_of_unit_month AS f
JOIN per_fte_indicator AS i ON i.process = f.process;
