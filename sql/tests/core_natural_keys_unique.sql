-- check: core_natural_keys_unique
-- severity: FAIL
-- description: Every core table holds at most one row per natural key (EXTRACTS.md), checked among the rows of the recomputed months (all rows in a full recomputation).
-- The window is the recomputation's (DuckDB variables window_start, window_end; unset = all).
WITH recomputed_window AS (
    SELECT coalesce(CAST(getvariable('window_start') AS DATE), DATE '0001-01-01') AS first_day,
           coalesce(CAST(getvariable('window_end') AS DATE), DATE '9999-12-31') AS last_day
),
duplicate_key AS (
    SELECT 'units' AS core_table, unit_code || ' ' || valid_from AS natural_key, count(*) AS copies
    FROM core.units GROUP BY unit_code, valid_from HAVING count(*) > 1
    UNION ALL
    SELECT 'staffing', employee_pseudonym || ' ' || month, count(*)
    FROM core.staffing, recomputed_window AS w
    WHERE month BETWEEN w.first_day AND w.last_day
    GROUP BY employee_pseudonym, month HAVING count(*) > 1
    UNION ALL
    SELECT 'invoices', invoice_type || ' ' || invoice_id, count(*)
    FROM core.invoices, recomputed_window AS w
    WHERE registered_date BETWEEN w.first_day AND w.last_day
    GROUP BY invoice_type, invoice_id HAVING count(*) > 1
    UNION ALL
    SELECT 'payslips', payslip_id, count(*)
    FROM core.payslips, recomputed_window AS w
    WHERE pay_date BETWEEN w.first_day AND w.last_day
    GROUP BY payslip_id HAVING count(*) > 1
    UNION ALL
    SELECT 'contacts', contact_id, count(*)
    FROM core.contacts, recomputed_window AS w
    WHERE CAST(received_at AS DATE) BETWEEN w.first_day AND w.last_day
    GROUP BY contact_id HAVING count(*) > 1
    UNION ALL
    SELECT 'sick_leave', employee_pseudonym || ' ' || date, count(*)
    FROM core.sick_leave, recomputed_window AS w
    WHERE date BETWEEN w.first_day AND w.last_day
    GROUP BY employee_pseudonym, date HAVING count(*) > 1
    UNION ALL
    SELECT 'targets', indicator_code || ' ' || year, count(*)
    FROM core.targets GROUP BY indicator_code, year HAVING count(*) > 1
)
SELECT core_table, natural_key, copies - 1 AS failing_rows
FROM duplicate_key;
