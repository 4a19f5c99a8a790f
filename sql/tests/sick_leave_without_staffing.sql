-- check: sick_leave_without_staffing
-- severity: WARN
-- description: Sick-leave rows with no staffing row for that employee and month; they are kept but left out of the indicators.
SELECT sick_day.employee_pseudonym, CAST(date_trunc('month', sick_day.date) AS DATE) AS month, count(*) AS failing_rows
FROM core.sick_leave AS sick_day
WHERE NOT EXISTS (SELECT 1 FROM core.staffing AS staffing
                  WHERE staffing.employee_pseudonym = sick_day.employee_pseudonym
                    AND staffing.month = CAST(date_trunc('month', sick_day.date) AS DATE))
GROUP BY ALL;
