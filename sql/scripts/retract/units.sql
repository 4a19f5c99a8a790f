-- Withdraws one delivery (variable retracted_file_id, of load run run_id) from core.units, as if
-- it had never been delivered. Natural key: (unit_code, valid_from). Last delivered wins, so a key whose current row
-- the delivery brought gets back the version of the latest other delivery that carried it (the
-- merge keeps replaced versions in meta.superseded_units), or none; a key whose current row a later
-- delivery brought keeps it. The delivery's own replaced versions are forgotten: no later
-- retraction may bring them back.
-- Run by `retract` in the same transaction as the recomputation of the months it touches.

-- The delivery's rows that are current.
CREATE OR REPLACE TEMP TABLE retract_units_withdrawn AS
SELECT *
FROM core.units
WHERE file_id = getvariable('retracted_file_id');

-- For each of their keys, the version of the latest other delivery (by run, then load order).
CREATE OR REPLACE TEMP TABLE retract_units_restored AS
WITH earlier_versions AS (
    SELECT kept.*
    FROM meta.superseded_units AS kept
    SEMI JOIN retract_units_withdrawn AS withdrawn USING (unit_code, valid_from)
    WHERE kept.file_id <> getvariable('retracted_file_id')
), ranked_versions AS (
    SELECT earlier_versions.*,
           row_number() OVER (
               PARTITION BY unit_code, valid_from
               ORDER BY delivery.run_id DESC, delivery.load_order DESC) AS recency
    FROM earlier_versions
    JOIN meta.load_file AS delivery ON delivery.file_id = earlier_versions.file_id
)
SELECT * EXCLUDE (recency)
FROM ranked_versions
WHERE recency = 1;

-- A withdrawn or restored version moves every month it covers (area and process of that month). An
-- open version is bounded by the latest month with data: later months have nothing to recompute.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH touched_versions AS (
    SELECT valid_from, valid_to FROM retract_units_withdrawn
    UNION ALL
    SELECT valid_from, valid_to FROM retract_units_restored
), latest_data AS (
    SELECT max(latest) AS latest_date FROM (
        SELECT max(month) AS latest FROM core.staffing
        UNION ALL SELECT max(registered_date) FROM core.invoices
        UNION ALL SELECT max(pay_date) FROM core.payslips
        UNION ALL SELECT max(received_at)::DATE FROM core.contacts
        UNION ALL SELECT max(date) FROM core.sick_leave
    )
)
SELECT getvariable('run_id'),
       date_trunc('month', min(valid_from))::DATE,
       date_trunc('month', greatest(min(valid_from),
           least(max(coalesce(valid_to, DATE '9999-12-31')),
                 coalesce((SELECT latest_date FROM latest_data), min(valid_from)))))::DATE
FROM touched_versions
HAVING count(*) > 0;

DELETE FROM core.units
WHERE file_id = getvariable('retracted_file_id');

INSERT INTO core.units BY NAME
SELECT *
FROM retract_units_restored;

-- The versions given back are current again; the delivery's replaced versions are forgotten.
DELETE FROM meta.superseded_units AS kept
USING retract_units_restored AS restored
WHERE kept.file_id = restored.file_id AND kept.unit_code = restored.unit_code AND kept.valid_from = restored.valid_from;

DELETE FROM meta.superseded_units
WHERE file_id = getvariable('retracted_file_id');

DROP TABLE retract_units_restored;
DROP TABLE retract_units_withdrawn;
