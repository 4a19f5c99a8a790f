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
SELECT sick_day.employee_pseudonym, sick_day.date, sick_day.month, sick_day.spell_start, sick_day.sick_hours,
       date_diff('day', sick_day.spell_start, sick_day.date) + 1 AS day_number,
       spell.length_days                                         AS spell_length_days,
       spell.is_long_term
FROM sick_day_in_scanned_months AS sick_day
JOIN core.sick_spell AS spell
  ON spell.employee_pseudonym = sick_day.employee_pseudonym AND spell.spell_start = sick_day.spell_start;
