package se.nyckeltal.retract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.PseudonymKeyProperty;
import se.nyckeltal.support.ReadOnlyCopy;
import se.nyckeltal.support.TestWarehouse;

/**
 * The whole {@code retract} command on a generated sample (a year of every extract, HR included,
 * so disclosure control is exercised): after a retraction the warehouse's report tables (and the
 * core facts) are row for row those of a fresh load of the same input without that file.
 */
class RetractFunctionalTests {

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY =
            new PseudonymKeyProperty("retract-test-key-of-at-least-32-bytes-length");

    /** The tables that must match a fresh load (file ids differ between two histories). */
    static final List<String> COMPARED = List.of(
            "SELECT * FROM %s.report.indicator_values",
            "SELECT * FROM %s.report.indicator_table",
            "SELECT * EXCLUDE (file_id) FROM %s.core.units",
            "SELECT * EXCLUDE (file_id) FROM %s.core.staffing",
            "SELECT * EXCLUDE (file_id) FROM %s.core.invoices",
            "SELECT * EXCLUDE (file_id) FROM %s.core.payslips",
            "SELECT * EXCLUDE (file_id) FROM %s.core.contacts",
            "SELECT * EXCLUDE (file_id) FROM %s.core.sick_leave",
            "SELECT * EXCLUDE (file_id) FROM %s.core.targets");

    @TempDir
    Path dir;

    @Test
    void aWholeMonthRetractedIsAsIfNeverDeliveredAndItsContentStaysOutUntilUndone() throws Exception {
        Path input = sample("input");
        Path warehouse = warehouse("retracted");
        assertSucceeded(load(input, warehouse));
        Path everything = copyOf(warehouse, "everything");

        Result retract = run(
                "retract", "staffing/2017-03.csv", "--input", input.toString(), "--warehouse", warehouse.toString());

        assertThat(retract.exitCode()).as(retract.output()).isZero();
        assertThat(retract.output())
                .contains("Retracted staffing/2017-03.csv (run 1)")
                .contains("later loads skip it (SKIPPED_RETRACTED)");
        Path fresh = freshLoadWithout(input, "staffing/2017-03.csv");
        assertSameTables(warehouse, fresh);
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            assertThat(
                            strings(
                                    opened.dsl(),
                                    "SELECT status || ' ' || message FROM report.load_runs WHERE file_name = 'staffing/2017-03.csv'"))
                    .singleElement()
                    .asString()
                    .startsWith("RETRACTED retracted by " + System.getProperty("user.name") + " at ");
            assertThat(strings(opened.dsl(), "SELECT count(*) FROM meta.dirty_months"))
                    .containsExactly("0");
        }
        // the analysts' copy was published again
        try (ReadOnlyCopy published = ReadOnlyCopy.open(warehouse.resolveSibling("nyckeltal.duckdb"))) {
            assertThat(strings(
                            published.dsl(),
                            "SELECT status FROM report.load_runs WHERE file_name = 'staffing/2017-03.csv'"))
                    .containsExactly("RETRACTED");
        }

        // the same night's folder again, and the same content under another name: skipped, nothing changes
        Files.copy(input.resolve("staffing/2017-03.csv"), input.resolve("staffing/2017-03-again.csv"));
        Result again = load(input, warehouse);
        assertSucceeded(again);
        assertThat(again.output()).contains("2 skipped (content retracted");
        assertThat(statusesOfRun(warehouse, 2))
                .contains("staffing/2017-03-again.csv SKIPPED_RETRACTED", "staffing/2017-03.csv SKIPPED_RETRACTED");
        assertSameTables(warehouse, fresh);

        // undone: the next load loads the content again (once), and the warehouse holds everything again
        Files.delete(input.resolve("staffing/2017-03-again.csv"));
        Result undo = run(
                "retract",
                "--undo",
                "staffing/2017-03.csv",
                "--input",
                input.toString(),
                "--warehouse",
                warehouse.toString());
        assertThat(undo.exitCode()).as(undo.output()).isZero();
        assertThat(undo.output()).contains("Retraction of staffing/2017-03.csv undone: the next load loads it again.");
        assertSucceeded(load(input, warehouse));
        assertThat(statusesOfRun(warehouse, 3)).contains("staffing/2017-03.csv LOADED");
        assertSameTables(warehouse, everything);
    }

    @Test
    void aCorrectionRetractedGivesBackTheVersionsItReplaced() throws Exception {
        Path input = sample("input");
        Path warehouse = warehouse("retracted");
        assertSucceeded(load(input, warehouse));

        // a correction night: 2017-03b changes five March invoices (amount, unit, one moved into April)
        // and one of February, and adds one; 2017-03c, later in the same run, corrects one of them again
        List<String> march = dataLines(input.resolve("invoices/2017-03.csv"));
        List<String> february = dataLines(input.resolve("invoices/2017-02.csv"));
        List<String> correction = new ArrayList<>();
        correction.add(withField(withField(march.get(0), 6, "999999,99"), 3, "EKO-KUND2"));
        correction.add(withField(march.get(1), 6, "1,00"));
        correction.add(withField(march.get(2), 2, "2017-04-03"));
        correction.add(withField(march.get(3), 3, "EKO-KUND2"));
        correction.add(withField(march.get(4), 6, "5000"));
        correction.add(withField(february.get(0), 6, "123456"));
        correction.add("NEW-1;CUSTOMER;2017-03-15;EKO-KUND1;KS;ELECTRONIC;777");
        writeInvoices(input.resolve("invoices/2017-03b.csv"), correction);
        writeInvoices(input.resolve("invoices/2017-03c.csv"), List.of(withField(march.get(1), 6, "2,00")));
        assertSucceeded(load(input, warehouse));
        assertThat(statusesOfRun(warehouse, 2))
                .contains("invoices/2017-03b.csv LOADED", "invoices/2017-03c.csv LOADED");

        // the later correction: its key gets 2017-03b's version back (a loser within the same run)
        assertRetracted(warehouse, input, "invoices/2017-03c.csv");
        assertSameTables(warehouse, freshLoadWithout(input, "invoices/2017-03c.csv"));

        // the original March file: the keys 2017-03b corrected keep 2017-03b's versions, the rest go
        assertRetracted(warehouse, input, "invoices/2017-03.csv");
        assertSameTables(warehouse, freshLoadWithout(input, "invoices/2017-03c.csv", "invoices/2017-03.csv"));

        // and the correction itself: February's invoice is the original again; March is empty
        assertRetracted(warehouse, input, "invoices/2017-03b.csv");
        assertSameTables(
                warehouse,
                freshLoadWithout(input, "invoices/2017-03c.csv", "invoices/2017-03.csv", "invoices/2017-03b.csv"));
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            assertThat(strings(
                            opened.dsl(),
                            "SELECT count(*) FROM core.invoices WHERE registered_date BETWEEN "
                                    + "DATE '2017-03-01' AND DATE '2017-03-31'"))
                    .containsExactly("0");
        }
    }

    @Test
    void aUnitsFileThatMovedAUnitToAnotherAreaRetractedGivesTheUnitItsOldArea() throws Exception {
        Path input = sample("input");
        Path warehouse = warehouse("retracted");
        assertSucceeded(load(input, warehouse));
        Path before = copyOf(warehouse, "before");

        // ADM-IT moves from ADMIN to EKONOMI on 1 March 2017: its open version is closed, a new one opens
        String version = Files.readAllLines(input.resolve("units/units.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("ADM-IT;"))
                .findFirst()
                .orElseThrow();
        String closed = withField(version, 5, "2017-02-28");
        String moved = withField(withField(version, 2, "EKONOMI"), 4, "2017-03-01");
        Files.writeString(
                input.resolve("units/zz-reorganisation.csv"),
                "unit_code;unit_name;business_area;process;valid_from;valid_to\n" + closed + "\n" + moved + "\n");
        assertSucceeded(load(input, warehouse));
        // the move did change the areas' values, so giving them back is something
        assertThat(differingRows(warehouse, before, COMPARED.get(0))).isPositive();

        assertRetracted(warehouse, input, "units/zz-reorganisation.csv");

        assertSameTables(warehouse, before);
    }

    @Test
    void whatCannotBeRetractedIsRefusedInOneLineAndChangesNothing() throws Exception {
        Path input = smallInput();
        Path warehouse = warehouse("small");
        assertSucceeded(load(input, warehouse));
        Path before = copyOf(warehouse, "before");

        assertRefused(
                run("retract", "invoices/2017-05.csv", "--warehouse", warehouse.toString()),
                "No delivery named invoices/2017-05.csv was loaded into this warehouse");
        assertRefused(
                run("retract", "--undo", "invoices/2017-01.csv", "--warehouse", warehouse.toString()),
                "invoices/2017-01.csv is not retracted");
        assertSameTables(warehouse, before);
        assertThat(statusesOfRun(warehouse, 1)).allMatch(line -> line.endsWith(" LOADED"));

        // a path inside the input folder is taken relative to it; a second retraction changes nothing
        String path = input.resolve("invoices/2017-02.csv").toString();
        assertSucceeded(run("retract", path, "--input", input.toString(), "--warehouse", warehouse.toString()));
        Path retracted = copyOf(warehouse, "retracted-once");
        Result again = run("retract", "invoices/2017-02.csv", "--warehouse", warehouse.toString());
        assertSucceeded(again);
        assertThat(again.output())
                .contains("invoices/2017-02.csv is retracted already (by " + System.getProperty("user.name"));
        assertSameTables(warehouse, retracted);

        // the name delivered again with other content is a delivery of its own, retracted in its turn
        InputFiles.write(input, "invoices/2017-02.csv", """
                invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
                F-4;CUSTOMER;2017-02-02;EKO-KUND1;KS;MANUAL;400
                """);
        assertSucceeded(load(input, warehouse));
        assertThat(statusesOfRun(warehouse, 2)).contains("invoices/2017-02.csv LOADED");
        Result next = run("retract", "invoices/2017-02.csv", "--warehouse", warehouse.toString());
        assertSucceeded(next);
        assertThat(next.output()).contains("Retracted invoices/2017-02.csv (run 2): 1 row(s) withdrawn");
        assertSameTables(warehouse, retracted);

        // the command line without FILE is a usage error
        assertThat(run("retract", "--warehouse", warehouse.toString()).exitCode())
                .isEqualTo(64);
    }

    @Test
    void aDeliveryMergedBeforeReplacedVersionsWereKeptIsRefusedUnlessNoEarlierOneCouldBeReplaced() throws Exception {
        Path input = smallInput();
        Path warehouse = warehouse("upgraded");
        assertSucceeded(load(input, warehouse));
        // The warehouse as the release of schema version 11 left it: its merges kept no replaced
        // versions. Opening it applies V012, which starts keeping them and records what was merged
        // before, and the later migrations again (all of them idempotent).
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            opened.dsl().execute("DROP TABLE meta.merged_before_superseded_kept");
            opened.dsl().execute("DELETE FROM flyway_schema_history WHERE version >= '012'");
        }
        try (TestWarehouse upgraded = TestWarehouse.open(warehouse)) {
            assertThat(strings(upgraded.dsl(), "SELECT count(*) FROM meta.merged_before_superseded_kept"))
                    .containsExactly("3");
        }
        Path before = copyOf(warehouse, "before");

        // February's file may have replaced January's versions of its keys: they are gone
        assertRefused(
                run("retract", "invoices/2017-02.csv", "--warehouse", warehouse.toString()),
                "Cannot retract invoices/2017-02.csv: it was loaded (run 1) before this warehouse kept the versions");
        assertSameTables(warehouse, before);

        // January's was the first invoices delivery: it replaced nothing, and goes
        assertSucceeded(run("retract", "invoices/2017-01.csv", "--warehouse", warehouse.toString()));
        assertSameTables(warehouse, freshLoadWithout(input, "invoices/2017-01.csv"));
    }

    @Test
    void aWarehouseInUseIsRefusedNamingTheHolder() throws Exception {
        Path warehouse = warehouse("locked");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "se.nyckeltal.warehouse.LockHolder",
                        warehouse.toString(),
                        "60000")
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream())).readLine())
                    .isEqualTo("locked");

            Result result = run("retract", "invoices/2017-01.csv", "--warehouse", warehouse.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.output().lines()).singleElement().asString().contains("pid " + holder.pid(), "--wait");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    /** Refused: exit 2 and one plain line, no stack trace. */
    private static void assertRefused(Result result, String reason) {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output().lines())
                .singleElement()
                .asString()
                .startsWith("nyckeltal: ")
                .contains(reason);
    }

    /** Units, January's and February's invoices (February corrects one of January's). */
    private Path smallInput() throws IOException {
        Path input = dir.resolve("small-input");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(input, "invoices/2017-01.csv", """
                invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
                F-1;CUSTOMER;2017-01-02;EKO-KUND1;KS;ELECTRONIC;100
                F-2;CUSTOMER;2017-01-03;EKO-KUND1;KS;SCANNED;200
                """);
        InputFiles.write(input, "invoices/2017-02.csv", """
                invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
                F-2;CUSTOMER;2017-01-03;EKO-KUND1;KS;SCANNED;250
                F-3;CUSTOMER;2017-02-01;EKO-KUND1;KS;MANUAL;300
                """);
        return input;
    }

    private void assertRetracted(Path warehouse, Path input, String file) {
        Result result = run("retract", file, "--input", input.toString(), "--warehouse", warehouse.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Retracted " + file);
    }

    // ---------------------------------------------------------------- support

    record Result(int exitCode, String output) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString());
    }

    static Result load(Path input, Path warehouse) {
        return run("load", "--input", input.toString(), "--warehouse", warehouse.toString());
    }

    static void assertSucceeded(Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /** A year of every extract, small: a few hundred employees, disclosure control at work. */
    private Path sample(String name) throws IOException {
        Path input = dir.resolve(name);
        new SampleGenerator().generate(new SampleSpec(input, 0.004, YearMonth.of(2016, 7), YearMonth.of(2017, 6), 11));
        return input;
    }

    /** A warehouse file in a folder of its own (so that each has its own published copy). */
    private Path warehouse(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name)).resolve("warehouse.duckdb");
    }

    private Path copyOf(Path warehouse, String name) throws IOException {
        Path copy = warehouse(name);
        Files.copy(warehouse, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** A new warehouse loaded in one run from a copy of the input without the given files. */
    private Path freshLoadWithout(Path input, String... files) throws IOException {
        String name = "fresh-" + Math.abs(List.of(files).hashCode()) + "-" + System.nanoTime();
        Path copy = dir.resolve(name + "-input");
        try (Stream<Path> all = Files.walk(input)) {
            for (Path source : all.toList()) {
                Path target = copy.resolve(input.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!List.of(files)
                        .contains(input.relativize(source).toString().replace('\\', '/'))) {
                    Files.copy(source, target);
                }
            }
        }
        Path fresh = warehouse(name);
        assertSucceeded(load(copy, fresh));
        return fresh;
    }

    static void assertSameTables(Path warehouse, Path expected) {
        for (String query : COMPARED) {
            assertThat(differingRows(warehouse, expected, query)).as(query).isZero();
        }
    }

    /** Rows of the query in one warehouse and not the other, both ways (duplicates counted). */
    static long differingRows(Path warehouse, Path other, String query) {
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            DSLContext dsl = opened.dsl();
            dsl.execute("ATTACH '" + other + "' AS expected (READ_ONLY)");
            try {
                String mine = query.formatted(catalog(warehouse));
                String theirs = query.formatted("expected");
                long onlyMine = count(dsl, "SELECT count(*) FROM ((" + mine + ") EXCEPT ALL (" + theirs + "))");
                long onlyTheirs = count(dsl, "SELECT count(*) FROM ((" + theirs + ") EXCEPT ALL (" + mine + "))");
                return onlyMine + onlyTheirs;
            } finally {
                dsl.execute("DETACH expected");
            }
        }
    }

    private static String catalog(Path warehouse) {
        return warehouse.getFileName().toString().replace(".duckdb", "");
    }

    static List<String> statusesOfRun(Path warehouse, long runId) {
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            return strings(
                    opened.dsl(),
                    "SELECT file_name || ' ' || status FROM report.load_runs WHERE run_id = " + runId
                            + " ORDER BY file_name");
        }
    }

    static List<String> dataLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream()
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** The line with its field at the index (from 0) replaced. */
    static String withField(String line, int index, String value) {
        String[] fields = line.split(";", -1);
        fields[index] = value;
        return String.join(";", fields);
    }

    private static void writeInvoices(Path file, List<String> lines) throws IOException {
        Files.writeString(
                file,
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n"
                        + String.join("\n", lines) + "\n");
    }

    static List<String> strings(DSLContext dsl, String sql) {
        return dsl.fetch(sql).getValues(0, String.class);
    }

    private static long count(DSLContext dsl, String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }
}
