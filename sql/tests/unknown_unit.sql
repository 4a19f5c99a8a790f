-- check: unknown_unit
-- severity: WARN
-- description: Event and staffing rows whose unit has no version valid on the first day of their month; they count in ALL only.
WITH unknown_unit_month AS (
    SELECT 'invoices' AS extract, unit_code, month, invoices AS failing_rows
    FROM core.invoice_unit_month WHERE NOT known_unit
    UNION ALL
    SELECT 'payslips', unit_code, month, payslips
    FROM core.payslip_unit_month WHERE NOT known_unit
    UNION ALL
    SELECT 'contacts', unit_code, month, contacts
    FROM core.contact_unit_month WHERE NOT known_unit
    UNION ALL
    SELECT 'staffing', s.unit_code, s.month, count(*)
    FROM core.staffing AS s
    LEFT JOIN core.unit_month AS u ON u.unit_code = s.unit_code AND u.month = s.month
    WHERE u.unit_code IS NULL
    GROUP BY s.unit_code, s.month
)
SELECT extract, unit_code, month, failing_rows
FROM unknown_unit_month;
