-- core.invoice_unit_month: invoices counted per processing unit and month, with the unit's
-- area and process of that month (NULL, known_unit = false, when the unit has no version
-- valid on the first of the month). Reads only the scanned months (see month_calendar).
CREATE OR REPLACE VIEW core.invoice_unit_month AS
WITH invoice_in_scanned_months AS (
    -- month = the first day of the month: the date less its day number + 1 (cheaper than
    -- date_trunc on millions of rows)
    SELECT registered_date - CAST(day(registered_date) - 1 AS INTEGER) AS month, unit_code, invoice_type, channel
    FROM core.invoices
    WHERE registered_date >= coalesce(CAST(getvariable('scan_from') AS DATE), DATE '0001-01-01')
      AND registered_date <= coalesce(CAST(getvariable('scan_until') AS DATE), DATE '9999-12-31')
),
invoice_count AS (
    SELECT month, unit_code,
           count(*) FILTER (WHERE invoice_type = 'CUSTOMER')                             AS customer_invoices,
           count(*) FILTER (WHERE invoice_type = 'CUSTOMER' AND channel = 'ELECTRONIC') AS customer_electronic_invoices,
           count(*) FILTER (WHERE invoice_type = 'SUPPLIER')                             AS supplier_invoices,
           count(*) FILTER (WHERE invoice_type = 'SUPPLIER' AND channel = 'ELECTRONIC') AS supplier_electronic_invoices,
           count(*)                                                                       AS invoices
    FROM invoice_in_scanned_months
    GROUP BY month, unit_code
)
SELECT invoice.month, invoice.unit_code, unit.business_area, unit.process, unit.unit_code IS NOT NULL AS known_unit,
       invoice.customer_invoices, invoice.customer_electronic_invoices,
       invoice.supplier_invoices, invoice.supplier_electronic_invoices, invoice.invoices
FROM invoice_count AS invoice
LEFT JOIN core.unit_month AS unit ON unit.unit_code = invoice.unit_code AND unit.month = invoice.month;
