-- check: sick_spell_length
-- severity: FAIL
-- description: Every sick-leave spell is at least as many calendar days long as it has loaded days (one row per employee and day).
SELECT employee_pseudonym, spell_start, length_days, sick_days, 1 AS failing_rows
FROM core.sick_spell
WHERE length_days < sick_days;
