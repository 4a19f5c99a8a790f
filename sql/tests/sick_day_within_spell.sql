-- check: sick_day_within_spell
-- severity: FAIL
-- description: Every sick-leave day lies on or after its spell_start (day number at least 1).
SELECT employee_pseudonym, date, spell_start, 1 AS failing_rows
FROM core.sick_leave
WHERE date < spell_start;
