package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.ReadOnlyCopy;

/**
 * The two tiers of WAREHOUSE.md "Who reads what", through the real {@code load} and {@code export}
 * commands on hand-made HR, finance and unit files: the loader's file keeps the pseudonymised
 * facts, owner-only; the analysts' copy and the export hold the allow-list and nothing about one
 * employee; writes never follow a link planted beside them; two warehouses in one folder keep two
 * copies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedCopyTests {

    private static final String KEY = "published-copy-test-key-of-at-least-32-bytes";

    /** 24 employees E-1 … E-24 in January 2017, and line 26 with an FTE that is not a number. */
    private static final String STAFFING =
            "employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours\n"
                    + rows(
                            24,
                            i -> "E-" + i + ";2017-01;LON-1;" + (i % 2 == 0 ? "K" : "M") + ";" + (1950 + i)
                                    + ";100;1;160")
                    + "E-99;2017-01;LON-1;K;1957;100;x;160\n";
    /** A sick day for each of the 24 employees, and line 26 with hours that are not a number. */
    private static final String SICK_LEAVE = "employee_ref;date;spell_start;sick_hours\n"
            + rows(24, i -> "E-" + i + ";2017-01-10;2017-01-10;8")
            + "E-98;2017-01-11;2017-01-11;lots\n";
    /** 24 invoices, and line 26 with a date that is not one. */
    private static final String INVOICES =
            "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n"
                    + rows(24, i -> "F-" + i + ";CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;100")
                    + "F-99;CUSTOMER;2017-13-01;EKO-KUND1;KS;ELECTRONIC;100\n";

    private static final List<String> ALLOWED = List.of(
            "core.contacts",
            "core.invoices",
            "core.payslips",
            "core.targets",
            "core.units",
            "report.data_quality",
            "report.deliveries",
            "report.hr_delivery_months",
            "report.indicator",
            "report.indicator_table",
            "report.indicator_values",
            "report.load_runs",
            "report.rejected_rows");

    private Path out;
    private Path warehouse;
    private Path copy;
    private Path export;
    private List<String> pseudonyms;

    @BeforeAll
    void loadWithAPermissiveUmaskThenExport(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input");
        writeInput(input, "F");
        out = dir.resolve("out");
        warehouse = out.resolve("warehouse.duckdb");
        copy = out.resolve("nyckeltal.duckdb");
        export = out.resolve("parquet");

        // a child process with umask 000: every file it creates would be readable by everyone
        Path log = dir.resolve("load.log");
        ProcessBuilder builder = new ProcessBuilder(
                        "sh",
                        "-c",
                        "umask 000 && exec \"$0\" \"$@\"",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "se.nyckeltal.NyckeltalApplication",
                        "load",
                        "--input",
                        input.toString(),
                        "--warehouse",
                        warehouse.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", KEY);
        Process load = builder.start();
        assertThat(load.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(load.exitValue()).as(Files.readString(log)).isZero();

        assertThat(cli(
                        "export",
                        "--format",
                        "parquet",
                        "--warehouse",
                        warehouse.toString(),
                        "--output",
                        export.toString()))
                .isZero();

        try (ReadOnlyCopy loader = ReadOnlyCopy.open(warehouse)) {
            pseudonyms = strings(
                    loader.dsl(),
                    "SELECT DISTINCT employee_pseudonym FROM core.staffing "
                            + "UNION SELECT DISTINCT employee_pseudonym FROM core.sick_leave");
        }
    }

    @AfterAll
    void noKey() {
        System.clearProperty("nyckeltal.pseudonym.key");
    }

    @Test
    void theLoadersFileKeepsThePseudonymisedFactsOwnerOnly() throws IOException {
        // 24 valid staffing rows and 24 sick days, the 25th row of each rejected
        assertThat(pseudonyms).hasSize(24);
        try (ReadOnlyCopy loader = ReadOnlyCopy.open(warehouse)) {
            assertThat(strings(
                            loader.dsl(),
                            "SELECT extract || ' ' || (raw_line IS NOT NULL) FROM report.rejected_rows "
                                    + "ORDER BY extract"))
                    .containsExactly("invoices true", "sick_leave true", "staffing true");
        }
        assertThat(mode(warehouse)).isEqualTo("rw-------");
        assertThat(mode(out.resolve("warehouse.duckdb.lock"))).isEqualTo("rw-------");
        Path log = out.resolve("warehouse.duckdb.wal");
        if (Files.exists(log)) {
            assertThat(mode(log)).isEqualTo("rw-------");
        }
    }

    @Test
    void theCopyIsGroupReadableWhateverTheUmask() throws IOException {
        assertThat(mode(copy)).isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no work folder left behind")
                    .noneMatch(name -> name.contains(".tmp-"));
        }
    }

    @Test
    void theCopyHoldsTheAllowListAndNothingElse() {
        try (ReadOnlyCopy analyst = ReadOnlyCopy.open(copy)) {
            DSLContext dsl = analyst.dsl();
            assertThat(strings(dsl, "SELECT schema_name || '.' || table_name FROM duckdb_tables() ORDER BY 1"))
                    .containsExactlyElementsOf(ALLOWED);
            assertThat(strings(
                            dsl,
                            "SELECT DISTINCT schema_name FROM duckdb_schemas() WHERE database_name = "
                                    + "current_database() AND NOT internal ORDER BY 1"))
                    .containsExactly("core", "report");
            assertThat(strings(dsl, "SELECT view_name FROM duckdb_views() WHERE NOT internal"))
                    .isEmpty();
            assertThat(strings(dsl, "SELECT function_name FROM duckdb_functions() WHERE NOT internal"))
                    .isEmpty();
            assertThat(strings(dsl, "SELECT sequence_name FROM duckdb_sequences()"))
                    .isEmpty();
            assertThat(strings(
                            dsl,
                            "SELECT table_name || '.' || column_name FROM duckdb_columns() "
                                    + "WHERE database_name = current_database() AND regexp_matches(lower(column_name), "
                                    + "'employee|pseudonym|birth|personnummer')"))
                    .isEmpty();
            // the facts about no employee are all there: 24 invoices, 2 units
            assertThat(strings(
                            dsl,
                            "SELECT (SELECT count(*) FROM core.invoices) || ' ' || (SELECT count(*) FROM core.units)"))
                    .containsExactly("24 2");
        }
    }

    @Test
    void everyTableAndColumnKeepsItsDescriptionAndNotNull() {
        Map<String, String> inWarehouse;
        try (ReadOnlyCopy loader = ReadOnlyCopy.open(warehouse)) {
            inWarehouse = descriptions(loader.dsl());
        }
        try (ReadOnlyCopy analyst = ReadOnlyCopy.open(copy)) {
            Map<String, String> inCopy = descriptions(analyst.dsl());
            assertThat(inCopy.keySet()).allSatisfy(name -> assertThat(ALLOWED).anyMatch(name::startsWith));
            inWarehouse.keySet().retainAll(inCopy.keySet());
            assertThat(inCopy).isEqualTo(inWarehouse).isNotEmpty();
            assertThat(inCopy.get("core.invoices")).startsWith("Customer and supplier invoices");
            assertThat(inCopy.get("report.rejected_rows.raw_line")).isNotBlank();
        }
    }

    @Test
    void rejectedRowsOfTheHrExtractsHaveNoRawLineInTheCopyOrTheExport() {
        String rejects =
                "SELECT extract || ':' || line_number || ' ' || coalesce(raw_line, 'NULL') FROM %s ORDER BY extract";
        List<String> expected = List.of(
                "invoices:26 F-99;CUSTOMER;2017-13-01;EKO-KUND1;KS;ELECTRONIC;100",
                "sick_leave:26 NULL",
                "staffing:26 NULL");
        try (ReadOnlyCopy analyst = ReadOnlyCopy.open(copy)) {
            assertThat(strings(analyst.dsl(), rejects.formatted("report.rejected_rows")))
                    .containsExactlyElementsOf(expected);
            assertThat(strings(
                            analyst.dsl(),
                            rejects.formatted("read_parquet('" + export + "/report/rejected_rows/*.parquet')")))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theExportWritesTheAllowListOnly() throws IOException {
        List<String> folders = new ArrayList<>();
        for (String schema : List.of("core", "report")) {
            try (Stream<Path> tables = Files.list(export.resolve(schema))) {
                tables.forEach(table -> folders.add(schema + "." + table.getFileName()));
            }
        }
        try (Stream<Path> schemas = Files.list(export)) {
            assertThat(schemas.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("core", "report");
        }
        assertThat(folders).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    /**
     * The pseudonyms the loader's file holds appear in no byte of the copy or of any exported file.
     * The search finds them where they are: in the loader's own file, and in a Parquet file written
     * with them.
     */
    @Test
    void noPseudonymInAnyByteOfTheCopyOrTheExport(@TempDir Path scratch) throws IOException {
        assertThat(pseudonyms).isNotEmpty();
        assertThat(containsAny(warehouse, pseudonyms))
                .as("the search finds pseudonyms in the loader's file")
                .isTrue();
        Path control = scratch.resolve("control.parquet");
        try (ReadOnlyCopy loader = ReadOnlyCopy.open(warehouse)) {
            loader.dsl()
                    .execute("COPY (SELECT employee_pseudonym FROM core.staffing) TO '" + control
                            + "' (FORMAT parquet)");
        }
        assertThat(containsAny(control, pseudonyms))
                .as("the search finds pseudonyms in Parquet")
                .isTrue();

        assertThat(containsAny(copy, pseudonyms)).as("a pseudonym in " + copy).isFalse();
        try (Stream<Path> files = Files.walk(export)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(containsAny(file, pseudonyms))
                        .as("a pseudonym in " + file)
                        .isFalse();
            }
        }
    }

    @Test
    void twoWarehousesInOneFolderKeepTwoCopies(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first-input");
        Path second = dir.resolve("second-input");
        writeInput(first, "A");
        InputFiles.write(second, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(
                second,
                "invoices/2017-02.csv",
                INVOICES.lines()
                        .limit(4)
                        .map(line -> line + "\n")
                        .reduce("", String::concat)); // the header and three invoices
        Path shared = dir.resolve("out");

        assertThat(load(first, shared.resolve("warehouse.duckdb"))).isZero();
        System.setProperty("nyckeltal.warehouse.published-mode", "0600");
        try {
            assertThat(load(second, shared.resolve("other.duckdb"))).isZero();
        } finally {
            System.clearProperty("nyckeltal.warehouse.published-mode");
        }

        try (ReadOnlyCopy defaultCopy = ReadOnlyCopy.open(shared.resolve("nyckeltal.duckdb"));
                ReadOnlyCopy otherCopy = ReadOnlyCopy.open(shared.resolve("other.published.duckdb"))) {
            assertThat(strings(defaultCopy.dsl(), "SELECT count(*) FROM core.invoices"))
                    .containsExactly("24");
            assertThat(strings(otherCopy.dsl(), "SELECT count(*) FROM core.invoices"))
                    .containsExactly("3");
        }
        assertThat(mode(shared.resolve("nyckeltal.duckdb"))).isEqualTo("rw-r-----");
        assertThat(mode(shared.resolve("other.published.duckdb")))
                .as("configured mode")
                .isEqualTo("rw-------");
    }

    /**
     * Links planted where the publisher works (a work folder of an earlier run, the copy's own
     * name) and where the lock belongs: the files they point to are untouched.
     */
    @Test
    void publishingNeverFollowsALink(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("input");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        Path shared = Files.createDirectories(dir.resolve("out"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "not yours");
        Path victimFolder = Files.createDirectories(dir.resolve("victim-folder"));
        Files.writeString(victimFolder.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(shared.resolve("nyckeltal.duckdb"), victim);
        Files.createSymbolicLink(shared.resolve("nyckeltal.duckdb.tmp-123"), victimFolder);
        Files.createSymbolicLink(shared.resolve("nyckeltal.duckdb.tmp-456"), victim);

        assertThat(load(input, shared.resolve("warehouse.duckdb"))).isZero();

        assertThat(Files.readString(victim)).isEqualTo("not yours");
        assertThat(Files.readString(victimFolder.resolve("keep.txt"))).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(shared.resolve("nyckeltal.duckdb"))).isFalse();
        assertThat(shared.resolve("nyckeltal.duckdb.tmp-123")).doesNotExist();
        assertThat(shared.resolve("nyckeltal.duckdb.tmp-456")).doesNotExist();
        try (ReadOnlyCopy analyst = ReadOnlyCopy.open(shared.resolve("nyckeltal.duckdb"))) {
            assertThat(strings(analyst.dsl(), "SELECT count(*) FROM core.units"))
                    .containsExactly("2");
        }
    }

    @Test
    void aLinkAtTheLockFileIsRefusedNotFollowed(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("input");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        Path shared = Files.createDirectories(dir.resolve("out"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "not yours");
        String victimMode = mode(victim);
        Files.createSymbolicLink(shared.resolve("warehouse.duckdb.lock"), victim);
        StringWriter err = new StringWriter();

        int status = cli(
                err,
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                shared.resolve("warehouse.duckdb").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).contains("is a symbolic link").doesNotContain("\tat ");
        assertThat(Files.readString(victim)).isEqualTo("not yours");
        assertThat(mode(victim)).isEqualTo(victimMode);
    }

    /** A lock file an older version created with the umask's mode is made owner-only when taken. */
    @Test
    void aWiderLockFileBecomesOwnerOnly(@TempDir Path dir) throws IOException {
        Path warehouse = dir.resolve("warehouse.duckdb");
        Path lock = Files.createFile(WarehouseLock.lockFileOf(warehouse));
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-r--r--"));

        try (WarehouseLock held = WarehouseLock.acquire(warehouse, "test", Duration.ZERO)) {
            assertThat(mode(lock)).isEqualTo("rw-------");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void writeInput(Path input, String invoicePrefix) throws IOException {
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(input, "staffing/2017-01.csv", STAFFING);
        InputFiles.write(input, "sick_leave/2017-01.csv", SICK_LEAVE);
        InputFiles.write(input, "invoices/2017-01.csv", INVOICES.replace("F-", invoicePrefix + "-"));
    }

    private static String rows(int count, java.util.function.IntFunction<String> row) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            rows.append(row.apply(i)).append('\n');
        }
        return rows.toString();
    }

    /** {@code schema.table} → its comment and {@code schema.table.column} → comment and NOT NULL. */
    private static Map<String, String> descriptions(DSLContext dsl) {
        Map<String, String> descriptions = new TreeMap<>();
        dsl.fetch(
                        "SELECT schema_name || '.' || table_name, comment FROM duckdb_tables() WHERE database_name = current_database()"
                                + " UNION ALL SELECT schema_name || '.' || view_name, comment FROM duckdb_views()"
                                + " WHERE database_name = current_database() AND NOT internal")
                .forEach(row -> descriptions.put(row.get(0, String.class), row.get(1, String.class)));
        dsl.fetch(
                        "SELECT schema_name || '.' || table_name || '.' || column_name, data_type || ' ' || is_nullable "
                                + "|| ' ' || coalesce(comment, '') FROM duckdb_columns() WHERE database_name = current_database()")
                .forEach(row -> descriptions.put(row.get(0, String.class), row.get(1, String.class)));
        return descriptions;
    }

    private static boolean containsAny(Path file, List<String> values) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return values.stream().anyMatch(bytes::contains);
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> strings(DSLContext dsl, String sql) {
        return dsl.fetch(sql).map(row -> String.valueOf(row.get(0)));
    }

    private static int load(Path input, Path warehouse) {
        return cli("load", "--input", input.toString(), "--warehouse", warehouse.toString());
    }

    private static int cli(String... args) {
        return cli(new StringWriter(), args);
    }

    private static int cli(StringWriter err, String... args) {
        System.setProperty("nyckeltal.pseudonym.key", KEY);
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
