-- core.staffing_month: one row per staffing row (employee and month) of the scanned months,
-- with the unit's version of that month (area and process; known_unit = false when the unit
-- has no version valid on the first of the month), gender, birth year and age group.
-- The age of an employee in a month is the month's year minus the birth year; without a
-- birth year the age group is NULL.
CREATE OR REPLACE VIEW core.staffing_month AS
WITH staffing_in_scanned_months AS (
    SELECT *
    FROM core.staffing
    WHERE month >= coalesce(CAST(getvariable('scan_from') AS DATE), DATE '0001-01-01')
      AND month <= coalesce(CAST(getvariable('scan_until') AS DATE), DATE '9999-12-31')
),
staffing_with_age AS (
    SELECT *, year(month) - birth_year AS age
    FROM staffing_in_scanned_months
)
SELECT s.employee_pseudonym, s.month, s.unit_code,
       u.business_area, u.process, u.unit_code IS NOT NULL AS known_unit,
       s.gender, s.birth_year, s.age,
       CASE WHEN s.age <= 29 THEN '29_OR_YOUNGER'
            WHEN s.age <= 49 THEN '30_49'
            WHEN s.age >= 50 THEN '50_OR_OLDER'
       END AS age_group,
       s.fte, s.scheduled_hours
FROM staffing_with_age AS s
LEFT JOIN core.unit_month AS u
  ON u.unit_code = s.unit_code AND u.month = s.month;
