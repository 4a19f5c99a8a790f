-- check: core_natural_keys_unique
-- severity: FAIL
-- description: Every core table holds at most one row per natural key (docs/extracts.md), checked among the rows of the recomputed months (all rows in a full recomputation); and no file with rows in those months has more rows in core than its ingest staged (a row merged twice).
-- The window is the recomputation's (DuckDB variables window_start, window_end; unset = all).
-- Two rows with one key in two files lie in both files' ranges of the key, so of the three large
-- tables only the rows of files whose ranges overlap another file's are grouped by key (files of
-- rising identifiers never overlap): grouping all their rows by key took a second of a scale-1
-- load, the ranges a fifth of that. Within one file the reader rejects a repeated key, and a row
-- merged twice shows as more rows of its file than the file's ingest staged (rows_loaded).
WITH recomputed_window AS (
    SELECT coalesce(CAST(getvariable('window_start') AS DATE), DATE '0001-01-01') AS first_day,
           coalesce(CAST(getvariable('window_end') AS DATE), DATE '9999-12-31') AS last_day
),
file_key_range AS (
    SELECT 'invoices' AS core_table, file_id, invoice_type AS key_part,
           min(invoice_id) AS lowest, max(invoice_id) AS highest
    FROM core.invoices, recomputed_window
    WHERE registered_date BETWEEN recomputed_window.first_day AND recomputed_window.last_day
    GROUP BY file_id, invoice_type
    UNION ALL
    SELECT 'payslips', file_id, '', min(payslip_id), max(payslip_id)
    FROM core.payslips, recomputed_window
    WHERE pay_date BETWEEN recomputed_window.first_day AND recomputed_window.last_day
    GROUP BY file_id
    UNION ALL
    SELECT 'contacts', file_id, '', min(contact_id), max(contact_id)
    FROM core.contacts, recomputed_window
    WHERE CAST(received_at AS DATE) BETWEEN recomputed_window.first_day AND recomputed_window.last_day
    GROUP BY file_id
),
overlapping_file AS (
    SELECT DISTINCT this_file.core_table, this_file.file_id
    FROM file_key_range AS this_file
    JOIN file_key_range AS other_file
      ON other_file.core_table = this_file.core_table AND other_file.key_part = this_file.key_part
     AND other_file.file_id <> this_file.file_id
     AND other_file.lowest <= this_file.highest AND this_file.lowest <= other_file.highest
),
duplicate_key AS (
    SELECT 'units' AS core_table, unit_code || ' ' || valid_from AS natural_key, count(*) AS copies
    FROM core.units GROUP BY unit_code, valid_from HAVING count(*) > 1
    UNION ALL
    SELECT 'staffing', employee_pseudonym || ' ' || month, count(*)
    FROM core.staffing, recomputed_window
    WHERE month BETWEEN recomputed_window.first_day AND recomputed_window.last_day
    GROUP BY employee_pseudonym, month HAVING count(*) > 1
    UNION ALL
    SELECT 'invoices', invoice_type || ' ' || invoice_id, count(*)
    FROM core.invoices, recomputed_window
    WHERE registered_date BETWEEN recomputed_window.first_day AND recomputed_window.last_day
      AND file_id IN (SELECT file_id FROM overlapping_file WHERE core_table = 'invoices')
    GROUP BY invoice_type, invoice_id HAVING count(*) > 1
    UNION ALL
    SELECT 'payslips', payslip_id, count(*)
    FROM core.payslips, recomputed_window
    WHERE pay_date BETWEEN recomputed_window.first_day AND recomputed_window.last_day
      AND file_id IN (SELECT file_id FROM overlapping_file WHERE core_table = 'payslips')
    GROUP BY payslip_id HAVING count(*) > 1
    UNION ALL
    SELECT 'contacts', contact_id, count(*)
    FROM core.contacts, recomputed_window
    WHERE CAST(received_at AS DATE) BETWEEN recomputed_window.first_day AND recomputed_window.last_day
      AND file_id IN (SELECT file_id FROM overlapping_file WHERE core_table = 'contacts')
    GROUP BY contact_id HAVING count(*) > 1
    UNION ALL
    SELECT 'sick_leave', employee_pseudonym || ' ' || date, count(*)
    FROM core.sick_leave, recomputed_window
    WHERE date BETWEEN recomputed_window.first_day AND recomputed_window.last_day
    GROUP BY employee_pseudonym, date HAVING count(*) > 1
    UNION ALL
    SELECT 'targets', indicator_code || ' ' || year, count(*)
    FROM core.targets GROUP BY indicator_code, year HAVING count(*) > 1
),
-- all rows of the files with rows in the window (a row group holds one file's rows or a few,
-- so the others' are skipped)
core_rows_of_file AS (
    SELECT 'invoices' AS core_table, file_id, count(*) AS core_rows FROM core.invoices
    WHERE file_id IN (SELECT file_id FROM file_key_range WHERE core_table = 'invoices') GROUP BY file_id
    UNION ALL
    SELECT 'payslips', file_id, count(*) FROM core.payslips
    WHERE file_id IN (SELECT file_id FROM file_key_range WHERE core_table = 'payslips') GROUP BY file_id
    UNION ALL
    SELECT 'contacts', file_id, count(*) FROM core.contacts
    WHERE file_id IN (SELECT file_id FROM file_key_range WHERE core_table = 'contacts') GROUP BY file_id
),
file_with_rows_merged_twice AS (
    SELECT core_row.core_table, 'rows of ' || delivered.file_name AS natural_key,
           core_row.core_rows - delivered.rows_loaded AS extra_rows
    FROM core_rows_of_file AS core_row
    JOIN meta.load_file AS delivered USING (file_id)
    WHERE core_row.core_rows > delivered.rows_loaded
)
SELECT core_table, natural_key, copies - 1 AS failing_rows
FROM duplicate_key
UNION ALL
SELECT core_table, natural_key, extra_rows
FROM file_with_rows_merged_twice;
