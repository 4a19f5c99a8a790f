-- Merges the run's ingested files into core.units, a slowly changing dimension.
-- Natural key: (unit_code, valid_from). Variables: run_id, last_order (as in invoices.sql).
-- The last delivery wins.
-- Versions from different deliveries may overlap; the unit's version of a month is resolved
-- where it is used (core.unit_month): the valid one with the latest valid_from.
-- The staged rows stay where they are: staging is an in-memory database, which a transaction
-- that writes the warehouse may read but not write; the loader clears it after the merge.

-- The run's files of this extract that passed ingest, in load order.
CREATE OR REPLACE TEMP TABLE merge_units_files AS
SELECT file_id, load_order
FROM meta.load_file
WHERE run_id = getvariable('run_id') AND extract = 'units' AND state = 'INGESTED'
  AND load_order <= getvariable('last_order');

-- Natural keys delivered by more than one file of the run (usually none), with the last
-- file's load order: only that file's row is merged (within a file a key is unique: the reader
-- rejects repeats). An aggregate rather than a window over all staged rows: it stays small and
-- spills to disk when the run is large.
CREATE OR REPLACE TEMP TABLE merge_units_repeated AS
SELECT unit_code, valid_from, max(run_file.load_order) AS last_order
FROM staging.units AS staged
JOIN merge_units_files AS run_file USING (file_id)
GROUP BY unit_code, valid_from
HAVING count(*) > 1;

-- The rows to merge: one per natural key, the last delivery's.
CREATE OR REPLACE TEMP VIEW merge_units AS
SELECT staged.*
FROM staging.units AS staged
JOIN merge_units_files AS run_file USING (file_id)
LEFT JOIN merge_units_repeated AS repeated USING (unit_code, valid_from)
WHERE repeated.last_order IS NULL OR repeated.last_order = run_file.load_order;

-- A changed version moves every month it covers (area and process of that month). An open
-- version is bounded by the latest month with data: later months have nothing to recompute.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT unit_code, valid_from, valid_to
    FROM merge_units
), replaced_rows AS (
    SELECT core_row.unit_code, core_row.valid_from, core_row.valid_to
    FROM core.units AS core_row
    JOIN new_rows USING (unit_code, valid_from)
), touched_versions AS (
    SELECT valid_from, valid_to FROM new_rows
    UNION ALL
    SELECT valid_from, valid_to FROM replaced_rows
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

-- The versions this merge replaces are kept, so that `retract` can give them back (see
-- sql/scripts/retract/): the current rows of the keys it delivers, and the rows of an earlier file of
-- the run that a later one of the same run outdoes (usually none). Each keeps its own file_id.
INSERT INTO meta.superseded_units BY NAME
SELECT core_row.*
FROM core.units AS core_row
SEMI JOIN merge_units AS new_row USING (unit_code, valid_from);

INSERT INTO meta.superseded_units BY NAME
SELECT unit_code, valid_from, valid_to, unit_name, business_area, process, file_id, line_number
FROM staging.units AS staged
JOIN merge_units_files AS run_file USING (file_id)
JOIN merge_units_repeated AS repeated USING (unit_code, valid_from)
WHERE run_file.load_order < repeated.last_order;

DELETE FROM core.units AS core_row
USING merge_units AS new_row
WHERE core_row.unit_code = new_row.unit_code
  AND core_row.valid_from = new_row.valid_from;

INSERT INTO core.units
    (unit_code, valid_from, valid_to, unit_name, business_area, process, file_id, line_number)
SELECT unit_code, valid_from, valid_to, unit_name, business_area, process, file_id, line_number
FROM merge_units;

DROP VIEW merge_units;
DROP TABLE merge_units_repeated;
DROP TABLE merge_units_files;
