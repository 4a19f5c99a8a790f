package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.ReadOnlyCopy;

/**
 * Readers are never locked out: an analyst's process reading the published copy in a loop
 * throughout a load never gets a lock error and only ever sees the complete state before the
 * load or the complete state after it.
 */
class PublishedCopyReaderTests {

    @TempDir
    Path dir;

    @BeforeAll
    static void key() {
        System.setProperty("nyckeltal.pseudonym.key", "reader-test-key-of-at-least-32-bytes-length");
    }

    @AfterAll
    static void noKey() {
        System.clearProperty("nyckeltal.pseudonym.key");
    }

    @Test
    void aReaderOfThePublishedCopySeesBeforeOrAfterNeverAMixAndNeverALock() throws Exception {
        Path input = dir.resolve("input");
        Path warehouse = dir.resolve("out/warehouse.duckdb");
        Path published = dir.resolve("out/nyckeltal.duckdb");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(input, "invoices/2017-01.csv", invoices("A", 40));
        assertThat(load(input, warehouse)).isZero();
        String before = state(published);

        Path stop = dir.resolve("stop");
        Process reader = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PublishedReader.class.getName(),
                        published.toString(),
                        stop.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("reader.log").toFile())
                .start();
        try {
            waitForLines(dir.resolve("reader.log"), 3);
            InputFiles.write(input, "invoices/2017-02.csv", invoices("B", 60));
            assertThat(load(input, warehouse)).isZero();
            long linesAfterLoad = lines(dir.resolve("reader.log")).size();
            waitForLines(dir.resolve("reader.log"), linesAfterLoad + 3);
        } finally {
            Files.writeString(stop, "stop");
            reader.waitFor(30, TimeUnit.SECONDS);
            reader.destroyForcibly();
        }
        String after = state(published);

        List<String> seen = lines(dir.resolve("reader.log"));
        // before: 40 invoices, 2 files logged; after: 100 invoices, 2 + 3 files (2 skipped, 1 loaded)
        assertThat(before).startsWith("state 40 2 ");
        assertThat(after).startsWith("state 100 5 ");
        assertThat(seen).allSatisfy(line -> assertThat(line).isIn(before, after));
        assertThat(Set.copyOf(seen)).containsExactlyInAnyOrder(before, after);
    }

    private static String invoices(String prefix, int count) {
        StringBuilder csv = new StringBuilder(
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n");
        String month = prefix.equals("A") ? "2017-01-10" : "2017-02-10";
        for (int i = 1; i <= count; i++) {
            csv.append(prefix).append(i).append(";CUSTOMER;").append(month).append(";EKO-KUND1;KS;ELECTRONIC;1\n");
        }
        return csv.toString();
    }

    /** The state line the reader would print, read here the same way. */
    private static String state(Path published) {
        try (ReadOnlyCopy warehouse = ReadOnlyCopy.open(published)) {
            var row = warehouse
                    .dsl()
                    .fetchOne(
                            "SELECT (SELECT count(*) FROM core.invoices), "
                                    + "(SELECT count(*) FROM report.load_runs), (SELECT count(*) FROM report.indicator_values)");
            return "state " + row.get(0) + " " + row.get(1) + " " + row.get(2);
        }
    }

    private static List<String> lines(Path log) throws Exception {
        return Files.exists(log)
                ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .collect(Collectors.toList())
                : List.of();
    }

    private static void waitForLines(Path log, long count) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (lines(log).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private static int load(Path input, Path warehouse) {
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute("load", "--input", input.toString(), "--warehouse", warehouse.toString());
    }
}
