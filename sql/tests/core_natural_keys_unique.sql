-- check: core_natural_keys_unique
-- severity: FAIL
-- description: Every core table holds at most one row per natural key (EXTRACTS.md).
WITH duplicate_key AS (
    SELECT 'units' AS core_table, unit_code || ' ' || valid_from AS natural_key, count(*) AS copies
    FROM core.units GROUP BY unit_code, valid_from HAVING count(*) > 1
    UNION ALL
    SELECT 'staffing', employee_pseudonym || ' ' || month, count(*)
    FROM core.staffing GROUP BY employee_pseudonym, month HAVING count(*) > 1
    UNION ALL
    SELECT 'invoices', invoice_type || ' ' || invoice_id, count(*)
    FROM core.invoices GROUP BY invoice_type, invoice_id HAVING count(*) > 1
    UNION ALL
    SELECT 'payslips', payslip_id, count(*)
    FROM core.payslips GROUP BY payslip_id HAVING count(*) > 1
    UNION ALL
    SELECT 'contacts', contact_id, count(*)
    FROM core.contacts GROUP BY contact_id HAVING count(*) > 1
    UNION ALL
    SELECT 'sick_leave', employee_pseudonym || ' ' || date, count(*)
    FROM core.sick_leave GROUP BY employee_pseudonym, date HAVING count(*) > 1
    UNION ALL
    SELECT 'targets', indicator_code || ' ' || year, count(*)
    FROM core.targets GROUP BY indicator_code, year HAVING count(*) > 1
)
SELECT core_table, natural_key, copies - 1 AS failing_rows
FROM duplicate_key;
