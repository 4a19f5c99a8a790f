-- Where every fact came from, for `explain` and for analysts who trace a figure to its files.
-- Every fact keeps the file_id and line_number of the delivery that won its natural key; these
-- two views name those deliveries in the analysts' copy too, which has no meta schema and no
-- person-level HR facts. Views, so that they are always current; the copy stores their rows.
--
-- report.deliveries: every file whose rows were loaded (meta.load_file, state LOADED).
CREATE OR REPLACE VIEW report.deliveries AS
SELECT file_id, run_id, extract, file_name, file_checksum, rows_loaded, finished_at AS loaded_at
FROM meta.load_file
WHERE state = 'LOADED';

-- report.hr_delivery_months: how many staffing and sick-leave rows of each delivery are in the
-- warehouse, per calendar month, for the whole administration only, and only for the months
-- whose whole-administration sick-leave value (HR_SICK_LEAVE_PCT, ALL, T, MONTH) is shown: a
-- count per unit, gender or age group, or of a month whose value is withheld, would tell what
-- disclosure control hides. Nothing here is about one employee.
CREATE OR REPLACE VIEW report.hr_delivery_months AS
WITH shown_month AS (
    SELECT period_start AS month
    FROM report.indicator_values
    WHERE indicator_code = 'HR_SICK_LEAVE_PCT' AND period_type = 'MONTH' AND org_level = 'ALL'
      AND gender = 'T' AND NOT suppressed
),
hr_row_month AS (
    SELECT 'staffing' AS extract, file_id, month FROM core.staffing
    UNION ALL
    SELECT 'sick_leave', file_id, CAST(date_trunc('month', date) AS DATE) FROM core.sick_leave
)
SELECT r.extract, r.file_id, r.month, count(*) AS rows_in_month
FROM hr_row_month AS r
JOIN shown_month AS s ON s.month = r.month
GROUP BY r.extract, r.file_id, r.month;

COMMENT ON VIEW report.deliveries IS
    'Every delivery whose rows were loaded: the file_id that the facts (core.invoices, core.payslips, core.contacts, core.units, core.targets) carry, with its file name, checksum and load run.';
COMMENT ON COLUMN report.deliveries.file_id IS
    'The delivery, as in the file_id column of every fact.';
COMMENT ON COLUMN report.deliveries.run_id IS
    'Load run that loaded it, see report.load_runs.';
COMMENT ON COLUMN report.deliveries.extract IS
    'Extract (input folder name).';
COMMENT ON COLUMN report.deliveries.file_name IS
    'File path relative to the input folder, with /.';
COMMENT ON COLUMN report.deliveries.file_checksum IS
    'SHA-256 of the file content, hex.';
COMMENT ON COLUMN report.deliveries.rows_loaded IS
    'Data records it loaded. A later delivery of the same natural key replaces its row: the facts then carry the later file_id.';
COMMENT ON COLUMN report.deliveries.loaded_at IS
    'When its load finished (local time).';

COMMENT ON VIEW report.hr_delivery_months IS
    'Staffing and sick-leave rows per delivery and calendar month, whole administration, only for months whose whole-administration sick-leave value is shown. Nothing per employee, unit or group.';
COMMENT ON COLUMN report.hr_delivery_months.extract IS
    'staffing or sick_leave.';
COMMENT ON COLUMN report.hr_delivery_months.file_id IS
    'The delivery, see report.deliveries.';
COMMENT ON COLUMN report.hr_delivery_months.month IS
    'First day of the calendar month (staffing month, or the month of the sick day).';
COMMENT ON COLUMN report.hr_delivery_months.rows_in_month IS
    'Rows of that delivery and month in the warehouse (employee-months for staffing, sick days for sick_leave).';
