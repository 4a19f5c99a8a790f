-- core.employee_month: the HR fact, one row per staffing row (employee and month) of the
-- scanned months (core.staffing_month: unit, area, process, gender, age group, FTE and
-- scheduled hours) with the sick hours of the same employee and month.
--
-- Sick-leave days are joined to the staffing row of the same employee and month; days
-- without one are left out here (and counted by the data test sick_leave_without_staffing).
CREATE OR REPLACE VIEW core.employee_month AS
WITH sick_hours_of_employee_month AS (
    SELECT employee_pseudonym, month,
           sum(sick_hours)                                 AS sick_hours,
           sum(sick_hours) FILTER (WHERE day_number <= 14) AS sick_hours_day_1_14,
           sum(sick_hours) FILTER (WHERE is_long_term)     AS sick_hours_long_term
    FROM core.sick_day
    GROUP BY employee_pseudonym, month
)
SELECT staffing.employee_pseudonym, staffing.month, staffing.unit_code,
       staffing.business_area, staffing.process, staffing.known_unit,
       staffing.gender, staffing.birth_year, staffing.age, staffing.age_group,
       staffing.fte, staffing.scheduled_hours,
       coalesce(sickness.sick_hours, 0)           AS sick_hours,
       coalesce(sickness.sick_hours_day_1_14, 0)  AS sick_hours_day_1_14,
       coalesce(sickness.sick_hours_long_term, 0) AS sick_hours_long_term
FROM core.staffing_month AS staffing
LEFT JOIN sick_hours_of_employee_month AS sickness
  ON sickness.employee_pseudonym = staffing.employee_pseudonym AND sickness.month = staffing.month;
