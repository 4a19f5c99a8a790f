-- Descriptions of the analyst-facing tables (schemas report and core), stored in the
-- catalogue so that DuckDB CLI, DBeaver and Python show them (duckdb_tables(),
-- duckdb_columns()) and docs/warehouse.md is generated from them (se.nyckeltal.docs).
--
-- Style: one line per comment, meaning first, then unit and allowed values. No semicolons
-- or dollar-brace inside the texts: the build runs this file through a line-based splitter.

-- ---------------------------------------------------------------- report (public interface)
COMMENT ON TABLE report.indicator IS
    'Indicator catalogue (INDICATORS.md): one row per indicator code, with its Swedish name, unit and better direction.';
COMMENT ON COLUMN report.indicator.indicator_code IS
    'Indicator code, e.g. EKO_CUST_INV_COUNT. Prefix = area: EKO finance, LON payroll, KC contact centre, HR staff.';
COMMENT ON COLUMN report.indicator.indicator_name IS
    'Name in Swedish as in the annual report, e.g. Antal kundfakturor.';
COMMENT ON COLUMN report.indicator.unit IS
    'Unit of value: st (count, or count per FTE and month) or % (percentage, 0-100).';
COMMENT ON COLUMN report.indicator.direction IS
    'Which way is better: higher, lower or none (none = no target status).';
COMMENT ON COLUMN report.indicator.has_gender IS
    'true when values exist per gender K and M besides the total T.';
COMMENT ON COLUMN report.indicator.source_extract IS
    'Extract whose rows define which periods exist: invoices, payslips, contacts or staffing.';
COMMENT ON COLUMN report.indicator.sort_order IS
    'Position in the annual report indicator table (1 = first).';

COMMENT ON TABLE report.indicator_values IS
    'Indicator values: one row per indicator, period, organisational level, org code and gender. value = numerator / denominator (x 100 for %).';
COMMENT ON COLUMN report.indicator_values.indicator_code IS
    'Indicator code, see report.indicator.';
COMMENT ON COLUMN report.indicator_values.period_type IS
    'MONTH (a calendar month), YEAR (a calendar year) or R12 (rolling 12 months ending with period).';
COMMENT ON COLUMN report.indicator_values.period IS
    'Period label: yyyy-MM for MONTH and R12 (the last month), yyyy for YEAR.';
COMMENT ON COLUMN report.indicator_values.period_start IS
    'First day of the period.';
COMMENT ON COLUMN report.indicator_values.period_end IS
    'Last day of the period (inclusive).';
COMMENT ON COLUMN report.indicator_values.org_level IS
    'ALL (whole administration), AREA (business area) or UNIT (organisational unit).';
COMMENT ON COLUMN report.indicator_values.org_code IS
    'ALL for level ALL, the business_area code for AREA, the unit_code for UNIT.';
COMMENT ON COLUMN report.indicator_values.gender IS
    'T total, K women, M men. K and M only for indicators with has_gender.';
COMMENT ON COLUMN report.indicator_values.value IS
    'numerator / denominator (times 100 for % indicators), full precision. Plain counts: the count. NULL when suppressed or the denominator is 0.';
COMMENT ON COLUMN report.indicator_values.numerator IS
    'Numerator (count, hours, ...), 0 over no rows. NULL when suppressed.';
COMMENT ON COLUMN report.indicator_values.denominator IS
    'Denominator (FTE-months, scheduled hours, ...), 0 over no rows. NULL for plain counts and when suppressed.';
COMMENT ON COLUMN report.indicator_values.suppressed IS
    'true when an HR value describes at most 10 distinct employees (the configurable disclosure limit): value, numerator and denominator are then NULL.';

COMMENT ON TABLE report.indicator_table IS
    'The annual report indicator table: one row per indicator and year, whole administration (org_level ALL).';
COMMENT ON COLUMN report.indicator_table.indicator_code IS
    'Indicator code, see report.indicator.';
COMMENT ON COLUMN report.indicator_table.indicator_name IS
    'Name in Swedish (from report.indicator).';
COMMENT ON COLUMN report.indicator_table.year IS
    'Calendar year.';
COMMENT ON COLUMN report.indicator_table.outcome IS
    'Outcome of the year, gender T, full precision (the YEAR value of report.indicator_values).';
COMMENT ON COLUMN report.indicator_table.outcome_women IS
    'Outcome for women (gender K). NULL where the indicator has no gender breakdown or is suppressed.';
COMMENT ON COLUMN report.indicator_table.outcome_men IS
    'Outcome for men (gender M). NULL where the indicator has no gender breakdown or is suppressed.';
COMMENT ON COLUMN report.indicator_table.previous_year_outcome IS
    'Outcome of the year before (gender T), NULL without one.';
COMMENT ON COLUMN report.indicator_table.board_target IS
    'Target of the board for the year (nämndens årsmål), from the targets extract. NULL without one.';
COMMENT ON COLUMN report.indicator_table.council_target IS
    'Target of the city council for the year (KF:s årsmål), from the targets extract. NULL without one.';
COMMENT ON COLUMN report.indicator_table.board_target_met IS
    'outcome >= board_target (direction higher) or <= (lower). NULL without target, outcome or direction.';
COMMENT ON COLUMN report.indicator_table.council_target_met IS
    'outcome >= council_target (direction higher) or <= (lower). NULL without target, outcome or direction.';

COMMENT ON TABLE report.rejected_rows IS
    'Every rejected row and every failed file of every load run, with the reason.';
COMMENT ON COLUMN report.rejected_rows.run_id IS
    'Load run, see report.load_runs.';
COMMENT ON COLUMN report.rejected_rows.extract IS
    'Extract (input folder name): units, staffing, invoices, payslips, contacts, sick_leave or targets.';
COMMENT ON COLUMN report.rejected_rows.file_name IS
    'File path relative to the input folder, with /, e.g. invoices/2017-03.csv.';
COMMENT ON COLUMN report.rejected_rows.line_number IS
    'Physical line where the record starts (header = line 1). NULL for a whole-file failure.';
COMMENT ON COLUMN report.rejected_rows.column_name IS
    'Column at fault. NULL when not one column is at fault.';
COMMENT ON COLUMN report.rejected_rows.reason IS
    'Why the row or file was rejected, in plain words.';
COMMENT ON COLUMN report.rejected_rows.raw_line IS
    'The rejected record as delivered, employee_ref masked (HR extracts) and personal identity numbers masked everywhere.';

COMMENT ON TABLE report.load_runs IS
    'Load log: one row per load run and input file.';
COMMENT ON COLUMN report.load_runs.run_id IS
    'Load run (one execution of the load command).';
COMMENT ON COLUMN report.load_runs.started_at IS
    'When the file started loading (local time).';
COMMENT ON COLUMN report.load_runs.finished_at IS
    'When the file finished (local time).';
COMMENT ON COLUMN report.load_runs.extract IS
    'Extract (input folder name).';
COMMENT ON COLUMN report.load_runs.file_name IS
    'File path relative to the input folder, with /.';
COMMENT ON COLUMN report.load_runs.file_checksum IS
    'SHA-256 of the file content, hex. Content loaded before is skipped whatever its name.';
COMMENT ON COLUMN report.load_runs.rows_read IS
    'Data records read (header and blank lines not counted).';
COMMENT ON COLUMN report.load_runs.rows_loaded IS
    'Data records loaded into core (0 for a failed or skipped file).';
COMMENT ON COLUMN report.load_runs.rows_rejected IS
    'Data records rejected, see report.rejected_rows.';
COMMENT ON COLUMN report.load_runs.status IS
    'LOADED, SKIPPED_UNCHANGED (content loaded before) or FAILED (nothing of the file loaded).';
COMMENT ON COLUMN report.load_runs.message IS
    'Why a file failed or was skipped. NULL when loaded.';

COMMENT ON TABLE report.data_quality IS
    'Named data-quality checks, rewritten after each recomputation of the indicators.';
COMMENT ON COLUMN report.data_quality.check_name IS
    'Check name, e.g. sick_leave_without_staffing or unknown_unit.';
COMMENT ON COLUMN report.data_quality.description IS
    'What the check counts.';
COMMENT ON COLUMN report.data_quality.failing_count IS
    'Number of rows failing the check (0 = all good).';
COMMENT ON COLUMN report.data_quality.status IS
    'PASS, WARN or FAIL.';
COMMENT ON COLUMN report.data_quality.checked_at IS
    'When the check ran (local time).';

-- ---------------------------------------------------------------- core (cleaned facts)
-- file_id and line_number appear in every core table: they trace a row to its delivery.

COMMENT ON TABLE core.units IS
    'Organisational units, a slowly changing dimension: one row per unit version. The version of a month is the one valid on its first day (latest valid_from wins on overlap).';
COMMENT ON COLUMN core.units.unit_code IS
    'Unit code, upper case, e.g. EKO-KUND1.';
COMMENT ON COLUMN core.units.valid_from IS
    'First day this version is valid.';
COMMENT ON COLUMN core.units.valid_to IS
    'Last day this version is valid (inclusive). NULL = still valid.';
COMMENT ON COLUMN core.units.unit_name IS
    'Unit name, e.g. Kundreskontra 1.';
COMMENT ON COLUMN core.units.business_area IS
    'Business area: EKONOMI, LON, KONTAKTCENTER, HR, UPPHANDLING, LOKAL or ADMIN.';
COMMENT ON COLUMN core.units.process IS
    'Process: CUSTOMER_INVOICING, SUPPLIER_INVOICING, PAYROLL, CONTACT_CENTER or OTHER. Selects the FTE-months of per-FTE indicators.';
COMMENT ON COLUMN core.units.file_id IS
    'Delivery this row came from (internal load id).';
COMMENT ON COLUMN core.units.line_number IS
    'Line of the row in that delivery.';

COMMENT ON TABLE core.staffing IS
    'Staffing: one row per employee and month (last delivery wins). Source of FTE-months, scheduled hours and HR populations.';
COMMENT ON COLUMN core.staffing.employee_pseudonym IS
    'Keyed one-way pseudonym of the employee (HMAC-SHA256, hex), stable across loads. The raw employee_ref is never stored.';
COMMENT ON COLUMN core.staffing.month IS
    'The month, as its first day.';
COMMENT ON COLUMN core.staffing.unit_code IS
    'Unit the employee belonged to that month.';
COMMENT ON COLUMN core.staffing.gender IS
    'K woman, M man, X other or unknown (counted in totals only).';
COMMENT ON COLUMN core.staffing.birth_year IS
    'Birth year. Age in a month = year of the month - birth_year. NULL = left out of the age indicators.';
COMMENT ON COLUMN core.staffing.employment_rate_pct IS
    'Employment rate (sysselsättningsgrad), percent 0-100.';
COMMENT ON COLUMN core.staffing.fte IS
    'Full-time equivalents (årsarbetare) that month, 0-1.5: employment rate less unpaid leave.';
COMMENT ON COLUMN core.staffing.scheduled_hours IS
    'Ordinary (scheduled) working time that month, hours.';
COMMENT ON COLUMN core.staffing.file_id IS
    'Delivery this row came from (internal load id).';
COMMENT ON COLUMN core.staffing.line_number IS
    'Line of the row in that delivery.';

COMMENT ON TABLE core.invoices IS
    'Customer and supplier invoices handled: one row per invoice (natural key invoice_type, invoice_id).';
COMMENT ON COLUMN core.invoices.invoice_type IS
    'CUSTOMER (kundfaktura) or SUPPLIER (leverantörsfaktura).';
COMMENT ON COLUMN core.invoices.invoice_id IS
    'Invoice id in the finance system.';
COMMENT ON COLUMN core.invoices.registered_date IS
    'Date the invoice was handled. Decides its month.';
COMMENT ON COLUMN core.invoices.unit_code IS
    'Processing unit.';
COMMENT ON COLUMN core.invoices.customer_org IS
    'Administration (förvaltning) the invoice belongs to. NULL if not given.';
COMMENT ON COLUMN core.invoices.channel IS
    'How it arrived: ELECTRONIC, SCANNED or MANUAL.';
COMMENT ON COLUMN core.invoices.amount_sek IS
    'Amount, SEK. NULL if not given.';
COMMENT ON COLUMN core.invoices.file_id IS
    'Delivery this row came from (internal load id).';
COMMENT ON COLUMN core.invoices.line_number IS
    'Line of the row in that delivery.';

COMMENT ON TABLE core.payslips IS
    'Salaries (payslips) administered: one row per payslip.';
COMMENT ON COLUMN core.payslips.payslip_id IS
    'Payslip id.';
COMMENT ON COLUMN core.payslips.pay_date IS
    'Pay date. Decides its month.';
COMMENT ON COLUMN core.payslips.unit_code IS
    'Payroll unit that administered it.';
COMMENT ON COLUMN core.payslips.employer_org IS
    'Administration that employs the payee. NULL if not given.';
COMMENT ON COLUMN core.payslips.source IS
    'ELECTRONIC (reported through an upstream system) or MANUAL.';
COMMENT ON COLUMN core.payslips.file_id IS
    'Delivery this row came from (internal load id).';
COMMENT ON COLUMN core.payslips.line_number IS
    'Line of the row in that delivery.';

COMMENT ON TABLE core.contacts IS
    'Incoming contact-centre contacts: one row per contact.';
COMMENT ON COLUMN core.contacts.contact_id IS
    'Contact id.';
COMMENT ON COLUMN core.contacts.received_at IS
    'When the contact came in, local time Europe/Stockholm. Decides its month.';
COMMENT ON COLUMN core.contacts.channel IS
    'PHONE, EMAIL or CHAT.';
COMMENT ON COLUMN core.contacts.unit_code IS
    'Answering unit (queue group).';
COMMENT ON COLUMN core.contacts.outcome IS
    'ANSWERED or ABANDONED (PHONE, CHAT), HANDLED (EMAIL).';
COMMENT ON COLUMN core.contacts.wait_seconds IS
    'Seconds until answered or abandoned. Always given for PHONE and CHAT.';
COMMENT ON COLUMN core.contacts.handle_seconds IS
    'Talk or handling time, seconds. NULL if not given.';
COMMENT ON COLUMN core.contacts.resolved_first_contact IS
    'Resolved at the first contact. Given when outcome is ANSWERED or HANDLED.';
COMMENT ON COLUMN core.contacts.file_id IS
    'Delivery this row came from (internal load id).';
COMMENT ON COLUMN core.contacts.line_number IS
    'Line of the row in that delivery.';

COMMENT ON TABLE core.sick_leave IS
    'Sick leave: one row per employee and calendar day of sick leave.';
COMMENT ON COLUMN core.sick_leave.employee_pseudonym IS
    'Keyed one-way pseudonym of the employee, as in core.staffing.';
COMMENT ON COLUMN core.sick_leave.date IS
    'A calendar day with sick leave.';
COMMENT ON COLUMN core.sick_leave.spell_start IS
    'First day of the continuous sick-leave spell this day belongs to. Day number = date - spell_start + 1.';
COMMENT ON COLUMN core.sick_leave.sick_hours IS
    'Hours of scheduled time lost that day (partial sick leave gives fewer).';
COMMENT ON COLUMN core.sick_leave.file_id IS
    'Delivery this row came from (internal load id).';
COMMENT ON COLUMN core.sick_leave.line_number IS
    'Line of the row in that delivery.';

COMMENT ON TABLE core.targets IS
    'Annual targets: one row per indicator and year.';
COMMENT ON COLUMN core.targets.indicator_code IS
    'Indicator code, see report.indicator.';
COMMENT ON COLUMN core.targets.year IS
    'Calendar year.';
COMMENT ON COLUMN core.targets.board_target IS
    'Target of the board (nämndens årsmål), in the unit of the indicator. NULL if not given.';
COMMENT ON COLUMN core.targets.council_target IS
    'Target of the city council (KF:s årsmål), in the unit of the indicator. NULL if not given.';
COMMENT ON COLUMN core.targets.file_id IS
    'Delivery this row came from (internal load id).';
COMMENT ON COLUMN core.targets.line_number IS
    'Line of the row in that delivery.';
