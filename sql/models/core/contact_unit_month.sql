-- core.contact_unit_month: contact-centre contacts counted per answering unit and month
-- (month of received_at, local time), with the unit's area and process of that month.
CREATE OR REPLACE VIEW core.contact_unit_month AS
WITH contact_in_scanned_months AS (
    -- month = the first day of the month: the date less its day number + 1 (cheaper than
    -- date_trunc on millions of rows)
    SELECT CAST(received_at AS DATE) - CAST(day(received_at) - 1 AS INTEGER) AS month, unit_code,
           channel, outcome, wait_seconds, resolved_first_contact
    FROM core.contacts
    WHERE received_at >= CAST(coalesce(CAST(getvariable('scan_from') AS DATE), DATE '0001-01-01') AS TIMESTAMP)
      AND received_at <  CAST(coalesce(CAST(getvariable('scan_until') AS DATE), DATE '9999-12-30') + 1 AS TIMESTAMP)
),
contact_count AS (
    SELECT month, unit_code,
           count(*)                                                   AS contacts,
           count(*) FILTER (WHERE channel = 'PHONE')                  AS phone_calls,
           count(*) FILTER (WHERE channel = 'PHONE' AND outcome = 'ANSWERED')
                                                                      AS phone_calls_answered,
           count(*) FILTER (WHERE channel = 'PHONE' AND outcome = 'ANSWERED' AND wait_seconds <= 60)
                                                                      AS phone_calls_answered_within_60s,
           count(*) FILTER (WHERE channel = 'PHONE' AND outcome = 'ANSWERED' AND wait_seconds <= 120)
                                                                      AS phone_calls_answered_within_120s,
           count(*) FILTER (WHERE outcome IN ('ANSWERED', 'HANDLED')) AS contacts_answered_or_handled,
           count(*) FILTER (WHERE outcome IN ('ANSWERED', 'HANDLED') AND resolved_first_contact)
                                                                      AS contacts_resolved_first_contact
    FROM contact_in_scanned_months
    GROUP BY month, unit_code
)
SELECT contact.month, contact.unit_code, unit.business_area, unit.process, unit.unit_code IS NOT NULL AS known_unit,
       contact.contacts, contact.phone_calls, contact.phone_calls_answered,
       contact.phone_calls_answered_within_60s, contact.phone_calls_answered_within_120s,
       contact.contacts_answered_or_handled, contact.contacts_resolved_first_contact
FROM contact_count AS contact
LEFT JOIN core.unit_month AS unit ON unit.unit_code = contact.unit_code AND unit.month = contact.month;
