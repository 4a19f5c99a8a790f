package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.PseudonymKeyProperty;
import se.nyckeltal.support.ReadOnlyCopy;
import se.nyckeltal.support.TestWarehouse;

/**
 * The whole {@code load} command — picocli, Spring Boot, the Spring Batch job, a real DuckDB
 * file — on small hand-written inputs.
 */
class LoadJobFunctionalTests {

    static final String UNITS = InputFiles.UNITS;
    static final String STAFFING = """
            employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours
            19121212-1212;2017-01;EKO-KUND1;K;1980;100;1,0;168
            19850101-0000;2017-01;LON-1;M;1985;75;0,75;126
            """;
    /** 21 data rows (lines 2–22), one rejected: 4.8 %, under the 5 % limit. */
    static final String INVOICES = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            F-1;CUSTOMER;2017-01-02;EKO-KUND1;KS;ELECTRONIC;1 234,50
            F-2;CUSTOMER;2017-01-03;EKO-KUND1;KS;SCANNED;10
            F-3;SUPPLIER;2017-01-31;EKO-KUND1;;MANUAL;
            """ + fillerInvoices(17) + """
            F-2;CUSTOMER;2017-01-04;EKO-KUND1;KS;MANUAL;99
            """;

    /** Customer invoices G-1 … G-n, all valid, registered 2017-01-10. */
    static String fillerInvoices(int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            rows.append("G-").append(i).append(";CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1\n");
        }
        return rows.toString();
    }

    /** Staffing rows of n employees with plain numbers (not personal identity numbers), all valid. */
    static String fillerStaffing(int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            rows.append("E").append(i).append(";2017-01;LON-1;K;1970;100;1;160\n");
        }
        return rows.toString();
    }

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY =
            new PseudonymKeyProperty("functional-test-key-of-at-least-32-bytes-length");

    @TempDir
    Path dir;

    @Test
    void loadsValidRowsRejectsBadOnesAndChangesNothingTheSecondTime() throws Exception {
        Path input = dir.resolve("input");
        write(input, "units/units.csv", UNITS);
        write(input, "staffing/2017-01.csv", STAFFING);
        write(input, "invoices/2017-01.csv", INVOICES);

        Result first = load(input);

        assertThat(first.exitCode()).as(first.output()).isZero();
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            assertThat(strings(
                            dsl,
                            "SELECT invoice_type || ' ' || invoice_id || ' ' || channel FROM core.invoices "
                                    + "WHERE invoice_id LIKE 'F-%' ORDER BY 1"))
                    .containsExactly("CUSTOMER F-1 ELECTRONIC", "CUSTOMER F-2 SCANNED", "SUPPLIER F-3 MANUAL");
            assertThat(strings(dsl, "SELECT count(*) FROM core.invoices")).containsExactly("20");
            // line 22 repeats the key (CUSTOMER, F-2) of line 3: the later row is rejected
            assertThat(strings(dsl, "SELECT file_name || ':' || line_number FROM report.rejected_rows"))
                    .containsExactly("invoices/2017-01.csv:22");
            assertThat(strings(
                            dsl,
                            "SELECT file_name || ' ' || status || ' ' || rows_read || ' ' || rows_loaded || ' ' "
                                    + "|| rows_rejected FROM report.load_runs ORDER BY file_name"))
                    .containsExactly(
                            "invoices/2017-01.csv LOADED 21 20 1",
                            "staffing/2017-01.csv LOADED 2 2 0",
                            "units/units.csv LOADED 2 2 0");
            assertThat(strings(dsl, "SELECT count(DISTINCT employee_pseudonym) FROM core.staffing"))
                    .containsExactly("2");
            // three small files: each ingest worker took what it could in one chunk, one commit
            assertThat(strings(
                            dsl,
                            "SELECT step_name || ' ' || commit_count FROM BATCH_STEP_EXECUTION "
                                    + "WHERE step_name LIKE 'ingestFiles:%' ORDER BY 1"))
                    .containsExactly("ingestFiles:worker-1 1", "ingestFiles:worker-2 1");
        }

        // analysts get a read-only copy of the same state
        try (ReadOnlyCopy published = ReadOnlyCopy.open(dir.resolve("nyckeltal.duckdb"))) {
            assertThat(strings(published.dsl(), "SELECT count(*) FROM core.invoices"))
                    .containsExactly("20");
        }

        Result second = load(input);

        assertThat(second.exitCode()).as(second.output()).isZero();
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            assertThat(strings(dsl, "SELECT count(*) FROM core.invoices")).containsExactly("20");
            assertThat(strings(
                            dsl,
                            "SELECT status || ' ' || count(*) FROM report.load_runs WHERE run_id = 2 GROUP BY status"))
                    .containsExactly("SKIPPED_UNCHANGED 3");
        }

        // attempt 2 (run 2) skipped all three files; attempt 1 (run 1) loaded 20 + 2 + 2 rows and rejected 1
        String history = run(List.of("history", "--warehouse", warehouseFile().toString()))
                .output();
        assertThat(history.lines().filter(line -> line.matches("\\s*2 .*")))
                .singleElement()
                .asString()
                .matches(".*\\s3\\s+0\\s+3\\s+0\\s+0\\s+0\\s*");
        assertThat(history.lines().filter(line -> line.matches("\\s*1 .*")))
                .singleElement()
                .asString()
                .matches(".*\\s3\\s+3\\s+0\\s+0\\s+24\\s+1\\s*");

        // status: the last attempt first, the months per extract (invoices: January 2017 only, 20 rows)
        String status = run(List.of("status", "--warehouse", warehouseFile().toString()))
                .output();
        assertThat(status).startsWith("Last attempt 2 (load").contains("): SUCCEEDED");
        assertThat(status.lines().filter(line -> line.startsWith("invoices")))
                .singleElement()
                .asString()
                .matches("invoices\\s+2017-01\\s+2017-01\\s+20\\s.*");
    }

    @Test
    void noRawEmployeeReferenceInTheWarehouseFile() throws Exception {
        Path input = dir.resolve("input");
        // 22 rows, one rejected (4.5 %)
        write(
                input,
                "staffing/2017-01.csv",
                STAFFING + fillerStaffing(19) + "19121212-1212;2017-02;EKO-KUND1;K;1980;100;2,0;168\n");

        Result result = load(input);

        assertThat(result.exitCode()).as(result.output()).isZero();
        try (TestWarehouse warehouse = open()) {
            // the fte 2,0 row (above 1.5) is rejected and kept with employee_ref masked
            assertThat(strings(warehouse.dsl(), "SELECT raw_line FROM report.rejected_rows"))
                    .singleElement()
                    .asString()
                    .doesNotContain("19121212")
                    .contains("2017-02");
            warehouse.dsl().execute("CHECKPOINT");
        }
        String bytes = new String(Files.readAllBytes(warehouseFile()), StandardCharsets.ISO_8859_1);
        assertThat(bytes)
                .doesNotContain("19121212-1212")
                .doesNotContain("191212121212")
                .doesNotContain("19850101-0000");
        assertThat(result.output()).doesNotContain("19121212");
    }

    @Test
    void theSameEmployeeGetsTheSamePseudonymInALaterRun() throws Exception {
        Path input = dir.resolve("input");
        write(input, "staffing/2017-01.csv", STAFFING);
        assertThat(load(input).exitCode()).isZero();
        write(input, "staffing/2017-02.csv", STAFFING.replace("2017-01", "2017-02"));
        assertThat(load(input).exitCode()).isZero();

        try (TestWarehouse warehouse = open()) {
            // two employees, two months, two runs: still two pseudonyms, each with both months
            assertThat(strings(warehouse.dsl(), "SELECT count(*) FROM core.staffing"))
                    .containsExactly("4");
            assertThat(strings(
                            warehouse.dsl(),
                            "SELECT count(DISTINCT month) FROM core.staffing " + "GROUP BY employee_pseudonym"))
                    .containsExactly("2", "2");
        }
    }

    @Test
    void aFileThatFailsAsAWholeLoadsNothingWhileTheOthersLoad() throws Exception {
        Path input = dir.resolve("input");
        write(input, "invoices/2017-01.csv", INVOICES);
        write(input, "payslips/2017-01.csv", """
                payslip_id;pay_date;employer_org
                P-1;2017-01-25;KS
                """);

        Result result = load(input);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("payslips/2017-01.csv").contains("unit_code");
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            assertThat(strings(dsl, "SELECT count(*) FROM core.invoices")).containsExactly("20");
            assertThat(strings(dsl, "SELECT count(*) FROM core.payslips")).containsExactly("0");
            assertThat(strings(dsl, "SELECT file_name || ' ' || status FROM report.load_runs ORDER BY 1"))
                    .containsExactly("invoices/2017-01.csv LOADED", "payslips/2017-01.csv FAILED");
            assertThat(strings(
                            dsl,
                            "SELECT coalesce(line_number::VARCHAR, 'file') || ' ' || column_name "
                                    + "FROM report.rejected_rows WHERE file_name LIKE 'payslips%'"))
                    .singleElement()
                    .asString()
                    .startsWith("file ")
                    .contains("unit_code");
        }

        // the corrected file is delivered again under the same name: it loads
        write(input, "payslips/2017-01.csv", """
                payslip_id;pay_date;unit_code;employer_org;source
                P-1;2017-01-25;LON-1;KS;ELECTRONIC
                """);
        assertThat(load(input).exitCode()).isZero();
        try (TestWarehouse warehouse = open()) {
            assertThat(strings(warehouse.dsl(), "SELECT count(*) FROM core.payslips"))
                    .containsExactly("1");
        }
    }

    @Test
    void aRunThatFailsMidWayIsResumedWithoutDuplicates() throws Exception {
        Path input = januaryInvoicesPayslipsAndUnits();
        // Break the warehouse under the merge of the second file: the run fails after the first.
        try (TestWarehouse warehouse = open()) {
            warehouse.dsl().execute("ALTER TABLE core.payslips RENAME TO payslips_away");
        }

        Result failed = load(input);

        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.output()).contains("run the same command again");
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            assertThat(strings(dsl, "SELECT file_name || ' ' || status FROM report.load_runs"))
                    .containsExactly("invoices/2017-01.csv LOADED");
            dsl.execute("ALTER TABLE core.payslips_away RENAME TO payslips");
        }

        assertResumedToOneCompleteRun(load(input));
    }

    @Test
    void anIngestThatFailsMidWayIsResumedWithEveryWorker() throws Exception {
        Path input = januaryInvoicesPayslipsAndUnits();
        // A rejects table the Appender cannot fill (a column it does not know): the invoices file,
        // the one with a rejected row, fails its worker; the other worker takes the remaining files.
        try (TestWarehouse warehouse = open()) {
            warehouse.dsl().execute("ALTER TABLE meta.rejected_rows ADD COLUMN unexpected INTEGER");
        }

        Result failed = load(input);

        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(2);
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            assertThat(strings(dsl, "SELECT file_name || ' ' || state FROM meta.load_file ORDER BY 1"))
                    .containsExactly(
                            "invoices/2017-01.csv PENDING",
                            "payslips/2017-01.csv INGESTED",
                            "units/units.csv INGESTED");
            assertThat(strings(dsl, "SELECT count(*) FROM report.load_runs")).containsExactly("0");
            dsl.execute("ALTER TABLE meta.rejected_rows DROP COLUMN unexpected");
        }

        assertResumedToOneCompleteRun(load(input));
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            // Both workers ran in each attempt, the one that had completed too; which of them met
            // the invoices file first is up to the threads.
            assertThat(strings(
                            dsl,
                            "SELECT step_name || ' ' || count(*) FROM BATCH_STEP_EXECUTION "
                                    + "WHERE step_name LIKE 'ingestFiles:%' GROUP BY step_name ORDER BY 1"))
                    .containsExactly("ingestFiles:worker-1 2", "ingestFiles:worker-2 2");
            assertThat(strings(
                            dsl,
                            "SELECT status FROM BATCH_STEP_EXECUTION "
                                    + "WHERE step_name LIKE 'ingestFiles:%' ORDER BY 1"))
                    .containsExactly("COMPLETED", "COMPLETED", "COMPLETED", "FAILED");
        }
    }

    /** Input of January 2017: the invoices (20 valid rows of 21), two payslips and the units. */
    private Path januaryInvoicesPayslipsAndUnits() throws Exception {
        Path input = dir.resolve("input");
        write(input, "invoices/2017-01.csv", INVOICES);
        write(input, "payslips/2017-01.csv", """
                payslip_id;pay_date;unit_code;employer_org;source
                P-1;2017-01-25;LON-1;KS;ELECTRONIC
                P-2;2017-01-25;LON-1;KS;MANUAL
                """);
        write(input, "units/units.csv", UNITS);
        return input;
    }

    /**
     * The resumed run finished the interrupted one: every file of that input loaded once, in run 1
     * (the files the first attempt had ingested were ingested again: staged rows are kept in memory).
     */
    private void assertResumedToOneCompleteRun(Result resumed) {
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("(resumed)");
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            assertThat(strings(
                            dsl, "SELECT file_name || ' ' || status || ' ' || run_id FROM report.load_runs ORDER BY 1"))
                    .containsExactly(
                            "invoices/2017-01.csv LOADED 1",
                            "payslips/2017-01.csv LOADED 1",
                            "units/units.csv LOADED 1");
            assertThat(strings(dsl, "SELECT count(*) FROM core.invoices")).containsExactly("20");
            assertThat(strings(dsl, "SELECT count(*) FROM core.payslips")).containsExactly("2");
            assertThat(strings(dsl, "SELECT count(*) FROM report.rejected_rows"))
                    .containsExactly("1");
        }
    }

    @Test
    void filesFinishedInOneMergeTransactionKeepTheirRejectsInFileThenLineOrder() throws Exception {
        Path input = dir.resolve("input");
        String header = "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n";
        // 40 valid rows each (lines 2–41); February's own rejects at lines 3 and 43, March's at 2;
        // April: 2 of 3 rows rejected, above the 5 % limit, so it fails as a whole
        write(
                input,
                "invoices/2017-02.csv",
                header + invoices("A", 1, 1) + "A-X;CUSTOMER;2017-02-30;EKO-KUND1;KS;MANUAL;1\n" + invoices("A", 2, 39)
                        + "A-Y;CUSTOMER;2017-02-10;EKO-KUND1;KS;MANUAL;ett\n");
        write(
                input,
                "invoices/2017-03.csv",
                header + "B-X;UNKNOWN;2017-03-10;EKO-KUND1;KS;MANUAL;1\n" + invoices("B", 1, 40));
        write(
                input,
                "invoices/2017-04.csv",
                header + invoices("C", 1, 1) + "C-X;CUSTOMER;;EKO-KUND1;KS;MANUAL;1\n"
                        + "C-Y;CUSTOMER;2017-04-31;EKO-KUND1;KS;MANUAL;1\n");
        write(input, "units/units.csv", UNITS);

        Result result = load(input);

        // a failed file makes the run's exit code 2; the other files are loaded
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            // one merge transaction for the three invoice files (the default budget is 2 M rows), one
            // for units, and the step's last, empty one
            assertThat(strings(dsl, "SELECT commit_count FROM BATCH_STEP_EXECUTION WHERE step_name = 'merge'"))
                    .containsExactly("3");
            // in the order they were inserted: file by file in load order, each in line order, the
            // failed file's own row (no line) before its row rejects
            assertThat(strings(
                            dsl,
                            "SELECT file_name || ':' || coalesce(line_number::VARCHAR, '-') "
                                    + "FROM report.rejected_rows"))
                    .containsExactly(
                            "invoices/2017-02.csv:3",
                            "invoices/2017-02.csv:43",
                            "invoices/2017-03.csv:2",
                            "invoices/2017-04.csv:-",
                            "invoices/2017-04.csv:3",
                            "invoices/2017-04.csv:4");
            assertThat(strings(
                            dsl,
                            "SELECT file_name || ' ' || status || ' ' || rows_read || ' ' || rows_loaded "
                                    + "|| ' ' || rows_rejected FROM report.load_runs WHERE extract = 'invoices'"))
                    .containsExactly(
                            "invoices/2017-02.csv LOADED 42 40 2",
                            "invoices/2017-03.csv LOADED 41 40 1",
                            "invoices/2017-04.csv FAILED 3 0 2");
            assertThat(strings(dsl, "SELECT file_name || ' ' || state FROM meta.load_file ORDER BY load_order"))
                    .containsExactly(
                            "invoices/2017-02.csv LOADED",
                            "invoices/2017-03.csv LOADED",
                            "invoices/2017-04.csv FAILED",
                            "units/units.csv LOADED");
            assertThat(strings(dsl, "SELECT count(*) FROM core.invoices")).containsExactly("80");
        }
    }

    /** Valid customer invoices {@code <prefix>-from} … {@code <prefix>-(from + n - 1)}. */
    private static String invoices(String prefix, int from, int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            rows.append(prefix).append('-').append(i).append(";CUSTOMER;2017-02-10;EKO-KUND1;KS;ELECTRONIC;1\n");
        }
        return rows.toString();
    }

    @Test
    void aMergeSplitIntoSeveralTransactionsStillKeepsTheLastDelivery() throws Exception {
        Path input = dir.resolve("input");
        String header = "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n";
        write(
                input,
                "invoices/2017-01.csv",
                header
                        + "F-1;CUSTOMER;2017-01-02;EKO-KUND1;KS;ELECTRONIC;1\nF-2;CUSTOMER;2017-01-03;EKO-KUND1;KS;ELECTRONIC;20\n");
        write(
                input,
                "invoices/2017-02.csv",
                header
                        + "F-1;CUSTOMER;2017-02-02;EKO-KUND1;KS;ELECTRONIC;2\nF-3;CUSTOMER;2017-02-03;EKO-KUND1;KS;ELECTRONIC;30\n");
        write(input, "invoices/2017-03.csv", header + "F-1;CUSTOMER;2017-03-02;EKO-KUND1;KS;ELECTRONIC;3\n");
        // two staged rows per transaction: every file is merged in a transaction of its own
        Result result = loadWith(input, "nyckeltal.load.merge-rows-per-transaction", "2");
        assertThat(result.exitCode()).as(result.output()).isZero();
        try (TestWarehouse warehouse = open()) {
            DSLContext dsl = warehouse.dsl();
            assertThat(strings(
                            dsl,
                            "SELECT invoice_id || ' ' || registered_date || ' ' || amount_sek::INTEGER "
                                    + "FROM core.invoices ORDER BY 1"))
                    .containsExactly("F-1 2017-03-02 3", "F-2 2017-01-03 20", "F-3 2017-02-03 30");
            // three transactions of one file each, then the call that finds nothing left
            assertThat(strings(dsl, "SELECT commit_count FROM BATCH_STEP_EXECUTION WHERE step_name = 'merge'"))
                    .containsExactly("4");
        }
    }

    @Test
    void runningOutOfDuckDbMemoryNamesTheSettingToRaise() throws Exception {
        Path input = dir.resolve("input");
        write(input, "units/units.csv", UNITS);
        write(input, "staffing/2017-01.csv", STAFFING);
        write(input, "invoices/2017-01.csv", INVOICES);
        // far below what the recomputation needs (measured: it fails at 16 MB on this input)
        Result result = loadWith(input, "nyckeltal.warehouse.memory-limit", "8MB");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains("Out of Memory Error")
                .contains("nyckeltal.warehouse.memory-limit")
                .contains("run the same command again")
                .doesNotContain("unexpected error")
                .doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExit64AndAMissingInputFolderExits2() {
        assertThat(run(List.of("load", "--nonsense")).exitCode()).isEqualTo(64);
        Result missing = run(List.of(
                "load",
                "--input",
                dir.resolve("nope").toString(),
                "--warehouse",
                warehouseFile().toString()));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output())
                .contains("does not exist")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aDisclosureLimitBelowThreeIsRefused() throws Exception {
        Path input = dir.resolve("input");
        write(input, "units/units.csv", UNITS);
        Result result = loadWith(input, "nyckeltal.indicators.disclosure-limit", "2");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains("disclosure-limit must be at least 3")
                .doesNotContain("\tat ");
    }

    record Result(int exitCode, String output) {}

    private Result load(Path input) {
        return run(List.of(
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                warehouseFile().toString()));
    }

    /** A load with one setting given as a system property, as on the command line, cleared afterwards. */
    private Result loadWith(Path input, String property, String value) {
        System.setProperty(property, value);
        try {
            return load(input);
        } finally {
            System.clearProperty(property);
        }
    }

    private static Result run(List<String> args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        return new Result(exitCode, out.toString());
    }

    private Path warehouseFile() {
        return dir.resolve("warehouse.duckdb");
    }

    private TestWarehouse open() {
        return TestWarehouse.open(warehouseFile());
    }

    private static List<String> strings(DSLContext dsl, String sql) {
        return dsl.fetch(sql).getValues(0, String.class);
    }

    static void write(Path input, String relative, String content) throws Exception {
        InputFiles.write(input, relative, content);
    }
}
