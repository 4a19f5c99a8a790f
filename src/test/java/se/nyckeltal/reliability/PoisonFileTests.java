package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.TestWarehouse;

/**
 * Files that exhaust memory, among good ones, loaded by {@code load} in a JVM of its own with a small
 * heap (a proportionally smaller version of {@code deploy/}'s {@code -Xmx256m} and its 300 MB
 * poison files): each fails alone, with one file-level reject, the good ones load and the exit
 * status is 2. A file that runs the JVM out of heap all the same is failed after its second attempt.
 */
class PoisonFileTests {

    private static final String KEY = "poison-test-key-0123456789abcdef-0123";
    /** The child's heap: -Xmx96m. The key table may take an eighth: 12 MiB, so 2^19 slots of 16 bytes. */
    private static final String HEAP = "-Xmx96m";
    /** Three quarters of 2^19 slots. */
    private static final int MAX_KEYS_AT_96_MB = 393_216;

    private static final String INVOICE_HEADER =
            "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n";
    private static final String PAYSLIPS = """
            payslip_id;pay_date;unit_code;employer_org;source
            P-1;2017-01-25;LON-1;KS;ELECTRONIC
            P-2;2017-01-25;LON-1;KS;MANUAL
            """;

    @TempDir
    Path dir;

    @Test
    void eachPoisonShapeFailsItsFileAloneAndTheGoodFilesLoad() throws Exception {
        Path input = dir.resolve("input");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(
                input,
                "invoices/2017-01.csv",
                INVOICE_HEADER
                        + "F-1;CUSTOMER;2017-01-02;EKO-KUND1;KS;ELECTRONIC;100\n"
                        + "F-2;SUPPLIER;2017-01-03;EKO-KUND1;;MANUAL;50\n");
        InputFiles.write(input, "payslips/2017-01.csv", PAYSLIPS);
        // 64 MiB on line 2, no delimiter: built whole, it took more than the heap
        writeInvoices(input.resolve("invoices/one-long-line.csv"), out -> repeat(out, 'K', 64 << 20));
        // 24 million delimiters on line 2: a field object each
        writeInvoices(input.resolve("invoices/many-delimiters.csv"), out -> repeat(out, ';', 24_000_000));
        // a quote opened on line 2 and never closed, then 12 million short lines
        writeInvoices(input.resolve("invoices/quote-never-closed.csv"), out -> {
            out.write("\"");
            for (int i = 0; i < 12_000_000; i++) {
                out.write("x\n");
            }
        });
        // one more distinct key than the key table holds in this heap: lines 2 … 393 218
        writeInvoices(input.resolve("invoices/many-keys.csv"), out -> {
            for (int n = 1; n <= MAX_KEYS_AT_96_MB + 1; n++) {
                out.write("K-" + n + ";CUSTOMER;2017-01-10;EKO-KUND1;;ELECTRONIC;1\n");
            }
        });
        // 100 001 unit versions: lines 2 … 100 002
        try (BufferedWriter out = Files.newBufferedWriter(input.resolve("units/many-versions.csv"))) {
            out.write("unit_code;unit_name;business_area;process;valid_from;valid_to\n");
            for (int n = 1; n <= 100_001; n++) {
                out.write("V-" + n + ";Enhet;EKONOMI;OTHER;2016-01-01;\n");
            }
        }
        Path warehouse = dir.resolve("out/warehouse.duckdb");

        Run run = load(input, warehouse, HEAP);

        assertThat(run.exitCode()).as(run.log()).isEqualTo(2);
        assertThat(run.log()).doesNotContain("OutOfMemoryError").doesNotContainPattern(BadInputCli.STACK_FRAME);
        List<String> failedLines =
                run.log().lines().filter(line -> line.startsWith("FAILED ")).toList();
        assertThat(failedLines).hasSize(5);
        assertThat(failedLines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "FAILED invoices/one-long-line.csv, line 2: the record that starts here is longer than 1,048,576"
                                        + " characters"));
        assertThat(failedLines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "FAILED invoices/many-delimiters.csv, line 2: the record that starts here has more than 16,384"
                                        + " fields"));
        assertThat(failedLines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "FAILED invoices/quote-never-closed.csv, line 2: the record that starts here is longer than"
                                        + " 1,048,576 characters (a quoted field never closed?)"));
        assertThat(failedLines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "FAILED invoices/many-keys.csv, line 393218: the file holds more than 393,216 distinct keys"
                                        + " (invoice_type, invoice_id)"));
        assertThat(failedLines)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "FAILED units/many-versions.csv, line 100002: the file holds more than 100,000 versions"));
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            DSLContext dsl = opened.dsl();
            assertThat(dsl.fetch("SELECT file_name || ' ' || status FROM report.load_runs ORDER BY file_name")
                            .getValues(0, String.class))
                    .containsExactly(
                            "invoices/2017-01.csv LOADED",
                            "invoices/many-delimiters.csv FAILED",
                            "invoices/many-keys.csv FAILED",
                            "invoices/one-long-line.csv FAILED",
                            "invoices/quote-never-closed.csv FAILED",
                            "payslips/2017-01.csv LOADED",
                            "units/many-versions.csv FAILED",
                            "units/units.csv LOADED");
            // one file-level row per failed file, nothing else
            assertThat(dsl.fetch("SELECT file_name || ' ' || coalesce(line_number::VARCHAR, '-') "
                                    + "FROM report.rejected_rows ORDER BY file_name")
                            .getValues(0, String.class))
                    .containsExactly(
                            "invoices/many-delimiters.csv -",
                            "invoices/many-keys.csv -",
                            "invoices/one-long-line.csv -",
                            "invoices/quote-never-closed.csv -",
                            "units/many-versions.csv -");
            assertThat(dsl.fetchOne("SELECT count(*) FROM core.invoices").get(0, Long.class))
                    .isEqualTo(2);
            assertThat(dsl.fetchOne("SELECT count(*) FROM core.payslips").get(0, Long.class))
                    .isEqualTo(2);
            assertThat(dsl.fetchOne("SELECT count(*) FROM core.units").get(0, Long.class))
                    .isEqualTo(2);
        }
    }

    /**
     * A file that runs the JVM out of heap all the same — 190 000 employees in a heap of 48 MB: the
     * pseudonyms kept per reader, up to 200 000, need some 40 MB — fails the load twice (the load is
     * resumed, as its message says), and the next run fails that file without reading it and loads the
     * others.
     */
    @Test
    void aFileThatRanTheLoaderOutOfMemoryTwiceIsFailedAndNotReadAgain() throws Exception {
        Path input = dir.resolve("input");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(input, "payslips/2017-01.csv", PAYSLIPS);
        Path staffing = input.resolve("staffing/2017-01.csv");
        Files.createDirectories(staffing.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(staffing)) {
            out.write("employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours\n");
            for (int n = 1; n <= 190_000; n++) {
                out.write("E" + n + ";2017-01;LON-1;K;1970;100;1;160\n");
            }
        }
        Path warehouse = dir.resolve("out/warehouse.duckdb");

        for (int attempt = 1; attempt <= 2; attempt++) {
            Run run = load(input, warehouse, "-Xmx48m");
            assertThat(run.exitCode()).as(run.log()).isEqualTo(2);
            assertThat(run.log())
                    .as("attempt %d", attempt)
                    .contains("java.lang.OutOfMemoryError: Java heap space")
                    .contains("The JVM ran out of heap while it ingested: run the same command again")
                    .doesNotContainPattern(BadInputCli.STACK_FRAME);
        }

        Run third = load(input, warehouse, "-Xmx48m");

        assertThat(third.exitCode()).as(third.log()).isEqualTo(2);
        assertThat(third.log())
                .doesNotContain("OutOfMemoryError")
                .contains("FAILED staffing/2017-01.csv: took the"
                        + " load down twice: the JVM ran out of heap while it was read; it is not tried again until its"
                        + " content changes or the loader gets more heap (-Xmx)");
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            DSLContext dsl = opened.dsl();
            assertThat(dsl.fetch("SELECT file_name || ' ' || status || ' ' || rows_read FROM report.load_runs "
                                    + "ORDER BY file_name")
                            .getValues(0, String.class))
                    .containsExactly(
                            "payslips/2017-01.csv LOADED 2",
                            "staffing/2017-01.csv FAILED 0",
                            "units/units.csv LOADED 2");
            assertThat(dsl.fetch("SELECT file_name || ' ' || coalesce(line_number::VARCHAR, '-') "
                                    + "FROM report.rejected_rows")
                            .getValues(0, String.class))
                    .containsExactly("staffing/2017-01.csv -");
            // two attempts out of memory, with this heap; the third run did not read it
            assertThat(dsl.fetch("SELECT a.max_heap_bytes FROM meta.out_of_memory_attempt a JOIN meta.load_file f "
                                    + "USING (file_id) WHERE f.file_name = 'staffing/2017-01.csv'")
                            .getValues(0, Long.class))
                    .containsExactly(48L << 20, 48L << 20);
            assertThat(dsl.fetchOne("SELECT count(*) FROM core.staffing").get(0, Long.class))
                    .isZero();
        }
    }

    // ------------------------------------------------------------------ files and the child JVM

    private interface Body {
        void write(BufferedWriter out) throws IOException;
    }

    /** An invoices file: the header, then the body from line 2, streamed to disk. */
    private static void writeInvoices(Path file, Body body) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(INVOICE_HEADER);
            body.write(out);
            out.write("\n");
        }
    }

    private static void repeat(BufferedWriter out, char c, long times) throws IOException {
        char[] block = new char[1 << 16];
        Arrays.fill(block, c);
        for (long written = 0; written < times; written += block.length) {
            out.write(block, 0, (int) Math.min(block.length, times - written));
        }
    }

    record Run(int exitCode, String log) {}

    static Run load(Path input, Path warehouse, String... jvmOptions) throws Exception {
        Files.createDirectories(warehouse.getParent());
        Path log = Files.createTempFile(warehouse.getParent(), "load-", ".log");
        Process process = start(input, warehouse, log, jvmOptions);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("load did not end within 5 minutes: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private static Process start(Path input, Path warehouse, Path log, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "se.nyckeltal.NyckeltalApplication",
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                warehouse.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", KEY);
        return builder.start();
    }
}
