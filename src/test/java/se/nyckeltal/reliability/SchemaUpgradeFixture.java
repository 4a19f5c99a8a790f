package se.nyckeltal.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Builds a fixture warehouse of an earlier schema version for {@link SchemaUpgradeTests}: the migrations up
 * to that version (Flyway's target), then the same few rows in every core and report table. The rows name
 * only the columns of V001 and use no feature of later migrations, so every future fixture gets them too.
 *
 * How to make one: {@code src/test/resources/schema-fixtures/README.md}.
 */
public final class SchemaUpgradeFixture {

    /** The rows: what SchemaUpgradeTests expects back, written out there by hand. */
    static final List<String> ROWS = List.of("""
            INSERT INTO core.units (unit_code, valid_from, valid_to, unit_name, business_area, process, file_id,
                line_number) VALUES
              ('EKO-KUND1', DATE '2016-01-01', NULL, 'Kundreskontra 1', 'EKONOMI', 'CUSTOMER_INVOICING', 1, 2),
              ('LON-1', DATE '2016-01-01', DATE '2017-06-30', 'Lönecenter Norr', 'LON', 'PAYROLL', 1, 3)""", """
            INSERT INTO core.staffing (employee_pseudonym, month, unit_code, gender, birth_year,
                employment_rate_pct, fte, scheduled_hours, file_id, line_number) VALUES
              ('pseudo-a', DATE '2017-01-01', 'EKO-KUND1', 'K', 1980, 100, 1.0, 168, 2, 2),
              ('pseudo-b', DATE '2017-01-01', 'LON-1', 'M', NULL, 75, 0.75, 126.5, 2, 3)""", """
            INSERT INTO core.invoices (invoice_type, invoice_id, registered_date, unit_code, customer_org, channel,
                amount_sek, file_id, line_number) VALUES
              ('CUSTOMER', 'F-1', DATE '2017-01-02', 'EKO-KUND1', 'KS', 'ELECTRONIC', 1234.5, 3, 2),
              ('SUPPLIER', 'F-2', DATE '2017-01-31', 'EKO-KUND1', NULL, 'MANUAL', NULL, 3, 3)""", """
            INSERT INTO core.payslips (payslip_id, pay_date, unit_code, employer_org, source, file_id, line_number)
            VALUES ('P-1', DATE '2017-01-25', 'LON-1', 'KS', 'ELECTRONIC', 4, 2)""", """
            INSERT INTO core.contacts (contact_id, received_at, channel, unit_code, outcome, wait_seconds,
                handle_seconds, resolved_first_contact, file_id, line_number) VALUES
              ('C-1', TIMESTAMP '2017-01-10 08:00:00', 'PHONE', 'KC-1', 'ANSWERED', 30, 120, true, 5, 2),
              ('C-2', TIMESTAMP '2017-01-10 08:05:30', 'EMAIL', 'KC-1', 'HANDLED', NULL, 600, false, 5, 3)""", """
            INSERT INTO core.sick_leave (employee_pseudonym, date, spell_start, sick_hours, file_id, line_number)
            VALUES ('pseudo-a', DATE '2017-01-10', DATE '2017-01-09', 8, 6, 2)""", """
            INSERT INTO core.targets (indicator_code, year, board_target, council_target, file_id, line_number)
            VALUES ('HR_FTE', 2017, 1.5, NULL, 7, 2)""", """
            INSERT INTO report.indicator_values (indicator_code, period_type, period, period_start, period_end,
                org_level, org_code, gender, value, numerator, denominator, suppressed) VALUES
              ('EKO_CUST_INV_COUNT', 'MONTH', '2017-01', DATE '2017-01-01', DATE '2017-01-31', 'ALL', 'ALL', 'T',
               1, 1, NULL, false),
              ('HR_FTE', 'YEAR', '2017', DATE '2017-01-01', DATE '2017-12-31', 'AREA', 'LON', 'K',
               NULL, NULL, NULL, true)""", """
            INSERT INTO report.indicator_table (indicator_code, indicator_name, year, outcome, outcome_women,
                outcome_men, previous_year_outcome, board_target, council_target, board_target_met,
                council_target_met) VALUES
              ('HR_FTE', 'Antal årsarbetare, genomsnitt', 2017, 1.75, 1.0, 0.75, NULL, 1.5, NULL, NULL, NULL)""", """
            INSERT INTO report.load_runs (run_id, started_at, finished_at, extract, file_name, file_checksum,
                rows_read, rows_loaded, rows_rejected, status, message) VALUES
              (1, TIMESTAMP '2017-02-01 02:00:00', TIMESTAMP '2017-02-01 02:00:01', 'invoices',
               'invoices/2017-01.csv', 'ab12', 3, 2, 1, 'LOADED', '1 row(s) rejected, see report.rejected_rows'),
              (1, TIMESTAMP '2017-02-01 02:00:01', TIMESTAMP '2017-02-01 02:00:02', 'payslips',
               'payslips/2017-01.csv', 'cd34', 0, 0, 0, 'FAILED', 'payslips/2017-01.csv: the file is empty')""", """
            INSERT INTO report.rejected_rows (run_id, extract, file_name, line_number, column_name, reason, raw_line)
            VALUES
              (1, 'invoices', 'invoices/2017-01.csv', 4, 'amount_sek', 'amount_sek: ''x'' is not a decimal number',
               'F-3;CUSTOMER;2017-01-03;EKO-KUND1;KS;SCANNED;x'),
              (1, 'payslips', 'payslips/2017-01.csv', NULL, NULL, 'payslips/2017-01.csv: the file is empty', NULL)""", """
            INSERT INTO report.data_quality (check_name, description, failing_count, status, checked_at) VALUES
              ('unknown_unit', 'event and staffing rows whose unit has no version', 1, 'WARN',
               TIMESTAMP '2017-02-01 02:00:03')""");

    private SchemaUpgradeFixture() {}

    public static void main(String[] args) throws SQLException, java.io.IOException {
        if (args.length != 2) {
            System.err.println("usage: SchemaUpgradeFixture FILE VERSION (e.g. v003.duckdb 3)");
            System.exit(64);
        }
        build(Path.of(args[0]), args[1]);
        System.out.println("Wrote " + args[0] + " (" + Files.size(Path.of(args[0])) + " bytes)");
    }

    static void build(Path file, String version) throws SQLException, java.io.IOException {
        Files.deleteIfExists(file);
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + file.toAbsolutePath());
        config.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:sql/migrations")
                    .target(version)
                    .load()
                    .migrate();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                // the ids used below, drawn as the loader draws them: run 1, files 1 to 7
                statement.execute("SELECT nextval('meta.run_id_seq')");
                statement.execute("SELECT nextval('meta.file_id_seq') FROM range(7)");
                for (String insert : ROWS) {
                    statement.execute(insert);
                }
                statement.execute("CHECKPOINT");
            }
        }
    }
}
