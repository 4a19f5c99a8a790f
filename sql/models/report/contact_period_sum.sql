-- report.contact_period_sum: the contact counts of every calendar period, for
-- ALL, each area and each unit (known units only below ALL).
CREATE OR REPLACE VIEW report.contact_period_sum AS
WITH contact_month AS MATERIALIZED (
    SELECT * FROM core.contact_unit_month
),
contact_month_by_org AS (
    SELECT *, 'ALL' AS org_level, 'ALL' AS org_code FROM contact_month
    UNION ALL
    SELECT *, 'AREA', business_area FROM contact_month WHERE known_unit
    UNION ALL
    SELECT *, 'UNIT', unit_code FROM contact_month WHERE known_unit
)
SELECT pm.period_type, pm.period, c.org_level, c.org_code,
       sum(c.contacts)                         AS contacts,
       sum(c.phone_calls)                      AS phone_calls,
       sum(c.phone_calls_answered)             AS phone_calls_answered,
       sum(c.phone_calls_answered_within_60s)  AS phone_calls_answered_within_60s,
       sum(c.phone_calls_answered_within_120s) AS phone_calls_answered_within_120s,
       sum(c.contacts_answered_or_handled)     AS contacts_answered_or_handled,
       sum(c.contacts_resolved_first_contact)  AS contacts_resolved_first_contact
FROM core.period_calendar AS pm
JOIN contact_month_by_org AS c ON c.month = pm.month
GROUP BY pm.period_type, pm.period, c.org_level, c.org_code;
