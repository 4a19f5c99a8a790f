-- core.extract_month: the months in which each source extract has rows, over all loaded
-- data (never windowed). It decides which periods exist (docs/indicators.md, "Which rows exist").
-- Rows are first counted per day (cheap on a date column), then per month.
CREATE OR REPLACE VIEW core.extract_month AS
WITH rows_per_day AS (
    SELECT 'staffing' AS extract, month AS day, count(*) AS row_count
    FROM core.staffing
    GROUP BY month
    UNION ALL
    SELECT 'invoices', registered_date, count(*)
    FROM core.invoices
    GROUP BY registered_date
    UNION ALL
    SELECT 'payslips', pay_date, count(*)
    FROM core.payslips
    GROUP BY pay_date
    UNION ALL
    SELECT 'contacts', CAST(received_at AS DATE), count(*)
    FROM core.contacts
    GROUP BY CAST(received_at AS DATE)
)
SELECT extract, CAST(date_trunc('month', day) AS DATE) AS month, sum(row_count) AS row_count
FROM rows_per_day
GROUP BY extract, CAST(date_trunc('month', day) AS DATE);
