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
SELECT c.month, c.unit_code, u.business_area, u.process, u.unit_code IS NOT NULL AS known_unit,
       c.customer_invoices, c.customer_electronic_invoices,
       c.supplier_invoices, c.supplier_electronic_invoices, c.invoices
FROM invoice_count AS c
LEFT JOIN core.unit_month AS u ON u.unit_code = c.unit_code AND u.month = c.month;
