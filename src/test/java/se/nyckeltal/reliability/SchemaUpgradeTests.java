package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.nyckeltal.support.TestWarehouse;

/**
 * A warehouse of every released schema version ({@code schema-fixtures/v*.duckdb.gz}, see its README) opened
 * through the normal migration path: it ends at the latest migration, keeps every row it had, and the real
 * {@code load} works on it afterwards. Each new schema version adds its own fixture.
 */
class SchemaUpgradeTests {

    @BeforeAll
    static void pseudonymKey() {
        BadInputCli.usePseudonymKey();
    }

    @AfterAll
    static void restoreKey() {
        BadInputCli.restorePseudonymKey();
    }

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path folder =
                Path.of(SchemaUpgradeTests.class.getResource("/schema-fixtures").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("v\\d+\\.duckdb\\.gz"))
                    .sorted()
                    .toList();
            assertThat(names).as("fixtures").contains("v003.duckdb.gz");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void anOlderWarehouseIsMigratedToTheLatestSchemaAndKeepsEveryRow(String fixture, @TempDir Path dir)
            throws Exception {
        Path warehouse = unzip(fixture, dir.resolve("warehouse.duckdb"));

        try (TestWarehouse upgraded = TestWarehouse.open(warehouse)) {
            DSLContext dsl = upgraded.dsl();
            assertThat(strings(
                            dsl,
                            "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL "
                                    + "ORDER BY installed_rank DESC LIMIT 1"))
                    .containsExactly(latestMigrationVersion());
            assertThat(strings(dsl, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                    .containsExactly("0");
            assertFixtureRows(dsl);
            // the sequences go on where the fixture left them (run 1, files 1 to 7): no id is handed out twice
            assertThat(strings(dsl, "SELECT nextval('meta.run_id_seq')")).containsExactly("2");
            assertThat(strings(dsl, "SELECT nextval('meta.file_id_seq')")).containsExactly("8");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theLoadWorksOnAnUpgradedWarehouse(String fixture, @TempDir Path dir) throws Exception {
        Path warehouse = unzip(fixture, dir.resolve("warehouse.duckdb"));
        Path input = dir.resolve("input");
        Files.createDirectories(input.resolve("invoices"));
        Files.writeString(input.resolve("invoices/2017-02.csv"), """
                invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
                F-10;CUSTOMER;2017-02-01;EKO-KUND1;KS;ELECTRONIC;10
                F-1;CUSTOMER;2017-01-02;EKO-KUND1;KS;SCANNED;99
                """);

        BadInputCli.Result result =
                BadInputCli.run("load", "--input", input.toString(), "--warehouse", warehouse.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        try (TestWarehouse upgraded = TestWarehouse.open(warehouse)) {
            DSLContext dsl = upgraded.dsl();
            // F-1 is delivered again (now SCANNED, 99) and replaces the fixture's; F-10 is new; F-2 stays
            assertThat(strings(
                            dsl,
                            "SELECT concat_ws(' | ', invoice_type, invoice_id, channel, amount_sek) "
                                    + "FROM core.invoices ORDER BY invoice_id"))
                    .containsExactly(
                            "CUSTOMER | F-1 | SCANNED | 99.0000",
                            "CUSTOMER | F-10 | ELECTRONIC | 10.0000",
                            "SUPPLIER | F-2 | MANUAL");
            assertThat(strings(
                            dsl,
                            "SELECT run_id || ' ' || file_name || ' ' || status FROM report.load_runs "
                                    + "ORDER BY run_id, file_name"))
                    .containsExactly(
                            "1 invoices/2017-01.csv LOADED",
                            "1 payslips/2017-01.csv FAILED",
                            "2 invoices/2017-02.csv LOADED");
        }
    }

    /**
     * Version 6 took staging out of the file: a run caught between its ingest and its merge keeps its
     * rejects (now in meta) and is ingested again when resumed, since its staged rows go.
     */
    @Test
    void aRunStoppedBeforeItsMergeKeepsItsRejectsAndIsIngestedAgainAfterTheUpgradeToVersion6(@TempDir Path dir)
            throws Exception {
        Path warehouse = dir.resolve("warehouse.duckdb");
        SchemaUpgradeFixture.build(warehouse, "5");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO meta.load_file (file_id, run_id, load_order, extract, file_name, "
                    + "file_checksum, file_bytes, state) VALUES (8, 2, 1, 'payslips', 'payslips/2017-02.csv', 'cd34', 90, "
                    + "'INGESTED'), (9, 2, 2, 'payslips', 'payslips/2017-03.csv', 'ef56', 80, 'PENDING')");
            statement.execute(
                    "INSERT INTO staging.payslips VALUES (8, 2, 'P-2', DATE '2017-02-25', 'LON-1', NULL, 'PAPER')");
            statement.execute("INSERT INTO staging.rejected_rows VALUES (8, 3, 'pay_date', 'not a date', 'P-3;x')");
        }

        try (TestWarehouse upgraded = TestWarehouse.open(warehouse)) {
            DSLContext dsl = upgraded.dsl();
            assertThat(strings(dsl, "SELECT file_id || ' ' || line_number || ' ' || reason FROM meta.rejected_rows"))
                    .containsExactly("8 3 not a date");
            assertThat(strings(dsl, "SELECT file_id || ' ' || state FROM meta.load_file WHERE run_id = 2 ORDER BY 1"))
                    .containsExactly("8 PENDING", "9 PENDING");
            // the file holds no staging schema any more: staging.* is the empty in-memory database
            assertThat(strings(dsl, "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'staging'"))
                    .containsExactly("0");
            assertThat(strings(dsl, "SELECT count(*) FROM staging.payslips")).containsExactly("0");
        }
    }

    /** The rows of SchemaUpgradeFixture.ROWS, written out by hand; NULL as NULL. */
    private static void assertFixtureRows(DSLContext dsl) {
        assertThat(rows(
                        dsl,
                        "core.units",
                        "unit_code",
                        "valid_from",
                        "valid_to",
                        "unit_name",
                        "business_area",
                        "process",
                        "file_id",
                        "line_number"))
                .containsExactly(
                        "EKO-KUND1 | 2016-01-01 | NULL | Kundreskontra 1 | EKONOMI | CUSTOMER_INVOICING | 1 | 2",
                        "LON-1 | 2016-01-01 | 2017-06-30 | Lönecenter Norr | LON | PAYROLL | 1 | 3");
        assertThat(rows(
                        dsl,
                        "core.staffing",
                        "employee_pseudonym",
                        "month",
                        "unit_code",
                        "gender",
                        "birth_year",
                        "employment_rate_pct",
                        "fte",
                        "scheduled_hours",
                        "file_id",
                        "line_number"))
                .containsExactly(
                        "pseudo-a | 2017-01-01 | EKO-KUND1 | K | 1980 | 100.000000 | 1.000000 | 168.000000 | 2 | 2",
                        "pseudo-b | 2017-01-01 | LON-1 | M | NULL | 75.000000 | 0.750000 | 126.500000 | 2 | 3");
        assertThat(rows(
                        dsl,
                        "core.invoices",
                        "invoice_type",
                        "invoice_id",
                        "registered_date",
                        "unit_code",
                        "customer_org",
                        "channel",
                        "amount_sek",
                        "file_id",
                        "line_number"))
                .containsExactly(
                        "CUSTOMER | F-1 | 2017-01-02 | EKO-KUND1 | KS | ELECTRONIC | 1234.5000 | 3 | 2",
                        "SUPPLIER | F-2 | 2017-01-31 | EKO-KUND1 | NULL | MANUAL | NULL | 3 | 3");
        assertThat(rows(
                        dsl,
                        "core.payslips",
                        "payslip_id",
                        "pay_date",
                        "unit_code",
                        "employer_org",
                        "source",
                        "file_id",
                        "line_number"))
                .containsExactly("P-1 | 2017-01-25 | LON-1 | KS | ELECTRONIC | 4 | 2");
        assertThat(rows(
                        dsl,
                        "core.contacts",
                        "contact_id",
                        "received_at",
                        "channel",
                        "unit_code",
                        "outcome",
                        "wait_seconds",
                        "handle_seconds",
                        "resolved_first_contact",
                        "file_id",
                        "line_number"))
                .containsExactly(
                        "C-1 | 2017-01-10 08:00:00 | PHONE | KC-1 | ANSWERED | 30 | 120 | true | 5 | 2",
                        "C-2 | 2017-01-10 08:05:30 | EMAIL | KC-1 | HANDLED | NULL | 600 | false | 5 | 3");
        assertThat(rows(
                        dsl,
                        "core.sick_leave",
                        "employee_pseudonym",
                        "date",
                        "spell_start",
                        "sick_hours",
                        "file_id",
                        "line_number"))
                .containsExactly("pseudo-a | 2017-01-10 | 2017-01-09 | 8.000000 | 6 | 2");
        assertThat(rows(
                        dsl,
                        "core.targets",
                        "indicator_code",
                        "year",
                        "board_target",
                        "council_target",
                        "file_id",
                        "line_number"))
                .containsExactly("HR_FTE | 2017 | 1.5 | NULL | 7 | 2");
        assertThat(rows(
                        dsl,
                        "report.indicator_values",
                        "indicator_code",
                        "period_type",
                        "period",
                        "period_start",
                        "period_end",
                        "org_level",
                        "org_code",
                        "gender",
                        "value",
                        "numerator",
                        "denominator",
                        "suppressed"))
                .containsExactly(
                        "EKO_CUST_INV_COUNT | MONTH | 2017-01 | 2017-01-01 | 2017-01-31 | ALL | ALL | T | 1.0 | 1.0 "
                                + "| NULL | false",
                        "HR_FTE | YEAR | 2017 | 2017-01-01 | 2017-12-31 | AREA | LON | K | NULL | NULL | NULL | true");
        assertThat(rows(
                        dsl,
                        "report.indicator_table",
                        "indicator_code",
                        "indicator_name",
                        "year",
                        "outcome",
                        "outcome_women",
                        "outcome_men",
                        "previous_year_outcome",
                        "board_target",
                        "council_target",
                        "board_target_met",
                        "council_target_met"))
                .containsExactly(
                        "HR_FTE | Antal årsarbetare, genomsnitt | 2017 | 1.75 | 1.0 | 0.75 | NULL | 1.5 | NULL | NULL | NULL");
        assertThat(rows(
                        dsl,
                        "report.load_runs",
                        "run_id",
                        "started_at",
                        "finished_at",
                        "extract",
                        "file_name",
                        "file_checksum",
                        "rows_read",
                        "rows_loaded",
                        "rows_rejected",
                        "status",
                        "message"))
                .containsExactly(
                        "1 | 2017-02-01 02:00:00 | 2017-02-01 02:00:01 | invoices | invoices/2017-01.csv | ab12 | 3 | 2 | 1 "
                                + "| LOADED | 1 row(s) rejected, see report.rejected_rows",
                        "1 | 2017-02-01 02:00:01 | 2017-02-01 02:00:02 | payslips | payslips/2017-01.csv | cd34 | 0 | 0 | 0 "
                                + "| FAILED | payslips/2017-01.csv: the file is empty");
        assertThat(rows(
                        dsl,
                        "report.rejected_rows",
                        "run_id",
                        "extract",
                        "file_name",
                        "line_number",
                        "column_name",
                        "reason",
                        "raw_line"))
                .containsExactly(
                        "1 | invoices | invoices/2017-01.csv | 4 | amount_sek | amount_sek: 'x' is not a decimal number "
                                + "| F-3;CUSTOMER;2017-01-03;EKO-KUND1;KS;SCANNED;x",
                        "1 | payslips | payslips/2017-01.csv | NULL | NULL | payslips/2017-01.csv: the file is empty | NULL");
        assertThat(rows(
                        dsl,
                        "report.data_quality",
                        "check_name",
                        "description",
                        "failing_count",
                        "status",
                        "checked_at"))
                .containsExactly(
                        "unknown_unit | event and staffing rows whose unit has no version | 1 | WARN | 2017-02-01 02:00:03");
        // the catalogue of V003: its 22 codes stay (later versions may add, and reword names)
        assertThat(strings(
                        dsl,
                        "SELECT count(*) FROM report.indicator WHERE indicator_code IN ("
                                + "'EKO_CUST_INV_COUNT', 'EKO_SUPP_INV_COUNT', 'EKO_CUST_INV_PER_FTE_MONTH', "
                                + "'EKO_SUPP_INV_PER_FTE_MONTH', 'EKO_CUST_INV_ELECTRONIC_PCT', 'EKO_SUPP_INV_ELECTRONIC_PCT', "
                                + "'LON_PAYSLIP_COUNT', 'LON_PAYSLIPS_PER_FTE_MONTH', 'LON_ELECTRONIC_PCT', 'KC_CONTACT_COUNT', "
                                + "'KC_PHONE_PCT', 'KC_ANSWERED_60S_PCT', 'KC_ANSWERED_120S_PCT', 'KC_AVAILABILITY_PCT', "
                                + "'KC_FIRST_CONTACT_RESOLUTION_PCT', 'HR_FTE', 'HR_SICK_LEAVE_PCT', 'HR_SICK_LEAVE_DAY1_14_PCT', "
                                + "'HR_LONG_TERM_SICK_SHARE_PCT', 'HR_SICK_LEAVE_AGE_29_PCT', 'HR_SICK_LEAVE_AGE_30_49_PCT', "
                                + "'HR_SICK_LEAVE_AGE_50_PCT')"))
                .containsExactly("22");
    }

    /** Each row as its columns' text joined by " | " (only the columns the fixture's version had). */
    private static List<String> rows(DSLContext dsl, String table, String... columns) {
        StringBuilder select = new StringBuilder("SELECT concat_ws(' | '");
        for (String column : columns) {
            select.append(", coalesce(").append(column).append("::VARCHAR, 'NULL')");
        }
        return strings(
                dsl,
                select.append(") FROM ").append(table).append(" ORDER BY 1").toString());
    }

    /** The highest V<n>__ migration on the classpath, as Flyway writes it in its history ("003"). */
    private static String latestMigrationVersion() throws IOException, URISyntaxException {
        Path migrations =
                Path.of(SchemaUpgradeTests.class.getResource("/sql/migrations").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .orElseThrow();
        }
    }

    private static Path unzip(String fixture, Path target) throws IOException {
        try (InputStream in = new GZIPInputStream(
                        SchemaUpgradeTests.class.getResourceAsStream("/schema-fixtures/" + fixture));
                OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        return target;
    }

    private static List<String> strings(DSLContext dsl, String sql) {
        return dsl.fetch(sql).getValues(0, String.class);
    }
}
