-- core.sick_spell: one row per sick-leave spell (the days of one employee sharing one
-- spell_start). Its length runs to the latest loaded day of the spell over ALL loaded
-- data, days without a staffing row included, so this model is never windowed.
CREATE OR REPLACE VIEW core.sick_spell AS
WITH spell_extent AS (
    SELECT employee_pseudonym, spell_start, max(date) AS last_loaded_date, count(*) AS sick_days
    FROM core.sick_leave
    GROUP BY employee_pseudonym, spell_start
)
SELECT employee_pseudonym, spell_start, last_loaded_date, sick_days,
       date_diff('day', spell_start, last_loaded_date) + 1       AS length_days,
       date_diff('day', spell_start, last_loaded_date) + 1 >= 60 AS is_long_term
FROM spell_extent;
