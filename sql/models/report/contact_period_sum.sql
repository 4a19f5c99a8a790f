-- report.contact_period_sum: the contact counts of every calendar period, for ALL, each area
-- and each unit (report.org_memberships: known units only below ALL).
CREATE OR REPLACE VIEW report.contact_period_sum AS
WITH contact_month_by_org AS (
    SELECT *, unnest(report.org_memberships(known_unit, business_area, unit_code), recursive := true)
    FROM core.contact_unit_month
)
SELECT calendar.period_type, calendar.period, contact.org_level, contact.org_code,
       sum(contact.contacts)                         AS contacts,
       sum(contact.phone_calls)                      AS phone_calls,
       sum(contact.phone_calls_answered)             AS phone_calls_answered,
       sum(contact.phone_calls_answered_within_60s)  AS phone_calls_answered_within_60s,
       sum(contact.phone_calls_answered_within_120s) AS phone_calls_answered_within_120s,
       sum(contact.contacts_answered_or_handled)     AS contacts_answered_or_handled,
       sum(contact.contacts_resolved_first_contact)  AS contacts_resolved_first_contact
FROM core.period_calendar AS calendar
JOIN contact_month_by_org AS contact ON contact.month = calendar.month
GROUP BY calendar.period_type, calendar.period, contact.org_level, contact.org_code;
