-- report.contact_indicator_part: what each unit-month of contacts adds to the KC_*
-- indicators (see invoice_indicator_part for the shape and the contribution rule).
CREATE OR REPLACE VIEW report.contact_indicator_part AS
WITH contact_month AS (
    SELECT month,
           CASE WHEN known_unit THEN unit_code END AS unit_code,
           business_area,
           contacts, phone_calls, phone_calls_answered,
           phone_calls_answered_within_60s, phone_calls_answered_within_120s,
           contacts_answered_or_handled, contacts_resolved_first_contact
    FROM core.contact_unit_month
),
indicator_part AS (
    SELECT 'KC_CONTACT_COUNT' AS indicator_code, month, unit_code, business_area,
           contacts AS numerator, 0 AS denominator, contacts AS contributing_rows
    FROM contact_month
    UNION ALL
    SELECT 'KC_PHONE_PCT', month, unit_code, business_area,
           phone_calls, contacts, contacts
    FROM contact_month
    UNION ALL
    SELECT 'KC_ANSWERED_60S_PCT', month, unit_code, business_area,
           phone_calls_answered_within_60s, phone_calls, phone_calls
    FROM contact_month
    UNION ALL
    SELECT 'KC_ANSWERED_120S_PCT', month, unit_code, business_area,
           phone_calls_answered_within_120s, phone_calls, phone_calls
    FROM contact_month
    UNION ALL
    SELECT 'KC_AVAILABILITY_PCT', month, unit_code, business_area,
           phone_calls_answered, phone_calls, phone_calls
    FROM contact_month
    UNION ALL
    SELECT 'KC_FIRST_CONTACT_RESOLUTION_PCT', month, unit_code, business_area,
           contacts_resolved_first_contact, contacts_answered_or_handled, contacts_answered_or_handled
    FROM contact_month
)
SELECT indicator_code, month, unit_code, business_area, 'T' AS gender,
       CAST(numerator AS DECIMAL(38, 6))   AS numerator,
       CAST(denominator AS DECIMAL(38, 6)) AS denominator
FROM indicator_part
WHERE contributing_rows > 0;
