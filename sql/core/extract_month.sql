-- core.extract_month: the months in which each source extract has rows, over all loaded
-- data (never windowed). It decides which periods exist (INDICATORS.md, "Which rows exist").
CREATE OR REPLACE VIEW core.extract_month AS
SELECT 'staffing' AS extract, month, count(*) AS row_count
FROM core.staffing
GROUP BY month
UNION ALL
SELECT 'invoices', CAST(date_trunc('month', registered_date) AS DATE), count(*)
FROM core.invoices
GROUP BY 2
UNION ALL
SELECT 'payslips', CAST(date_trunc('month', pay_date) AS DATE), count(*)
FROM core.payslips
GROUP BY 2
UNION ALL
SELECT 'contacts', CAST(date_trunc('month', received_at) AS DATE), count(*)
FROM core.contacts
GROUP BY 2;
