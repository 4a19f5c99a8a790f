-- Merges one ingested file into core.targets. Natural key: (indicator_code, year).
-- Variables: file_id (the file), run_id (the load run). The last delivery wins.

-- Targets only change the indicator table; marking their years keeps that rebuild in the run.
INSERT INTO meta.dirty_months (run_id, from_month, to_month)
WITH new_rows AS (
    SELECT indicator_code, year
    FROM staging.targets
    WHERE file_id = getvariable('file_id')
), replaced_rows AS (
    SELECT core_row.year
    FROM core.targets AS core_row
    JOIN new_rows USING (indicator_code, year)
), touched_years AS (
    SELECT year FROM new_rows
    UNION ALL
    SELECT year FROM replaced_rows
)
SELECT getvariable('run_id'), make_date(min(year), 1, 1), make_date(max(year), 12, 1)
FROM touched_years
HAVING count(*) > 0;

DELETE FROM core.targets AS core_row
USING staging.targets AS new_row
WHERE new_row.file_id = getvariable('file_id')
  AND core_row.indicator_code = new_row.indicator_code
  AND core_row.year = new_row.year;

INSERT INTO core.targets (indicator_code, year, board_target, council_target, file_id, line_number)
SELECT indicator_code, year, board_target, council_target, file_id, line_number
FROM staging.targets
WHERE file_id = getvariable('file_id');

DELETE FROM staging.targets WHERE file_id = getvariable('file_id');
