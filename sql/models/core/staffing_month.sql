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
SELECT staffing.employee_pseudonym, staffing.month, staffing.unit_code,
       unit.business_area, unit.process, unit.unit_code IS NOT NULL AS known_unit,
       staffing.gender, staffing.birth_year, staffing.age,
       CASE WHEN staffing.age <= 29 THEN '29_OR_YOUNGER'
            WHEN staffing.age <= 49 THEN '30_49'
            WHEN staffing.age >= 50 THEN '50_OR_OLDER'
       END AS age_group,
       staffing.fte, staffing.scheduled_hours
FROM staffing_with_age AS staffing
LEFT JOIN core.unit_month AS unit
  ON unit.unit_code = staffing.unit_code AND unit.month = staffing.month;
