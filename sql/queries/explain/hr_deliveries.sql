-- explain/hr_deliveries: the staffing and sick-leave deliveries behind one value, from the
-- person-level facts of the loader's file (the analysts' copy has none: it traces HR values
-- through report.hr_delivery_months instead). Per file: the rows that count, with their first
-- and last line number; nothing per employee leaves this query.
--   staffing rows  the employee-months of the value's period, organisation (by the unit's version
--                  valid on the first of the month), gender (T: all) and age group (age_group, or
--                  NULL for all); with fte_process set, only units of that process (FTE-months of
--                  the per-FTE indicators)
--   sick_days      NONE, ALL (the sick days of those employee-months) or DAY_1_14 (day number <= 14)
WITH period_month AS (
    SELECT CAST(month AS DATE) AS month
    FROM range(CAST(getvariable('period_start') AS DATE),
               CAST(getvariable('period_end') AS DATE) + INTERVAL 1 DAY,
               INTERVAL 1 MONTH) AS r(month)
),
unit_of_month AS (
    SELECT u.unit_code, m.month, u.business_area, u.process
    FROM period_month AS m
    JOIN core.units AS u
      ON u.valid_from <= m.month AND (u.valid_to IS NULL OR u.valid_to >= m.month)
    QUALIFY row_number() OVER (PARTITION BY u.unit_code, m.month ORDER BY u.valid_from DESC) = 1
),
staffing_of_period AS (
    SELECT s.*, year(s.month) - s.birth_year AS age
    FROM core.staffing AS s
    WHERE s.month BETWEEN CAST(getvariable('period_start') AS DATE) AND CAST(getvariable('period_end') AS DATE)
),
employee_month_of_value AS (
    SELECT s.employee_pseudonym, s.month, s.file_id, s.line_number
    FROM staffing_of_period AS s
    LEFT JOIN unit_of_month AS u ON u.unit_code = s.unit_code AND u.month = s.month
    WHERE (getvariable('org_level') = 'ALL'
           OR (getvariable('org_level') = 'AREA' AND u.business_area = getvariable('org_code'))
           OR (getvariable('org_level') = 'UNIT' AND u.unit_code = getvariable('org_code')))
      AND (getvariable('gender') = 'T' OR s.gender = getvariable('gender'))
      AND (getvariable('age_group') IS NULL
           OR (getvariable('age_group') = '29_OR_YOUNGER' AND s.age <= 29)
           OR (getvariable('age_group') = '30_49' AND s.age BETWEEN 30 AND 49)
           OR (getvariable('age_group') = '50_OR_OLDER' AND s.age >= 50))
      AND (getvariable('fte_process') IS NULL OR u.process = getvariable('fte_process'))
),
sick_day_of_value AS (
    SELECT d.file_id, d.line_number
    FROM core.sick_leave AS d
    JOIN employee_month_of_value AS e
      ON e.employee_pseudonym = d.employee_pseudonym
     AND e.month = CAST(date_trunc('month', d.date) AS DATE)
    WHERE getvariable('sick_days') = 'ALL'
       OR (getvariable('sick_days') = 'DAY_1_14' AND date_diff('day', d.spell_start, d.date) + 1 <= 14)
),
counted_row AS (
    SELECT 'staffing' AS extract, file_id, line_number FROM employee_month_of_value
    UNION ALL
    SELECT 'sick_leave', file_id, line_number FROM sick_day_of_value
)
SELECT extract, file_id, count(*) AS rows_contributing,
       min(line_number) AS first_line, max(line_number) AS last_line
FROM counted_row
GROUP BY extract, file_id
ORDER BY extract, file_id
