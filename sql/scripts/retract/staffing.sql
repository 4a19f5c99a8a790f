-- Withdraws one delivery (variable retracted_file_id, of load run run_id) from core.staffing, as if
-- it had never been delivered. Natural key: (employee_pseudonym, month). Last delivered wins, so a key whose current row
-- the delivery brought gets back the version of the latest other delivery that carried it (the
-- merge keeps replaced versions in meta.superseded_staffing), or none; a key whose current row a later
-- delivery brought keeps it. The delivery's own replaced versions are forgotten: no later
-- retraction may bring them back.
-- Run by `retract` in the same transaction as the recomputation of the months it touches.

-- The delivery's rows that are current.
CREATE OR REPLACE TEMP TABLE retract_staffing_withdrawn AS
SELECT *
FROM core.staffing
WHERE file_id = getvariable('retracted_file_id');

-- For each of their keys, the version of the latest other delivery (by run, then load order).
CREATE OR REPLACE TEMP TABLE retract_staffing_restored AS
WITH earlier_versions AS (
    SELECT kept.*
    FROM meta.superseded_staffing AS kept
    SEMI JOIN retract_staffing_withdrawn AS withdrawn USING (employee_pseudonym, month)
    WHERE kept.file_id <> getvariable('retracted_file_id')
), ranked_versions AS (
    SELECT earlier_versions.*,
           row_number() OVER (
               PARTITION BY employee_pseudonym, month
               ORDER BY delivery.run_id DESC, delivery.load_order DESC) AS recency
    FROM earlier_versions
    JOIN meta.load_file AS delivery ON delivery.file_id = earlier_versions.file_id
)
SELECT * EXCLUDE (recency)
FROM ranked_versions
WHERE recency = 1;

-- The months whose indicators change: those of the withdrawn rows and of the versions given back
-- (sick-leave days join staffing by month, so these cover them too).
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH touched_months AS (
    SELECT month FROM retract_staffing_withdrawn
    UNION ALL
    SELECT month FROM retract_staffing_restored
)
SELECT getvariable('run_id'), min(month), max(month)
FROM touched_months
HAVING count(*) > 0;

DELETE FROM core.staffing
WHERE file_id = getvariable('retracted_file_id');

INSERT INTO core.staffing BY NAME
SELECT *
FROM retract_staffing_restored;

-- The versions given back are current again; the delivery's replaced versions are forgotten.
DELETE FROM meta.superseded_staffing AS kept
USING retract_staffing_restored AS restored
WHERE kept.file_id = restored.file_id AND kept.employee_pseudonym = restored.employee_pseudonym AND kept.month = restored.month;

DELETE FROM meta.superseded_staffing
WHERE file_id = getvariable('retracted_file_id');

DROP TABLE retract_staffing_restored;
DROP TABLE retract_staffing_withdrawn;
