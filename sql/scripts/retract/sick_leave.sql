-- Withdraws one delivery (variable retracted_file_id, of load run run_id) from core.sick_leave, as if
-- it had never been delivered. Natural key: (employee_pseudonym, date). Last delivered wins, so a key whose current row
-- the delivery brought gets back the version of the latest other delivery that carried it (the
-- merge keeps replaced versions in meta.superseded_sick_leave), or none; a key whose current row a later
-- delivery brought keeps it. The delivery's own replaced versions are forgotten: no later
-- retraction may bring them back.
-- Run by `retract` in the same transaction as the recomputation of the months it touches.

-- The delivery's rows that are current.
CREATE OR REPLACE TEMP TABLE retract_sick_leave_withdrawn AS
SELECT *
FROM core.sick_leave
WHERE file_id = getvariable('retracted_file_id');

-- For each of their keys, the version of the latest other delivery (by run, then load order).
CREATE OR REPLACE TEMP TABLE retract_sick_leave_restored AS
WITH earlier_versions AS (
    SELECT kept.*
    FROM meta.superseded_sick_leave AS kept
    SEMI JOIN retract_sick_leave_withdrawn AS withdrawn USING (employee_pseudonym, date)
    WHERE kept.file_id <> getvariable('retracted_file_id')
), ranked_versions AS (
    SELECT earlier_versions.*,
           row_number() OVER (
               PARTITION BY employee_pseudonym, date
               ORDER BY delivery.run_id DESC, delivery.load_order DESC) AS recency
    FROM earlier_versions
    JOIN meta.load_file AS delivery ON delivery.file_id = earlier_versions.file_id
)
SELECT * EXCLUDE (recency)
FROM ranked_versions
WHERE recency = 1;

-- A withdrawn or restored day changes the length of its spell, and so the long-term share of every
-- month of that spell: the touched months are all months of every touched spell.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH touched_spells AS (
    SELECT DISTINCT employee_pseudonym, spell_start FROM retract_sick_leave_withdrawn
    UNION
    SELECT employee_pseudonym, spell_start FROM retract_sick_leave_restored
), touched_dates AS (
    SELECT core_row.date AS touched_date
    FROM core.sick_leave AS core_row
    JOIN touched_spells USING (employee_pseudonym, spell_start)
    UNION ALL
    SELECT date FROM retract_sick_leave_restored
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_date))::DATE,
       date_trunc('month', max(touched_date))::DATE
FROM touched_dates
HAVING count(*) > 0;

DELETE FROM core.sick_leave
WHERE file_id = getvariable('retracted_file_id');

INSERT INTO core.sick_leave BY NAME
SELECT *
FROM retract_sick_leave_restored;

-- The versions given back are current again; the delivery's replaced versions are forgotten.
DELETE FROM meta.superseded_sick_leave AS kept
USING retract_sick_leave_restored AS restored
WHERE kept.file_id = restored.file_id AND kept.employee_pseudonym = restored.employee_pseudonym AND kept.date = restored.date;

DELETE FROM meta.superseded_sick_leave
WHERE file_id = getvariable('retracted_file_id');

DROP TABLE retract_sick_leave_restored;
DROP TABLE retract_sick_leave_withdrawn;
