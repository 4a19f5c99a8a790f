-- report.indicator_period_sum: numerator and denominator of every indicator, calendar
-- period (core.period_calendar), organisational level, org and gender, for the groups
-- that contribute rows in the period (docs/indicators.md, "Which rows exist"):
--   counts            the rows counted
--   shares            the rows in the denominator
--   per-FTE values    the events, or staffing in a unit of the process (FTE-months)
--   HR_*              the staffing rows of the group (employee_months, also used for
--                     disclosure control)
-- Sums are exact (integers and DECIMAL); report.indicator_values_of turns them into values.
CREATE OR REPLACE VIEW report.indicator_period_sum AS
WITH invoice AS MATERIALIZED (
    SELECT * FROM report.invoice_period_sum
),
payslip AS MATERIALIZED (
    SELECT * FROM report.payslip_period_sum
),
contact AS MATERIALIZED (
    SELECT * FROM report.contact_period_sum
),
staffing AS MATERIALIZED (
    SELECT * FROM report.staffing_period_sum
),
fte_months AS MATERIALIZED (
    SELECT * FROM report.fte_period_sum
),
per_fte_value AS (
    -- events of the org, whatever its units' process, per FTE-month of the units of process S
    SELECT 'EKO_CUST_INV_PER_FTE_MONTH' AS indicator_code,
           coalesce(i.period_type, f.period_type) AS period_type, coalesce(i.period, f.period) AS period,
           coalesce(i.org_level, f.org_level) AS org_level, coalesce(i.org_code, f.org_code) AS org_code,
           coalesce(i.customer_invoices, 0) AS numerator, coalesce(f.fte_months, 0) AS denominator,
           coalesce(i.customer_invoices, 0) + coalesce(f.employee_months, 0) AS contributing_rows
    FROM invoice AS i
    FULL JOIN (SELECT * FROM fte_months WHERE process = 'CUSTOMER_INVOICING') AS f
      ON f.period_type = i.period_type AND f.period = i.period AND f.org_level = i.org_level AND f.org_code = i.org_code
    UNION ALL
    SELECT 'EKO_SUPP_INV_PER_FTE_MONTH',
           coalesce(i.period_type, f.period_type), coalesce(i.period, f.period),
           coalesce(i.org_level, f.org_level), coalesce(i.org_code, f.org_code),
           coalesce(i.supplier_invoices, 0), coalesce(f.fte_months, 0),
           coalesce(i.supplier_invoices, 0) + coalesce(f.employee_months, 0)
    FROM invoice AS i
    FULL JOIN (SELECT * FROM fte_months WHERE process = 'SUPPLIER_INVOICING') AS f
      ON f.period_type = i.period_type AND f.period = i.period AND f.org_level = i.org_level AND f.org_code = i.org_code
    UNION ALL
    SELECT 'LON_PAYSLIPS_PER_FTE_MONTH',
           coalesce(p.period_type, f.period_type), coalesce(p.period, f.period),
           coalesce(p.org_level, f.org_level), coalesce(p.org_code, f.org_code),
           coalesce(p.payslips, 0), coalesce(f.fte_months, 0),
           coalesce(p.payslips, 0) + coalesce(f.employee_months, 0)
    FROM payslip AS p
    FULL JOIN (SELECT * FROM fte_months WHERE process = 'PAYROLL') AS f
      ON f.period_type = p.period_type AND f.period = p.period AND f.org_level = p.org_level AND f.org_code = p.org_code
),
event_value AS (
    -- indicator, period, org, numerator, denominator, rows that make the org's row exist
    SELECT 'EKO_CUST_INV_COUNT' AS indicator_code, period_type, period, org_level, org_code,
           customer_invoices AS numerator, 0 AS denominator, customer_invoices AS contributing_rows FROM invoice
    UNION ALL SELECT 'EKO_SUPP_INV_COUNT', period_type, period, org_level, org_code,
           supplier_invoices, 0, supplier_invoices FROM invoice
    UNION ALL SELECT 'EKO_CUST_INV_ELECTRONIC_PCT', period_type, period, org_level, org_code,
           customer_electronic_invoices, customer_invoices, customer_invoices FROM invoice
    UNION ALL SELECT 'EKO_SUPP_INV_ELECTRONIC_PCT', period_type, period, org_level, org_code,
           supplier_electronic_invoices, supplier_invoices, supplier_invoices FROM invoice
    UNION ALL SELECT 'LON_PAYSLIP_COUNT', period_type, period, org_level, org_code,
           payslips, 0, payslips FROM payslip
    UNION ALL SELECT 'LON_ELECTRONIC_PCT', period_type, period, org_level, org_code,
           electronic_payslips, payslips, payslips FROM payslip
    UNION ALL SELECT 'KC_CONTACT_COUNT', period_type, period, org_level, org_code,
           contacts, 0, contacts FROM contact
    UNION ALL SELECT 'KC_PHONE_PCT', period_type, period, org_level, org_code,
           phone_calls, contacts, contacts FROM contact
    UNION ALL SELECT 'KC_ANSWERED_60S_PCT', period_type, period, org_level, org_code,
           phone_calls_answered_within_60s, phone_calls, phone_calls FROM contact
    UNION ALL SELECT 'KC_ANSWERED_120S_PCT', period_type, period, org_level, org_code,
           phone_calls_answered_within_120s, phone_calls, phone_calls FROM contact
    UNION ALL SELECT 'KC_AVAILABILITY_PCT', period_type, period, org_level, org_code,
           phone_calls_answered, phone_calls, phone_calls FROM contact
    UNION ALL SELECT 'KC_FIRST_CONTACT_RESOLUTION_PCT', period_type, period, org_level, org_code,
           contacts_resolved_first_contact, contacts_answered_or_handled, contacts_answered_or_handled FROM contact
),
hr_value AS (
    SELECT 'HR_FTE' AS indicator_code, period_type, period, org_level, org_code, population_group AS gender,
           fte AS numerator, 0 AS denominator,   -- divided by the period's calendar months in the model
           employee_months
    FROM staffing WHERE population_group IN ('T', 'K', 'M')
    UNION ALL SELECT 'HR_SICK_LEAVE_PCT', period_type, period, org_level, org_code, population_group,
           sick_hours, scheduled_hours, employee_months
    FROM staffing WHERE population_group IN ('T', 'K', 'M')
    UNION ALL SELECT 'HR_SICK_LEAVE_DAY1_14_PCT', period_type, period, org_level, org_code, population_group,
           sick_hours_day_1_14, scheduled_hours, employee_months
    FROM staffing WHERE population_group IN ('T', 'K', 'M')
    UNION ALL SELECT 'HR_LONG_TERM_SICK_SHARE_PCT', period_type, period, org_level, org_code, population_group,
           sick_hours_long_term, sick_hours, employee_months
    FROM staffing WHERE population_group IN ('T', 'K', 'M')
    UNION ALL SELECT f.indicator_code, s.period_type, s.period, s.org_level, s.org_code, 'T',
           s.sick_hours, s.scheduled_hours, s.employee_months
    FROM staffing AS s
    JOIN report.indicator_formula AS f ON f.age_group = s.population_group
)
SELECT indicator_code, period_type, period, org_level, org_code, 'T' AS gender,
       CAST(numerator AS DECIMAL(38, 6)) AS numerator, CAST(denominator AS DECIMAL(38, 6)) AS denominator,
       CAST(0 AS BIGINT) AS employee_months
FROM event_value
WHERE contributing_rows > 0
UNION ALL
SELECT indicator_code, period_type, period, org_level, org_code, 'T',
       CAST(numerator AS DECIMAL(38, 6)), CAST(denominator AS DECIMAL(38, 6)), CAST(0 AS BIGINT)
FROM per_fte_value
WHERE contributing_rows > 0
UNION ALL
SELECT indicator_code, period_type, period, org_level, org_code, gender,
       CAST(numerator AS DECIMAL(38, 6)), CAST(denominator AS DECIMAL(38, 6)), employee_months
FROM hr_value;
