-- report.invoice_indicator_part: what each unit-month of invoices adds to the EKO_*
-- indicators. One row per indicator, month and unit that contributes rows to it (for a
-- count: rows counted; for a share: rows in its denominator; for a per-FTE value: its
-- invoices, the FTE-months come from report.fte_month_part). Unknown units keep
-- unit_code and business_area NULL: they count in ALL only.
CREATE OR REPLACE VIEW report.invoice_indicator_part AS
WITH invoice_month AS (
    SELECT month,
           CASE WHEN known_unit THEN unit_code END AS unit_code,
           business_area,
           customer_invoices, customer_electronic_invoices,
           supplier_invoices, supplier_electronic_invoices
    FROM core.invoice_unit_month
),
indicator_part AS (
    SELECT 'EKO_CUST_INV_COUNT' AS indicator_code, month, unit_code, business_area,
           customer_invoices AS numerator, 0 AS denominator, customer_invoices AS contributing_rows
    FROM invoice_month
    UNION ALL
    SELECT 'EKO_SUPP_INV_COUNT', month, unit_code, business_area,
           supplier_invoices, 0, supplier_invoices
    FROM invoice_month
    UNION ALL
    SELECT 'EKO_CUST_INV_PER_FTE_MONTH', month, unit_code, business_area,
           customer_invoices, 0, customer_invoices
    FROM invoice_month
    UNION ALL
    SELECT 'EKO_SUPP_INV_PER_FTE_MONTH', month, unit_code, business_area,
           supplier_invoices, 0, supplier_invoices
    FROM invoice_month
    UNION ALL
    SELECT 'EKO_CUST_INV_ELECTRONIC_PCT', month, unit_code, business_area,
           customer_electronic_invoices, customer_invoices, customer_invoices
    FROM invoice_month
    UNION ALL
    SELECT 'EKO_SUPP_INV_ELECTRONIC_PCT', month, unit_code, business_area,
           supplier_electronic_invoices, supplier_invoices, supplier_invoices
    FROM invoice_month
)
SELECT indicator_code, month, unit_code, business_area, 'T' AS gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator
FROM indicator_part
WHERE contributing_rows > 0;
