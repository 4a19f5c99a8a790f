package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

/**
 * The bad-input corpus ({@code src/test/resources/corpus}): ONE real {@code load} over every malformed
 * file at once, then each file's outcome against {@code expectations.csv} — its load_runs status and
 * counts, its rejected rows (line, column, reason), and that every row it did not reject reached core.
 * Files too big to commit, links, a named pipe and an unreadable file are made here, at test time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTests {

    private static final String INVOICE_HEADER =
            "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek";
    /** Run 1 is the only run. */
    private static final long RUN = 1;

    private Path dir;

    private List<BadInputExpectation> expectations;
    private BadInputCli.Result result;
    private TestWarehouse warehouse;
    private boolean pipeMade;
    private boolean readableDespiteChmod;

    @BeforeAll
    void loadTheWholeCorpusOnce(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        BadInputCli.usePseudonymKey();
        Path corpus = BadInputFiles.corpusFolder();
        expectations = BadInputExpectation.readAll(corpus.resolve("expectations.csv"));
        Path input = dir.resolve("input");
        BadInputFiles.copyTree(corpus.resolve("input"), input);
        makeTestTimeFiles(input);

        result = BadInputCli.run(
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                warehouseFile().toString());

        warehouse = TestWarehouse.open(warehouseFile());
    }

    @AfterAll
    void closeWarehouse() {
        if (warehouse != null) {
            warehouse.close();
        }
        BadInputCli.restorePseudonymKey();
    }

    @Test
    void theCorpusHasAtLeastFortyBadFiles() {
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void someFilesFailSoTheExitStatusIs2AndTheSummaryNamesEachFailedFile() {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        for (BadInputExpectation expected : expectations) {
            if (expectedStatus(expected).equals("FAILED")) {
                assertThat(result.output()).as(expected.file()).contains("FAILED " + expected.file());
            }
        }
    }

    @Test
    void noStackTraceReachesTheOperator() {
        assertThat(result.output()).doesNotContainPattern(BadInputCli.STACK_FRAME);
        assertThat(result.console())
                .doesNotContainPattern(BadInputCli.STACK_FRAME)
                .doesNotContain("Caused by:")
                .doesNotContain("Exception in thread");
    }

    @Test
    void everyDeliveryHasOneLoadRunAndNothingElseDoes() {
        Set<String> expectedFiles = new HashSet<>();
        for (BadInputExpectation expected : expectations) {
            if (!expected.ignored() && (!expected.file().equals("invoices/pipe.csv") || pipeMade)) {
                expectedFiles.add(expected.file());
            }
        }
        assertThat(strings("SELECT file_name FROM report.load_runs WHERE run_id = ?", RUN))
                .containsExactlyInAnyOrderElementsOf(expectedFiles);
    }

    @Test
    void ignoredFilesAreNamedInAWarning() {
        assertThat(result.console())
                .contains("Ignored folder customers/")
                .contains("Ignored stray.csv")
                .contains("Ignored invoices/readme.txt")
                .contains("Ignored invoices/2017-01.csv.bak")
                .contains("Ignored invoices/export.xlsx")
                .contains("Ignored folder invoices/archive/")
                .contains("Ignored folder contacts/up/");
        if (pipeMade) {
            assertThat(result.console()).contains("Ignored invoices/pipe.csv: not a regular file");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileHasItsExpectedOutcome() {
        return expectations.stream()
                .map(expected -> DynamicTest.dynamicTest(expected.file(), () -> {
                    if (expected.file().equals("invoices/pipe.csv")) {
                        assumeThat(pipeMade).as("mkfifo is not available here").isTrue();
                    }
                    if (expected.ignored()) {
                        assertIgnored(expected.file());
                    } else {
                        assertLoadRun(expected);
                        assertRejectedRows(expected);
                        assertNothingValidLost(expected);
                    }
                }));
    }

    @Test
    void valuesAtTheEdgesArriveUnchanged() {
        // invoices/dates.csv: lines 12, 13, 15, 16; units/dates.csv: lines 2 and 4
        assertThat(value("invoices", "registered_date", "invoices/dates.csv", 12))
                .isEqualTo(LocalDate.of(2017, 1, 5));
        assertThat(value("invoices", "registered_date", "invoices/dates.csv", 13))
                .isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(value("invoices", "registered_date", "invoices/dates.csv", 15))
                .isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(value("invoices", "registered_date", "invoices/dates.csv", 16))
                .isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(value("units", "valid_to", "units/dates.csv", 2)).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(value("units", "valid_from", "units/dates.csv", 4)).isEqualTo(LocalDate.of(1, 1, 1));
        // 11 digits and 4 decimals: the most DECIMAL(18,4) receives exactly through a double;
        // 0,12345678901234567890 rounds to 4 decimals
        assertThat(decimal("invoices", "amount_sek", "invoices/number-overflow.csv", 7))
                .isEqualByComparingTo("99999999999.9999");
        assertThat(decimal("invoices", "amount_sek", "invoices/number-overflow.csv", 8))
                .isEqualByComparingTo("0.1235");
        assertThat(decimal("invoices", "amount_sek", "invoices/number-overflow.csv", 9))
                .isEqualByComparingTo("-99999999999");
        // 9 digits and 6 decimals: the most DECIMAL(18,6) receives exactly
        assertThat(decimal("staffing", "scheduled_hours", "staffing/out-of-range.csv", 9))
                .isEqualByComparingTo("999999999.999999");
        assertThat(decimal("staffing", "fte", "staffing/out-of-range.csv", 8)).isEqualByComparingTo("0");
        assertThat(decimal("invoices", "amount_sek", "invoices/swedish-numbers.csv", 6))
                .isEqualByComparingTo("5423.5");
        assertThat(decimal("invoices", "amount_sek", "invoices/swedish-numbers.csv", 7))
                .isEqualByComparingTo("5423.5");
        assertThat(decimal("invoices", "amount_sek", "invoices/swedish-numbers.csv", 8))
                .isEqualByComparingTo("1234567.89");
        assertThat(decimal("invoices", "amount_sek", "invoices/swedish-numbers.csv", 9))
                .isEqualByComparingTo("-250");
        assertThat(value("contacts", "wait_seconds", "contacts/integer-overflow.csv", 6))
                .isEqualTo(2147483647);
        assertThat(value("invoices", "customer_org", "invoices/line-endings-mixed.csv", 4))
                .isEqualTo("KUND\r\nAB");
        assertThat(value("invoices", "customer_org", "invoices/quote-inside-unquoted-field.csv", 5))
                .isEqualTo("KUND \"A\"");
        assertThat(value("targets", "council_target", "targets/bad-targets.csv", 6))
                .isEqualTo(2.0);
    }

    @Test
    void booleansInEverySpellingLoadAsTheyMean() {
        // contacts/rule-violations.csv lines 7 and 9-15: Nej, ja, Y, TRUE, 1, n, False, 0
        List<Object> flags = new ArrayList<>();
        for (int line : new int[] {7, 9, 10, 11, 12, 13, 14, 15}) {
            flags.add(value("contacts", "resolved_first_contact", "contacts/rule-violations.csv", line));
        }
        assertThat(flags).containsExactly(false, true, true, true, true, false, false, false);
    }

    @Test
    void rejectedRowsHoldNoPersonalData() {
        List<String> texts = strings("SELECT coalesce(raw_line, '') || ' ' || reason FROM report.rejected_rows");
        assertThat(texts).noneMatch(text -> text.contains("19121212") || text.contains("8501010000"));
        assertThat(strings(
                        "SELECT raw_line FROM report.rejected_rows WHERE file_name = ? AND line_number = 6",
                        "staffing/personnummer-in-rejected-row.csv"))
                // the unit code could be a shifted reference; the bad gender is echoed nowhere
                .containsExactly("***;2017-01;***;***;1980;100;1,0;168");
    }

    @Test
    void aHugeRawLineIsKeptOnlyInPart() {
        List<String> rawLines =
                strings("SELECT raw_line FROM report.rejected_rows WHERE file_name = ?", "invoices/huge-line.csv");
        // the line: 35 characters, then 524 288 × K, then 13 = 524 336 characters
        assertThat(rawLines)
                .singleElement()
                .asString()
                .startsWith("HL-5;CUSTOMER;2017-01-10;EKO-KUND1;KKK")
                .endsWith("… (cut; 524336 characters in all)")
                .hasSizeLessThan(2_100);
    }

    @Test
    void tenThousandUnknownColumnsAreOneWarningAfterTheFirstTen() {
        long single = result.console()
                .lines()
                .filter(line -> line.contains("invoices/ten-thousand-columns.csv: unknown column"))
                .count();
        assertThat(single).isEqualTo(10);
        // 9 993 unknown, 10 of them named
        assertThat(result.console())
                .contains("invoices/ten-thousand-columns.csv: 9983 more unknown columns are ignored (9993 in all)");
    }

    // ------------------------------------------------------------------ per-file checks

    private void assertIgnored(String file) {
        assertThat(strings(
                        "SELECT file_name FROM report.load_runs WHERE file_name = ? OR file_name LIKE ?",
                        file,
                        file + "/%"))
                .isEmpty();
        assertThat(strings(
                        "SELECT file_name FROM report.rejected_rows WHERE file_name = ? OR file_name LIKE ?",
                        file,
                        file + "/%"))
                .isEmpty();
    }

    private void assertLoadRun(BadInputExpectation expected) {
        List<Record> runs = warehouse
                .dsl()
                .fetch(
                        "SELECT status, rows_read, rows_loaded, rows_rejected, message "
                                + "FROM report.load_runs WHERE run_id = ? AND file_name = ?",
                        RUN,
                        expected.file());
        assertThat(runs).hasSize(1);
        Record run = runs.get(0);
        String status = expectedStatus(expected);
        assertThat(run.get("status", String.class)).isEqualTo(status);
        if (readableAsRoot(expected)) {
            assertThat(counts(run)).containsExactly(20L, 20L, 0L);
            return;
        }
        assertThat(counts(run)).containsExactly(expected.rowsRead(), expected.rowsLoaded(), expected.rowsRejected());
        String message = run.get("message", String.class);
        if (!expected.message().isEmpty()) {
            assertThat(message).contains(expected.message());
        } else if (status.equals("LOADED") && expected.rowsRejected() == 0) {
            assertThat(message).isNull();
        }
    }

    private void assertRejectedRows(BadInputExpectation expected) {
        List<BadInputExpectation.Reject> wanted = readableAsRoot(expected) ? List.of() : expected.rejects();
        List<BadInputExpectation.Reject> actual = warehouse
                .dsl()
                .fetch(
                        "SELECT line_number, column_name, reason "
                                + "FROM report.rejected_rows WHERE run_id = ? AND file_name = ?",
                        RUN,
                        expected.file())
                .map(row -> new BadInputExpectation.Reject(
                        row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class)));
        assertThat(actual)
                .extracting(BadInputExpectation.Reject::position)
                .containsExactlyInAnyOrderElementsOf(wanted.stream()
                        .map(BadInputExpectation.Reject::position)
                        .toList());
        for (BadInputExpectation.Reject want : wanted) {
            assertThat(actual)
                    .filteredOn(reject -> reject.position().equals(want.position()))
                    .singleElement()
                    .extracting(BadInputExpectation.Reject::reason)
                    .asString()
                    .as("reason of %s %s", expected.file(), want.position())
                    .contains(want.reason());
        }
    }

    /** A loaded file's rows are all in core except its rejects; a failed file has none there. */
    private void assertNothingValidLost(BadInputExpectation expected) {
        String extract = expected.file().substring(0, expected.file().indexOf('/'));
        List<Long> lines = warehouse
                .dsl()
                .fetch(
                        "SELECT line_number FROM core." + extract + " WHERE file_id = "
                                + "(SELECT file_id FROM meta.load_file WHERE run_id = ? AND file_name = ?)",
                        RUN,
                        expected.file())
                .getValues(0, Long.class);
        long loaded = readableAsRoot(expected) ? 20 : expected.rowsLoaded();
        assertThat(lines)
                .as("rows of %s in core.%s", expected.file(), extract)
                .hasSize((int) loaded)
                .doesNotHaveDuplicates();
        for (BadInputExpectation.Reject reject : expected.rejects()) {
            assertThat(lines)
                    .as("rows of %s in core.%s", expected.file(), extract)
                    .doesNotContain(reject.line());
        }
    }

    private String expectedStatus(BadInputExpectation expected) {
        return readableAsRoot(expected) ? "LOADED" : expected.status();
    }

    /** Root reads a file whatever its permissions: then the unreadable file is an ordinary one. */
    private boolean readableAsRoot(BadInputExpectation expected) {
        return expected.file().equals("payslips/unreadable.csv") && readableDespiteChmod;
    }

    private static List<Long> counts(Record run) {
        return List.of(
                run.get("rows_read", Long.class),
                run.get("rows_loaded", Long.class),
                run.get("rows_rejected", Long.class));
    }

    // ------------------------------------------------------------------ files made at test time

    private void makeTestTimeFiles(Path input) throws IOException {
        writeHugeLine(input.resolve("invoices/huge-line.csv"));
        writeTenThousandColumns(input.resolve("invoices/ten-thousand-columns.csv"));
        Files.createSymbolicLink(input.resolve("invoices/self-loop.csv"), Path.of("self-loop.csv"));
        Files.createSymbolicLink(input.resolve("payslips/dangling.csv"), Path.of("nowhere.csv"));
        Files.createSymbolicLink(input.resolve("contacts/up"), Path.of(".."));
        pipeMade = BadInputFiles.makeNamedPipe(input.resolve("invoices/pipe.csv"));
        Path unreadable = input.resolve("payslips/unreadable.csv");
        StringBuilder payslips = new StringBuilder("payslip_id;pay_date;unit_code;employer_org;source\n");
        for (int n = 1; n <= 20; n++) {
            payslips.append("UR-").append(n).append(";2017-01-25;LON-1;KS;ELECTRONIC\n");
        }
        Files.writeString(unreadable, payslips);
        readableDespiteChmod = BadInputFiles.removeAllPermissionsAndTryToRead(unreadable);
    }

    /**
     * 20 invoices; line 6 has a customer_org of 512 Ki characters: a rejected row, within the record bound
     * of 1 Mi characters beyond which the file fails as a whole (PoisonFileTests).
     */
    private static void writeHugeLine(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(INVOICE_HEADER + "\n");
            for (int n = 1; n <= 20; n++) {
                if (n == 5) {
                    out.write("HL-5;CUSTOMER;2017-01-10;EKO-KUND1;");
                    char[] block = new char[1 << 16];
                    java.util.Arrays.fill(block, 'K');
                    for (int i = 0; i < 8; i++) { // 8 × 65 536 = 524 288
                        out.write(block);
                    }
                    out.write(";ELECTRONIC;1\n");
                } else {
                    out.write("HL-" + n + ";CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1 234,50\n");
                }
            }
        }
    }

    /** The 7 invoice columns and 9 993 unknown ones; 20 rows, line 5 with amount_sek x. */
    private static void writeTenThousandColumns(Path file) throws IOException {
        StringBuilder extraNames = new StringBuilder();
        StringBuilder extraValues = new StringBuilder();
        for (int i = 1; i <= 9_993; i++) {
            extraNames.append(";extra_").append(i);
            extraValues.append(';').append(i % 10);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(INVOICE_HEADER + extraNames + "\n");
            for (int n = 1; n <= 20; n++) {
                String amount = n == 4 ? "x" : "1";
                out.write("TC-" + n + ";CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;" + amount + extraValues + "\n");
            }
        }
    }

    // ------------------------------------------------------------------ queries

    private Object value(String extract, String column, String file, int line) {
        List<?> values = warehouse
                .dsl()
                .fetch(
                        "SELECT " + column + " FROM core." + extract
                                + " WHERE line_number = ? AND file_id = (SELECT file_id FROM meta.load_file WHERE run_id = ? "
                                + "AND file_name = ?)",
                        line,
                        RUN,
                        file)
                .getValues(0);
        assertThat(values).as("%s line %d", file, line).hasSize(1);
        Object value = values.get(0);
        return value instanceof java.sql.Date date ? date.toLocalDate() : value;
    }

    private BigDecimal decimal(String extract, String column, String file, int line) {
        return new BigDecimal(value(extract, column, file, line).toString());
    }

    private List<String> strings(String sql, Object... bindings) {
        DSLContext dsl = warehouse.dsl();
        return dsl.fetch(sql, bindings).getValues(0, String.class);
    }

    private Path warehouseFile() {
        return dir.resolve("warehouse.duckdb");
    }
}
