-- Withdraws one delivery (variable retracted_file_id, of load run run_id) from core.targets, as if
-- it had never been delivered. Natural key: (indicator_code, year). Last delivered wins, so a key whose current row
-- the delivery brought gets back the version of the latest other delivery that carried it (the
-- merge keeps replaced versions in meta.superseded_targets), or none; a key whose current row a later
-- delivery brought keeps it. The delivery's own replaced versions are forgotten: no later
-- retraction may bring them back.
-- Run by `retract` in the same transaction as the recomputation of the months it touches.

-- The delivery's rows that are current.
CREATE OR REPLACE TEMP TABLE retract_targets_withdrawn AS
SELECT *
FROM core.targets
WHERE file_id = getvariable('retracted_file_id');

-- For each of their keys, the version of the latest other delivery (by run, then load order).
CREATE OR REPLACE TEMP TABLE retract_targets_restored AS
WITH earlier_versions AS (
    SELECT kept.*
    FROM meta.superseded_targets AS kept
    SEMI JOIN retract_targets_withdrawn AS withdrawn USING (indicator_code, year)
    WHERE kept.file_id <> getvariable('retracted_file_id')
), ranked_versions AS (
    SELECT earlier_versions.*,
           row_number() OVER (
               PARTITION BY indicator_code, year
               ORDER BY delivery.run_id DESC, delivery.load_order DESC) AS recency
    FROM earlier_versions
    JOIN meta.load_file AS delivery ON delivery.file_id = earlier_versions.file_id
)
SELECT * EXCLUDE (recency)
FROM ranked_versions
WHERE recency = 1;

-- Targets only change the indicator table; marking their years keeps that rebuild in the retraction.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH touched_years AS (
    SELECT year FROM retract_targets_withdrawn
    UNION ALL
    SELECT year FROM retract_targets_restored
)
SELECT getvariable('run_id'), make_date(min(year), 1, 1), make_date(max(year), 12, 1)
FROM touched_years
HAVING count(*) > 0;

DELETE FROM core.targets
WHERE file_id = getvariable('retracted_file_id');

INSERT INTO core.targets BY NAME
SELECT *
FROM retract_targets_restored;

-- The versions given back are current again; the delivery's replaced versions are forgotten.
DELETE FROM meta.superseded_targets AS kept
USING retract_targets_restored AS restored
WHERE kept.file_id = restored.file_id AND kept.indicator_code = restored.indicator_code AND kept.year = restored.year;

DELETE FROM meta.superseded_targets
WHERE file_id = getvariable('retracted_file_id');

DROP TABLE retract_targets_restored;
DROP TABLE retract_targets_withdrawn;
