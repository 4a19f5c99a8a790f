package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;
import se.nyckeltal.support.ReadOnlyCopy;
import se.nyckeltal.support.TestWarehouse;

/**
 * The real {@code load} command when its surroundings fail: no input folder, an output folder it cannot
 * write, a full disk, a damaged warehouse. Each ends with exit status 2 and one plain line naming the
 * problem — no stack trace — and what an earlier run loaded is still there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnvironmentFaultTests {

    /** 20 invoices ENV-1 … ENV-20, all valid: what "loaded before" means in every case below. */
    private static final int EARLIER_ROWS = 20;

    private Path earlierInput;
    /** A folder with warehouse.duckdb (and the published copy) after one successful load. */
    private Path loadedOnce;

    @BeforeAll
    void loadOnceSuccessfully(@TempDir Path dir) throws IOException {
        BadInputCli.usePseudonymKey();
        earlierInput = dir.resolve("input");
        StringBuilder invoices = new StringBuilder(
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n");
        for (int n = 1; n <= EARLIER_ROWS; n++) {
            invoices.append("ENV-").append(n).append(";CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;100\n");
        }
        Files.createDirectories(earlierInput.resolve("invoices"));
        Files.writeString(earlierInput.resolve("invoices/2017-01.csv"), invoices);
        loadedOnce = dir.resolve("loaded-once");
        BadInputCli.Result first = load(earlierInput, loadedOnce.resolve("warehouse.duckdb"));
        assertThat(first.exitCode()).as(first.all()).isZero();
    }

    @AfterAll
    void restoreKey() {
        BadInputCli.restorePseudonymKey();
    }

    @Test
    void aMissingInputFolder(@TempDir Path dir) throws IOException {
        Path warehouse = copyOfTheLoadedWarehouse(dir);

        BadInputCli.Result result = load(dir.resolve("no-such-input"), warehouse);

        assertOnePlainLine(result, "The input folder", "no-such-input", "does not exist");
        assertEarlierRowsKept(warehouse);
    }

    @Test
    void aWarehouseWhoseFolderIsARegularFile(@TempDir Path dir) throws IOException {
        // What root (CI) can be refused: no chmod binds root, but no one can make a folder where a file is.
        Path file = dir.resolve("some-file.txt");
        Files.writeString(file, "not a folder\n");

        BadInputCli.Result result = load(earlierInput, file.resolve("warehouse.duckdb"));

        assertOnePlainLine(result, "some-file.txt", "writable");
        assertThat(Files.readString(file)).isEqualTo("not a folder\n");
    }

    @Test
    void anOutputFolderWithoutWritePermission(@TempDir Path dir) throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(canCreateFileIn(readOnly))
                    .as("running as root: permissions do not stop writes")
                    .isFalse();

            BadInputCli.Result result = load(earlierInput, readOnly.resolve("warehouse.duckdb"));

            assertOnePlainLine(result, "read-only", "writable");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWarehouseInAFolderThatBecameReadOnly(@TempDir Path dir) throws IOException {
        Path warehouse = copyOfTheLoadedWarehouse(dir);
        Files.createDirectories(dir.resolve("more/invoices"));
        Files.writeString(dir.resolve("more/invoices/2017-02.csv"), """
                invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
                MORE-1;CUSTOMER;2017-02-10;EKO-KUND1;KS;ELECTRONIC;100
                """);
        Path folder = warehouse.getParent();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(canCreateFileIn(folder))
                    .as("running as root: permissions do not stop writes")
                    .isFalse();

            // the lock file is there from the earlier run; DuckDB's write-ahead log cannot be created
            BadInputCli.Result result = load(dir.resolve("more"), warehouse);

            assertOnePlainLine(result, "writable");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEarlierRowsKept(warehouse);
    }

    /**
     * Random bytes; a real warehouse cut to a third; a real warehouse whose blocks after the header were
     * overwritten. DuckDB checks its block checksums, so each is refused, and the file is left as it was.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"random bytes", "truncated", "blocks overwritten"})
    void aDamagedWarehouse(String damage, @TempDir Path dir) throws IOException {
        Path warehouse = copyOfTheLoadedWarehouse(dir);
        Path published = warehouse.resolveSibling("nyckeltal.duckdb");
        byte[] good = Files.readAllBytes(warehouse);
        Random random = new Random(2017);
        byte[] damaged = switch (damage) {
            case "random bytes" -> randomBytes(random, 300_000);
            case "truncated" -> java.util.Arrays.copyOf(good, good.length / 3);
            default -> {
                byte[] copy = good.clone();
                byte[] noise = randomBytes(random, copy.length - 12_288); // DuckDB's file headers: 3 × 4 KiB
                System.arraycopy(noise, 0, copy, 12_288, noise.length);
                yield copy;
            }
        };
        Files.write(warehouse, damaged);

        BadInputCli.Result result = load(earlierInput, warehouse);

        assertOnePlainLine(result, "The warehouse file is damaged", "backup");
        assertThat(Files.readAllBytes(warehouse))
                .as("the damaged file is left for inspection")
                .isEqualTo(damaged);
        try (ReadOnlyCopy copy = ReadOnlyCopy.open(published)) {
            assertThat(copy.dsl().fetchValue("SELECT count(*) FROM core.invoices WHERE invoice_id LIKE 'ENV-%'"))
                    .as("invoices of the earlier run in the published copy")
                    .isEqualTo((long) EARLIER_ROWS);
        }
    }

    /**
     * A full disk, without privileges: once the child process has loaded DuckDB (its native library is
     * unpacked to a temporary file of 57 MB), {@code prlimit} caps the size of any file it writes at 1 MiB.
     * The write-ahead log outgrows that with the new data, and the write fails with EFBIG ("File too
     * large") as on a full disk. A tmpfs of fixed size would be closer, but mounting one needs privileges.
     */
    @Test
    void aFullDisk(@TempDir Path dir) throws Exception {
        assumeThat(commandExists("prlimit"))
                .as("prlimit (util-linux) is not installed")
                .isTrue();
        Path warehouse = copyOfTheLoadedWarehouse(dir);
        Path input = dir.resolve("bigger-input");
        new SampleGenerator().generate(new SampleSpec(input, 0.01, YearMonth.of(2017, 1), YearMonth.of(2017, 12), 3));
        Path log = dir.resolve("child.log");

        Process child = startLoadProcess(input, warehouse, log);
        waitForLine(child, log, "file(s) found");
        long limit = 1 << 20;
        Process prlimit = new ProcessBuilder(
                        "prlimit", "--pid", Long.toString(child.pid()), "--fsize=" + limit + ":" + limit)
                .redirectErrorStream(true)
                .start();
        assertThat(prlimit.waitFor())
                .as(new String(prlimit.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the load ends").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isEqualTo(2);
        List<String> messages =
                output.lines().filter(line -> line.startsWith("nyckeltal: ")).toList();
        assertThat(messages)
                .as(output)
                .singleElement()
                .asString()
                .contains("Could not write the warehouse: the disk is full")
                .contains("File too large");
        assertEarlierRowsKept(warehouse);

        // with room again the same command resumes the interrupted run and finishes it
        BadInputCli.Result resumed = load(input, warehouse);
        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(resumed.output()).contains("(resumed)");
        assertEarlierRowsKept(warehouse);
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            assertThat(opened.dsl()
                            .fetchValue("SELECT count(*) - count(DISTINCT (invoice_type, invoice_id)) "
                                    + "FROM core.invoices"))
                    .as("duplicates")
                    .isEqualTo(0L);
            assertThat(opened.dsl().fetchValue("SELECT count(*) FROM meta.load_file WHERE state = 'INGESTED'"))
                    .isEqualTo(0L);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static BadInputCli.Result load(Path input, Path warehouse) {
        return BadInputCli.run("load", "--input", input.toString(), "--warehouse", warehouse.toString());
    }

    /** Exit status 2, one line on the command's output naming the problem, no stack trace anywhere. */
    private static void assertOnePlainLine(BadInputCli.Result result, String... naming) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.output().strip().lines())
                .as(result.all())
                .singleElement()
                .asString()
                .startsWith("nyckeltal: ")
                .contains(naming);
        assertThat(result.output()).doesNotContainPattern(BadInputCli.STACK_FRAME);
        assertThat(result.console())
                .doesNotContainPattern(BadInputCli.STACK_FRAME)
                .doesNotContain("Caused by:");
    }

    private void assertEarlierRowsKept(Path warehouse) {
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            assertThat(opened.dsl().fetchValue("SELECT count(*) FROM core.invoices WHERE invoice_id LIKE 'ENV-%'"))
                    .as("invoices of the earlier run in " + warehouse.getFileName())
                    .isEqualTo((long) EARLIER_ROWS);
        }
    }

    private Path copyOfTheLoadedWarehouse(Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String name : List.of("warehouse.duckdb", "warehouse.duckdb.lock", "nyckeltal.duckdb")) {
            Files.copy(loadedOnce.resolve(name), out.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return out.resolve("warehouse.duckdb");
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** False where permissions bind; true for root, whom they do not. */
    private static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean commandExists(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Process startLoadProcess(Path input, Path warehouse, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", "bad-input-test-key-of-at-least-32-bytes-length");
        return builder.start();
    }

    private static void waitForLine(Process process, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)
                    && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the load ended before '" + text + "': " + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new AssertionError("no '" + text + "' within 120 s");
    }
}
