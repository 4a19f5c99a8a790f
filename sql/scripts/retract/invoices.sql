-- Withdraws one delivery (variable retracted_file_id, of load run run_id) from core.invoices, as if
-- it had never been delivered. Natural key: (invoice_type, invoice_id). Last delivered wins, so a key whose current row
-- the delivery brought gets back the version of the latest other delivery that carried it (the
-- merge keeps replaced versions in meta.superseded_invoices), or none; a key whose current row a later
-- delivery brought keeps it. The delivery's own replaced versions are forgotten: no later
-- retraction may bring them back.
-- Run by `retract` in the same transaction as the recomputation of the months it touches.

-- The delivery's rows that are current.
CREATE OR REPLACE TEMP TABLE retract_invoices_withdrawn AS
SELECT *
FROM core.invoices
WHERE file_id = getvariable('retracted_file_id');

-- For each of their keys, the version of the latest other delivery (by run, then load order).
CREATE OR REPLACE TEMP TABLE retract_invoices_restored AS
WITH earlier_versions AS (
    SELECT kept.*
    FROM meta.superseded_invoices AS kept
    SEMI JOIN retract_invoices_withdrawn AS withdrawn USING (invoice_type, invoice_id)
    WHERE kept.file_id <> getvariable('retracted_file_id')
), ranked_versions AS (
    SELECT earlier_versions.*,
           row_number() OVER (
               PARTITION BY invoice_type, invoice_id
               ORDER BY delivery.run_id DESC, delivery.load_order DESC) AS recency
    FROM earlier_versions
    JOIN meta.load_file AS delivery ON delivery.file_id = earlier_versions.file_id
)
SELECT * EXCLUDE (recency)
FROM ranked_versions
WHERE recency = 1;

-- The months whose indicators change: those of the withdrawn rows and of the versions given back.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH touched_dates AS (
    SELECT registered_date AS touched_date FROM retract_invoices_withdrawn
    UNION ALL
    SELECT registered_date FROM retract_invoices_restored
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_date))::DATE,
       date_trunc('month', max(touched_date))::DATE
FROM touched_dates
HAVING count(*) > 0;

DELETE FROM core.invoices
WHERE file_id = getvariable('retracted_file_id');

INSERT INTO core.invoices BY NAME
SELECT *
FROM retract_invoices_restored;

-- The versions given back are current again; the delivery's replaced versions are forgotten.
DELETE FROM meta.superseded_invoices AS kept
USING retract_invoices_restored AS restored
WHERE kept.file_id = restored.file_id AND kept.invoice_type = restored.invoice_type AND kept.invoice_id = restored.invoice_id;

DELETE FROM meta.superseded_invoices
WHERE file_id = getvariable('retracted_file_id');

DROP TABLE retract_invoices_restored;
DROP TABLE retract_invoices_withdrawn;
