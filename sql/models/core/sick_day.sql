-- core.sick_day: the loaded sick-leave days of the scanned months, each with its day
-- number in the spell (date - spell_start + 1) and whether its spell is long-term
-- (length 60 days or more).
CREATE OR REPLACE VIEW core.sick_day AS
WITH sick_day_in_scanned_months AS (
    SELECT employee_pseudonym, date, CAST(date_trunc('month', date) AS DATE) AS month,
           spell_start, sick_hours
    FROM core.sick_leave
    WHERE date >= coalesce(CAST(getvariable('scan_from') AS DATE), DATE '0001-01-01')
      AND date <= coalesce(CAST(getvariable('scan_until') AS DATE), DATE '9999-12-31')
)
SELECT d.employee_pseudonym, d.date, d.month, d.spell_start, d.sick_hours,
       date_diff('day', d.spell_start, d.date) + 1 AS day_number,
       s.length_days                               AS spell_length_days,
       s.is_long_term
FROM sick_day_in_scanned_months AS d
JOIN core.sick_spell AS s
  ON s.employee_pseudonym = d.employee_pseudonym AND s.spell_start = d.spell_start;
