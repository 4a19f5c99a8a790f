-- nyckeltal warehouse, schema version 1.
--
-- Layers (data flows one way):
--   staging  rows appended by the loader, tagged with the file they came from
--   core     the current, deduplicated state of every extract (last delivery wins)
--   report   the public interface of WAREHOUSE.md: indicators, rejects, run log
--   meta     the loader's own bookkeeping (plans, recomputation windows)
--
-- Large tables carry no PRIMARY KEY: DuckDB's ART indexes slow bulk appends and
-- make delete-then-insert of the same key in one transaction fragile. Keys are
-- enforced by the merge (sql/core/merge_*.sql) and checked by the data tests.

CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS report;
CREATE SCHEMA IF NOT EXISTS meta;

-- ---------------------------------------------------------------- meta
CREATE SEQUENCE IF NOT EXISTS meta.run_id_seq START 1;
CREATE SEQUENCE IF NOT EXISTS meta.file_id_seq START 1;

-- The plan of one load run: every file discovered, in load order.
CREATE TABLE IF NOT EXISTS meta.load_file (
    file_id        BIGINT    NOT NULL PRIMARY KEY,
    run_id         BIGINT    NOT NULL,
    load_order     INTEGER   NOT NULL,
    extract        VARCHAR   NOT NULL,
    file_name      VARCHAR   NOT NULL,
    file_checksum  VARCHAR   NOT NULL,
    file_bytes     BIGINT    NOT NULL,
    -- PENDING → INGESTED → LOADED | FAILED, or SKIPPED_UNCHANGED at discovery
    state          VARCHAR   NOT NULL,
    rows_read      BIGINT,
    rows_loaded    BIGINT,
    rows_rejected  BIGINT,
    message        VARCHAR,
    started_at     TIMESTAMP,
    finished_at    TIMESTAMP
);

-- Months whose indicators a merge made stale, per run.
CREATE TABLE IF NOT EXISTS meta.dirty_months (
    run_id      BIGINT NOT NULL,
    from_month  DATE   NOT NULL,
    to_month    DATE   NOT NULL
);

-- The window the indicator models compute (one row while they run).
CREATE TABLE IF NOT EXISTS meta.recompute_window (
    from_month  DATE NOT NULL,
    to_month    DATE NOT NULL
);

-- ---------------------------------------------------------------- staging
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
CREATE TABLE IF NOT EXISTS staging.rejected_rows (
    file_id BIGINT NOT NULL, line_number BIGINT,
    column_name VARCHAR, reason VARCHAR NOT NULL, raw_line VARCHAR
);

-- ---------------------------------------------------------------- core
-- Measures are DECIMAL so that sums over millions of rows are exact.
CREATE TABLE IF NOT EXISTS core.units (
    unit_code VARCHAR NOT NULL, valid_from DATE NOT NULL, valid_to DATE,
    unit_name VARCHAR NOT NULL, business_area VARCHAR NOT NULL, process VARCHAR NOT NULL,
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS core.staffing (
    employee_pseudonym VARCHAR NOT NULL, month DATE NOT NULL,
    unit_code VARCHAR NOT NULL, gender VARCHAR NOT NULL, birth_year INTEGER,
    employment_rate_pct DECIMAL(18,6) NOT NULL, fte DECIMAL(18,6) NOT NULL,
    scheduled_hours DECIMAL(18,6) NOT NULL,
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS core.invoices (
    invoice_type VARCHAR NOT NULL, invoice_id VARCHAR NOT NULL,
    registered_date DATE NOT NULL, unit_code VARCHAR NOT NULL,
    customer_org VARCHAR, channel VARCHAR NOT NULL, amount_sek DECIMAL(18,4),
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS core.payslips (
    payslip_id VARCHAR NOT NULL, pay_date DATE NOT NULL,
    unit_code VARCHAR NOT NULL, employer_org VARCHAR, source VARCHAR NOT NULL,
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS core.contacts (
    contact_id VARCHAR NOT NULL, received_at TIMESTAMP NOT NULL,
    channel VARCHAR NOT NULL, unit_code VARCHAR NOT NULL, outcome VARCHAR NOT NULL,
    wait_seconds INTEGER, handle_seconds INTEGER, resolved_first_contact BOOLEAN,
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS core.sick_leave (
    employee_pseudonym VARCHAR NOT NULL, date DATE NOT NULL,
    spell_start DATE NOT NULL, sick_hours DECIMAL(18,6) NOT NULL,
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS core.targets (
    indicator_code VARCHAR NOT NULL, year INTEGER NOT NULL,
    board_target DOUBLE, council_target DOUBLE,
    file_id BIGINT NOT NULL, line_number BIGINT NOT NULL
);

-- ---------------------------------------------------------------- report (public)
CREATE TABLE IF NOT EXISTS report.indicator (
    indicator_code VARCHAR NOT NULL PRIMARY KEY,
    indicator_name VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,          -- 'st' or '%'
    direction VARCHAR NOT NULL,     -- 'higher', 'lower' or 'none'
    has_gender BOOLEAN NOT NULL,
    source_extract VARCHAR NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS report.indicator_values (
    indicator_code VARCHAR NOT NULL,
    period_type VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    org_level VARCHAR NOT NULL,
    org_code VARCHAR NOT NULL,
    gender VARCHAR NOT NULL,
    value DOUBLE,
    numerator DOUBLE,
    denominator DOUBLE,
    suppressed BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS report.indicator_table (
    indicator_code VARCHAR NOT NULL,
    indicator_name VARCHAR NOT NULL,
    year INTEGER NOT NULL,
    outcome DOUBLE,
    outcome_women DOUBLE,
    outcome_men DOUBLE,
    previous_year_outcome DOUBLE,
    board_target DOUBLE,
    council_target DOUBLE,
    board_target_met BOOLEAN,
    council_target_met BOOLEAN
);

CREATE TABLE IF NOT EXISTS report.rejected_rows (
    run_id BIGINT NOT NULL,
    extract VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    line_number BIGINT,
    column_name VARCHAR,
    reason VARCHAR NOT NULL,
    raw_line VARCHAR
);

CREATE TABLE IF NOT EXISTS report.load_runs (
    run_id BIGINT NOT NULL,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    extract VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    file_checksum VARCHAR NOT NULL,
    rows_read BIGINT,
    rows_loaded BIGINT,
    rows_rejected BIGINT,
    status VARCHAR NOT NULL,
    message VARCHAR
);

CREATE TABLE IF NOT EXISTS report.data_quality (
    check_name VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    failing_count BIGINT NOT NULL,
    status VARCHAR NOT NULL,
    checked_at TIMESTAMP NOT NULL
);
