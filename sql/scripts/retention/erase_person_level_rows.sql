-- Erases the person-level HR rows of the months before kept_from and freezes the indicator values
-- that needed them, in the caller's transaction (one transaction: a killed erase leaves the
-- warehouse as before or as after). Variables: kept_from (the first month kept, a DATE) and
-- erased_at (a TIMESTAMP). Run by EraseExpiredHrRowsTasklet after the touched periods were
-- recomputed with every month still there.
--
-- A table is emptied and its kept rows inserted again, not DELETEd in place: DuckDB marks a
-- deleted row in its row group and keeps its bytes, but frees the blocks of a table's old row
-- groups at the next checkpoint; HrRetention then overwrites the freed blocks.
--
-- A sick-leave spell that crosses kept_from needs nothing more: each kept day carries its
-- spell_start, from which its day number and the spell's length are computed (core.sick_spell).

-- 1. Freeze: the stored values of the person-level indicators whose period starts before kept_from.
UPDATE report.indicator_values
SET frozen_at = getvariable('erased_at')
WHERE frozen_at IS NULL
  AND period_start < getvariable('kept_from')
  AND indicator_code IN (SELECT indicator_code FROM report.person_level_indicator);

-- 2. The HR values before disclosure control of the frozen periods: never needed again.
CREATE OR REPLACE TEMP TABLE retention_kept_hr_indicator_value AS
SELECT * FROM core.hr_indicator_value WHERE period_start >= getvariable('kept_from');
DELETE FROM core.hr_indicator_value;
INSERT INTO core.hr_indicator_value SELECT * FROM retention_kept_hr_indicator_value;
DROP TABLE retention_kept_hr_indicator_value;

-- 3. Staffing rows (one per employee and month).
CREATE OR REPLACE TEMP TABLE retention_kept_staffing AS
SELECT * FROM core.staffing WHERE month >= getvariable('kept_from');
DELETE FROM core.staffing;
INSERT INTO core.staffing SELECT * FROM retention_kept_staffing;
DROP TABLE retention_kept_staffing;

-- 4. Sick-leave days (one per employee and day).
CREATE OR REPLACE TEMP TABLE retention_kept_sick_leave AS
SELECT * FROM core.sick_leave WHERE date >= getvariable('kept_from');
DELETE FROM core.sick_leave;
INSERT INTO core.sick_leave SELECT * FROM retention_kept_sick_leave;
DROP TABLE retention_kept_sick_leave;

-- 4b. The versions of staffing and sick-leave rows that later deliveries replaced, kept for
--     `retract` (meta.superseded_*): person-level too, erased by the same horizon.
CREATE OR REPLACE TEMP TABLE retention_kept_superseded_staffing AS
SELECT * FROM meta.superseded_staffing WHERE month >= getvariable('kept_from');
DELETE FROM meta.superseded_staffing;
INSERT INTO meta.superseded_staffing SELECT * FROM retention_kept_superseded_staffing;
DROP TABLE retention_kept_superseded_staffing;

CREATE OR REPLACE TEMP TABLE retention_kept_superseded_sick_leave AS
SELECT * FROM meta.superseded_sick_leave WHERE date >= getvariable('kept_from');
DELETE FROM meta.superseded_sick_leave;
INSERT INTO meta.superseded_sick_leave SELECT * FROM retention_kept_superseded_sick_leave;
DROP TABLE retention_kept_superseded_sick_leave;

-- 5. Rejected rows of the person-level extracts (their raw lines are about one employee) from
--    load runs that ended before kept_from.
CREATE OR REPLACE TEMP TABLE retention_expired_run AS
SELECT run_id
FROM report.load_runs
GROUP BY run_id
HAVING max(coalesce(finished_at, started_at)) < getvariable('kept_from');

CREATE OR REPLACE TEMP TABLE retention_kept_rejected_rows AS
SELECT *
FROM report.rejected_rows
WHERE extract NOT IN ('staffing', 'sick_leave')
   OR run_id NOT IN (SELECT run_id FROM retention_expired_run);
DELETE FROM report.rejected_rows;
INSERT INTO report.rejected_rows SELECT * FROM retention_kept_rejected_rows;
DROP TABLE retention_kept_rejected_rows;
DROP TABLE retention_expired_run;

-- 6. What the recomputations, the refusal of old deliveries and `status` go by.
DELETE FROM meta.hr_retention;
INSERT INTO meta.hr_retention (kept_from, erased_at, wiped)
VALUES (getvariable('kept_from'), getvariable('erased_at'), false);
