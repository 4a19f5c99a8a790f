-- check: sick_leave_without_staffing
-- severity: WARN
-- description: Sick-leave rows with no staffing row for that employee and month; they are kept but left out of the indicators.
SELECT d.employee_pseudonym, CAST(date_trunc('month', d.date) AS DATE) AS month, count(*) AS failing_rows
FROM core.sick_leave AS d
WHERE NOT EXISTS (SELECT 1 FROM core.staffing AS s
                  WHERE s.employee_pseudonym = d.employee_pseudonym
                    AND s.month = CAST(date_trunc('month', d.date) AS DATE))
GROUP BY ALL;
