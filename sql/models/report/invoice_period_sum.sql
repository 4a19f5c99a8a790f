-- report.invoice_period_sum: the invoice counts of every calendar period (core.period_calendar),
-- for the whole administration (ALL), each area and each unit (report.org_memberships: a
-- unit-month counts in its area and unit only when the unit has a version valid on the first
-- of the month).
CREATE OR REPLACE VIEW report.invoice_period_sum AS
WITH invoice_month_by_org AS (
    SELECT *, unnest(report.org_memberships(known_unit, business_area, unit_code), recursive := true)
    FROM core.invoice_unit_month
)
SELECT calendar.period_type, calendar.period, invoice.org_level, invoice.org_code,
       sum(invoice.customer_invoices)            AS customer_invoices,
       sum(invoice.customer_electronic_invoices) AS customer_electronic_invoices,
       sum(invoice.supplier_invoices)            AS supplier_invoices,
       sum(invoice.supplier_electronic_invoices) AS supplier_electronic_invoices
FROM core.period_calendar AS calendar
JOIN invoice_month_by_org AS invoice ON invoice.month = calendar.month
GROUP BY calendar.period_type, calendar.period, invoice.org_level, invoice.org_code;
