-- Merges one ingested file into core.contacts. Natural key: (contact_id).
-- Variables: file_id (the file), run_id (the load run). The last delivery wins.

INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT contact_id, received_at
    FROM staging.contacts
    WHERE file_id = getvariable('file_id')
), replaced_rows AS (
    SELECT core_row.received_at
    FROM core.contacts AS core_row
    JOIN new_rows USING (contact_id)
), touched_times AS (
    SELECT received_at AS touched_at FROM new_rows
    UNION ALL
    SELECT received_at FROM replaced_rows
)
SELECT getvariable('run_id'),
       date_trunc('month', min(touched_at))::DATE,
       date_trunc('month', max(touched_at))::DATE
FROM touched_times
HAVING count(*) > 0;

DELETE FROM core.contacts AS core_row
USING staging.contacts AS new_row
WHERE new_row.file_id = getvariable('file_id')
  AND core_row.contact_id = new_row.contact_id;

INSERT INTO core.contacts
    (contact_id, received_at, channel, unit_code, outcome, wait_seconds, handle_seconds,
     resolved_first_contact, file_id, line_number)
SELECT contact_id, received_at, channel, unit_code, outcome, wait_seconds, handle_seconds,
       resolved_first_contact, file_id, line_number
FROM staging.contacts
WHERE file_id = getvariable('file_id');

DELETE FROM staging.contacts WHERE file_id = getvariable('file_id');
