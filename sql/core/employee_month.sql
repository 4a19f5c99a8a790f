-- core.employee_month: the HR fact, one row per staffing row (employee and month) of the
-- scanned months: the unit of that month with its area and process (known_unit = false
-- when the unit has no version valid on the first of the month), gender, age group, FTE,
-- scheduled hours and the sick hours of the same employee and month.
--
-- Sick-leave days are joined to the staffing row of the same employee and month; days
-- without one are left out here (and counted by the data test sick_leave_without_staffing).
CREATE OR REPLACE VIEW core.employee_month AS
WITH staffing_in_scanned_months AS (
    SELECT *
    FROM core.staffing
    WHERE month >= coalesce(CAST(getvariable('scan_from') AS DATE), DATE '0001-01-01')
      AND month <= coalesce(CAST(getvariable('scan_until') AS DATE), DATE '9999-12-31')
),
sick_hours_of_employee_month AS (
    SELECT employee_pseudonym, month,
           sum(sick_hours)                                 AS sick_hours,
           sum(sick_hours) FILTER (WHERE day_number <= 14) AS sick_hours_day_1_14,
           sum(sick_hours) FILTER (WHERE is_long_term)     AS sick_hours_long_term
    FROM core.sick_day
    GROUP BY employee_pseudonym, month
),
staffing_with_age AS (
    -- the age of an employee in a month is the month's year minus the birth year
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
       s.fte, s.scheduled_hours,
       coalesce(h.sick_hours, 0)           AS sick_hours,
       coalesce(h.sick_hours_day_1_14, 0)  AS sick_hours_day_1_14,
       coalesce(h.sick_hours_long_term, 0) AS sick_hours_long_term
FROM staffing_with_age AS s
LEFT JOIN core.unit_month AS u
  ON u.unit_code = s.unit_code AND u.month = s.month
LEFT JOIN sick_hours_of_employee_month AS h
  ON h.employee_pseudonym = s.employee_pseudonym AND h.month = s.month;
