-- report.contact_indicator_period_sum: numerator and denominator of the contact-centre
-- indicators (KC_*) per calendar period and org, gender T, for the orgs whose denominator has
-- rows in the period (shaped as report.indicator_period_sum).
CREATE OR REPLACE VIEW report.contact_indicator_period_sum AS
WITH contact AS MATERIALIZED (
    SELECT * FROM report.contact_period_sum
),
contact_value AS (
    -- indicator, period, org, numerator, denominator, rows that make the org's row exist
    SELECT 'KC_CONTACT_COUNT' AS indicator_code, period_type, period, org_level, org_code,
           contacts AS numerator, 0 AS denominator, contacts AS contributing_rows
    FROM contact
    UNION ALL
    SELECT 'KC_PHONE_PCT', period_type, period, org_level, org_code,
           phone_calls, contacts, contacts
    FROM contact
    UNION ALL
    SELECT 'KC_ANSWERED_60S_PCT', period_type, period, org_level, org_code,
           phone_calls_answered_within_60s, phone_calls, phone_calls
    FROM contact
    UNION ALL
    SELECT 'KC_ANSWERED_120S_PCT', period_type, period, org_level, org_code,
           phone_calls_answered_within_120s, phone_calls, phone_calls
    FROM contact
    UNION ALL
    SELECT 'KC_AVAILABILITY_PCT', period_type, period, org_level, org_code,
           phone_calls_answered, phone_calls, phone_calls
    FROM contact
    UNION ALL
    SELECT 'KC_FIRST_CONTACT_RESOLUTION_PCT', period_type, period, org_level, org_code,
           contacts_resolved_first_contact, contacts_answered_or_handled, contacts_answered_or_handled
    FROM contact
)
SELECT indicator_code, period_type, period, org_level, org_code, 'T' AS gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator,
       CAST(0 AS BIGINT)                   AS employee_months
FROM contact_value
WHERE contributing_rows > 0;
