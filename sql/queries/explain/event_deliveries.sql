-- explain/event_deliveries: the deliveries behind one indicator value of the finance, payroll or
-- contact-centre extracts. Per file: the rows that count in the value's numerator or
-- denominator (event_rows says which), in its period and organisation, with their first and last
-- line number. Works on the loader's file and on the analysts' copy alike.
--   event_rows  CUSTOMER_INVOICES, SUPPLIER_INVOICES, PAYSLIPS, CONTACTS, PHONE_CONTACTS or
--               ANSWERED_OR_HANDLED_CONTACTS
--   org_level   ALL (every row, units unknown to core.units included), AREA or UNIT (org_code:
--               the unit's area, or the unit, by its version valid on the first of the month)
WITH period_month AS (
    SELECT CAST(month AS DATE) AS month
    FROM range(CAST(getvariable('period_start') AS DATE),
               CAST(getvariable('period_end') AS DATE) + INTERVAL 1 DAY,
               INTERVAL 1 MONTH) AS r(month)
),
unit_of_month AS (
    SELECT u.unit_code, m.month, u.business_area
    FROM period_month AS m
    JOIN core.units AS u
      ON u.valid_from <= m.month AND (u.valid_to IS NULL OR u.valid_to >= m.month)
    QUALIFY row_number() OVER (PARTITION BY u.unit_code, m.month ORDER BY u.valid_from DESC) = 1
),
counted_event AS (
    SELECT 'invoices' AS extract, file_id, line_number, registered_date AS day, unit_code
    FROM core.invoices
    WHERE getvariable('event_rows') = invoice_type || '_INVOICES'
    UNION ALL
    SELECT 'payslips', file_id, line_number, pay_date, unit_code
    FROM core.payslips
    WHERE getvariable('event_rows') = 'PAYSLIPS'
    UNION ALL
    SELECT 'contacts', file_id, line_number, CAST(received_at AS DATE), unit_code
    FROM core.contacts
    WHERE getvariable('event_rows') = 'CONTACTS'
       OR (getvariable('event_rows') = 'PHONE_CONTACTS' AND channel = 'PHONE')
       OR (getvariable('event_rows') = 'ANSWERED_OR_HANDLED_CONTACTS' AND outcome IN ('ANSWERED', 'HANDLED'))
),
counted_event_of_period AS (
    SELECT *, CAST(date_trunc('month', day) AS DATE) AS month
    FROM counted_event
    WHERE day BETWEEN CAST(getvariable('period_start') AS DATE) AND CAST(getvariable('period_end') AS DATE)
),
counted_event_of_org AS (
    SELECT e.*
    FROM counted_event_of_period AS e
    LEFT JOIN unit_of_month AS u ON u.unit_code = e.unit_code AND u.month = e.month
    WHERE getvariable('org_level') = 'ALL'
       OR (getvariable('org_level') = 'AREA' AND u.business_area = getvariable('org_code'))
       OR (getvariable('org_level') = 'UNIT' AND u.unit_code = getvariable('org_code'))
)
SELECT extract, file_id, count(*) AS rows_contributing,
       min(line_number) AS first_line, max(line_number) AS last_line
FROM counted_event_of_org
GROUP BY extract, file_id
ORDER BY extract, file_id
