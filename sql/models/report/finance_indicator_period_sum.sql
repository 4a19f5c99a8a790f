-- report.finance_indicator_period_sum: numerator and denominator of the finance indicators
-- (EKO_*) per calendar period and org, gender T, for the orgs with rows in the period
-- (shaped as report.indicator_period_sum, which unions the four domains):
--   counts            the invoices counted
--   shares            the invoices of the type (the denominator)
--   per FTE-month     the invoices of the org, whatever its units' process, per FTE-month of
--                     its units of the invoicing process (report.fte_period_sum); a row exists
--                     when either side has rows
CREATE OR REPLACE VIEW report.finance_indicator_period_sum AS
WITH invoice AS MATERIALIZED (
    SELECT * FROM report.invoice_period_sum
),
fte_of_process AS MATERIALIZED (
    SELECT * FROM report.fte_period_sum WHERE process IN ('CUSTOMER_INVOICING', 'SUPPLIER_INVOICING')
),
invoice_value AS (
    -- indicator, period, org, numerator, denominator, rows that make the org's row exist
    SELECT 'EKO_CUST_INV_COUNT' AS indicator_code, period_type, period, org_level, org_code,
           customer_invoices AS numerator, 0 AS denominator, customer_invoices AS contributing_rows
    FROM invoice
    UNION ALL
    SELECT 'EKO_SUPP_INV_COUNT', period_type, period, org_level, org_code,
           supplier_invoices, 0, supplier_invoices
    FROM invoice
    UNION ALL
    SELECT 'EKO_CUST_INV_ELECTRONIC_PCT', period_type, period, org_level, org_code,
           customer_electronic_invoices, customer_invoices, customer_invoices
    FROM invoice
    UNION ALL
    SELECT 'EKO_SUPP_INV_ELECTRONIC_PCT', period_type, period, org_level, org_code,
           supplier_electronic_invoices, supplier_invoices, supplier_invoices
    FROM invoice
),
invoice_per_fte_value AS (
    SELECT 'EKO_CUST_INV_PER_FTE_MONTH' AS indicator_code,
           coalesce(invoice.period_type, fte.period_type) AS period_type,
           coalesce(invoice.period, fte.period)           AS period,
           coalesce(invoice.org_level, fte.org_level)     AS org_level,
           coalesce(invoice.org_code, fte.org_code)       AS org_code,
           coalesce(invoice.customer_invoices, 0)         AS numerator,
           coalesce(fte.fte_months, 0)                    AS denominator,
           coalesce(invoice.customer_invoices, 0) + coalesce(fte.employee_months, 0) AS contributing_rows
    FROM invoice
    FULL JOIN (SELECT * FROM fte_of_process WHERE process = 'CUSTOMER_INVOICING') AS fte
      ON fte.period_type = invoice.period_type AND fte.period = invoice.period
     AND fte.org_level = invoice.org_level AND fte.org_code = invoice.org_code
    UNION ALL
    SELECT 'EKO_SUPP_INV_PER_FTE_MONTH',
           coalesce(invoice.period_type, fte.period_type), coalesce(invoice.period, fte.period),
           coalesce(invoice.org_level, fte.org_level), coalesce(invoice.org_code, fte.org_code),
           coalesce(invoice.supplier_invoices, 0), coalesce(fte.fte_months, 0),
           coalesce(invoice.supplier_invoices, 0) + coalesce(fte.employee_months, 0)
    FROM invoice
    FULL JOIN (SELECT * FROM fte_of_process WHERE process = 'SUPPLIER_INVOICING') AS fte
      ON fte.period_type = invoice.period_type AND fte.period = invoice.period
     AND fte.org_level = invoice.org_level AND fte.org_code = invoice.org_code
)
-- each part cast to the shape on its own: a union of the integer counts and the DECIMAL
-- FTE-months before the cast would widen them to DOUBLE
SELECT indicator_code, period_type, period, org_level, org_code, 'T' AS gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator,
       CAST(0 AS BIGINT)                   AS employee_months
FROM invoice_value
WHERE contributing_rows > 0
UNION ALL
SELECT indicator_code, period_type, period, org_level, org_code, 'T',
       CAST(numerator AS DECIMAL(38, 6)), CAST(denominator AS DECIMAL(38, 6)), CAST(0 AS BIGINT)
FROM invoice_per_fte_value
WHERE contributing_rows > 0;
