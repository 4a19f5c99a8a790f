-- The staging layer: each delivered file's valid rows, typed, tagged with the file and line they
-- came from, between the ingest and the merge of one load run. These tables live in an in-memory
-- database that the loader attaches as `staging` when it opens the warehouse (StagingDatabase):
-- they are empty at every start, and they never reach the write-ahead log or the warehouse file.
-- (For jOOQ's code generation the build creates them in a schema of that name instead.)
CREATE TABLE IF NOT EXISTS staging.units (
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL,
    unit_code VARCHAR NOT NULL, unit_name VARCHAR NOT NULL,
    business_area VARCHAR NOT NULL, process VARCHAR NOT NULL,
    valid_from DATE NOT NULL, valid_to DATE
);
CREATE TABLE IF NOT EXISTS staging.staffing (
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL,
    employee_pseudonym VARCHAR NOT NULL, month DATE NOT NULL,
    unit_code VARCHAR NOT NULL, gender VARCHAR NOT NULL, birth_year INTEGER,
    employment_rate_pct DOUBLE NOT NULL, fte DOUBLE NOT NULL, scheduled_hours DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS staging.invoices (
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL,
    invoice_id VARCHAR NOT NULL, invoice_type VARCHAR NOT NULL,
    registered_date DATE NOT NULL, unit_code VARCHAR NOT NULL,
    customer_org VARCHAR, channel VARCHAR NOT NULL, amount_sek DOUBLE
);
CREATE TABLE IF NOT EXISTS staging.payslips (
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL,
    payslip_id VARCHAR NOT NULL, pay_date DATE NOT NULL,
    unit_code VARCHAR NOT NULL, employer_org VARCHAR, source VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS staging.contacts (
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL,
    contact_id VARCHAR NOT NULL, received_at TIMESTAMP NOT NULL,
    channel VARCHAR NOT NULL, unit_code VARCHAR NOT NULL, outcome VARCHAR NOT NULL,
    wait_seconds INTEGER, handle_seconds INTEGER, resolved_first_contact BOOLEAN
);
CREATE TABLE IF NOT EXISTS staging.sick_leave (
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL,
    employee_pseudonym VARCHAR NOT NULL, date DATE NOT NULL,
    spell_start DATE NOT NULL, sick_hours DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS staging.targets (
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL,
    indicator_code VARCHAR NOT NULL, year INTEGER NOT NULL,
    board_target DOUBLE, council_target DOUBLE
);
