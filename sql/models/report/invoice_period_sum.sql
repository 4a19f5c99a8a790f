-- report.invoice_period_sum: the invoice counts of every calendar period (core.period_calendar), for
-- the whole administration (ALL), each area and each unit. A unit-month counts in its
-- area and unit only when the unit has a version valid on the first of the month.
CREATE OR REPLACE VIEW report.invoice_period_sum AS
WITH invoice_month AS MATERIALIZED (
    SELECT * FROM core.invoice_unit_month
),
invoice_month_by_org AS (
    SELECT *, 'ALL' AS org_level, 'ALL' AS org_code FROM invoice_month
    UNION ALL
    SELECT *, 'AREA', business_area FROM invoice_month WHERE known_unit
    UNION ALL
    SELECT *, 'UNIT', unit_code FROM invoice_month WHERE known_unit
)
SELECT pm.period_type, pm.period, i.org_level, i.org_code,
       sum(i.customer_invoices)            AS customer_invoices,
       sum(i.customer_electronic_invoices) AS customer_electronic_invoices,
       sum(i.supplier_invoices)            AS supplier_invoices,
       sum(i.supplier_electronic_invoices) AS supplier_electronic_invoices
FROM core.period_calendar AS pm
JOIN invoice_month_by_org AS i ON i.month = pm.month
GROUP BY pm.period_type, pm.period, i.org_level, i.org_code;
