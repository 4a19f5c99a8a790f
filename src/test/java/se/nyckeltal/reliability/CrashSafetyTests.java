package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;
import se.nyckeltal.support.TestWarehouse;

/**
 * {@code load} as a separate process, killed with SIGKILL at 20 points spread over its run
 * (parsing, appending, merging, recomputing, publishing) and started again each time, ends with
 * exactly the tables of a run that was never interrupted: no lost rows, no duplicates, no
 * file left unfinished.
 */
class CrashSafetyTests {

    private static final int CYCLES = 4;
    private static final int KILLS_PER_CYCLE = 5;
    private static final String KEY = "crash-test-key";

    /** The tables compared row for row (file ids and run ids differ between the two histories). */
    private static final List<String> COMPARED = List.of(
            "SELECT * EXCLUDE (file_id) FROM %s.core.units",
            "SELECT * EXCLUDE (file_id) FROM %s.core.staffing",
            "SELECT * EXCLUDE (file_id) FROM %s.core.invoices",
            "SELECT * EXCLUDE (file_id) FROM %s.core.payslips",
            "SELECT * EXCLUDE (file_id) FROM %s.core.contacts",
            "SELECT * EXCLUDE (file_id) FROM %s.core.sick_leave",
            "SELECT * EXCLUDE (file_id) FROM %s.core.targets",
            "SELECT * FROM %s.report.indicator_values",
            "SELECT * FROM %s.report.indicator_table",
            "SELECT * EXCLUDE (run_id) FROM %s.report.rejected_rows",
            "SELECT extract, file_name, file_checksum, rows_read, rows_loaded, rows_rejected FROM %s.report.load_runs "
                    + "WHERE status <> 'SKIPPED_UNCHANGED'");

    @TempDir
    Path dir;

    @Test
    void killedAtTwentyPointsAndRestartedEachTimeEndsAsACleanRun() throws Exception {
        Path input = dir.resolve("input");
        new SampleGenerator().generate(new SampleSpec(input, 0.004, YearMonth.of(2016, 7), YearMonth.of(2017, 6), 7));
        // a row to reject (1 of 26, under the 5 % limit), so that rejects are compared too
        StringBuilder late = new StringBuilder("payslip_id;pay_date;unit_code;employer_org;source\n");
        for (int i = 1; i <= 25; i++) {
            late.append("X-").append(i).append(";2017-06-25;LON-1;KS;ELECTRONIC\n");
        }
        late.append("X-1;2017-06-26;LON-1;KS;MANUAL\n");
        Files.writeString(input.resolve("payslips/zz-late.csv"), late);

        Path clean = dir.resolve("clean/warehouse.duckdb");
        long started = System.nanoTime();
        assertThat(load(input, clean).waitFor()).as(() -> log(clean)).isEqualTo(0);
        long cleanMillis = (System.nanoTime() - started) / 1_000_000;

        long startupMillis = startupMillis();
        long workMillis = Math.max(1_000, cleanMillis - startupMillis);
        int killed = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            // Each cycle starts from nothing and is killed KILLS_PER_CYCLE times, each run later
            // in its own work than the one before (and every cycle a little later than the last),
            // so that the kills of all cycles fall at 20 different points from parsing to
            // publishing. Shares of a whole run, not increments: a resumed run ingests every file
            // not yet merged again (staged rows are kept in memory), so it repeats the ingest.
            Path crashed = dir.resolve("crashed-" + cycle + "/warehouse.duckdb");
            for (int kill = 0; kill < KILLS_PER_CYCLE; kill++) {
                double share = (cycle + 1) * 0.05 + kill * 0.18;
                Process process = load(input, crashed);
                if (!process.waitFor(startupMillis + (long) (workMillis * share), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(); // SIGKILL
                    killed++;
                }
            }
            Process last = load(input, crashed);
            assertThat(last.waitFor()).as(() -> log(crashed)).isEqualTo(0);
            assertSameAsClean(crashed, clean);
        }
        assertThat(killed).as("runs really killed, not finished before their kill").isGreaterThanOrEqualTo(15);
    }

    private void assertSameAsClean(Path crashed, Path clean) throws IOException {
        try (TestWarehouse warehouse = TestWarehouse.open(crashed)) {
            DSLContext dsl = warehouse.dsl();
            dsl.execute("ATTACH '" + clean + "' AS clean (READ_ONLY)");
            String catalog = crashed.getFileName().toString().replace(".duckdb", "");
            for (String query : COMPARED) {
                String mine = query.formatted(catalog);
                String theirs = query.formatted("clean");
                assertThat(count(dsl, "SELECT count(*) FROM (" + mine + ")"))
                        .as(mine).isEqualTo(count(dsl, "SELECT count(*) FROM (" + theirs + ")"));
                assertThat(count(dsl, "SELECT count(*) FROM ((" + mine + ") EXCEPT ALL (" + theirs + "))"))
                        .as("rows only after the crashes: " + mine).isZero();
                assertThat(count(dsl, "SELECT count(*) FROM ((" + theirs + ") EXCEPT ALL (" + mine + "))"))
                        .as("rows only in the clean run: " + mine).isZero();
            }
            // every file finished, every reject published (staged rows never reach the file)
            assertThat(count(dsl, "SELECT count(*) FROM meta.load_file "
                    + "WHERE state NOT IN ('LOADED', 'FAILED', 'SKIPPED_UNCHANGED')")).isZero();
            assertThat(count(dsl, "SELECT count(*) FROM meta.rejected_rows")).isZero();
            assertThat(count(dsl, "SELECT count(*) FROM meta.dirty_months")).isZero();
        }
        assertThat(Files.list(crashed.getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains(".tmp-"));
    }

    /** How long a JVM with Spring and DuckDB takes before any work: the help of one command. */
    private long startupMillis() throws IOException, InterruptedException {
        Path empty = dir.resolve("startup/warehouse.duckdb");
        Files.createDirectories(empty.getParent());
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "se.nyckeltal.NyckeltalApplication", "history",
                "--warehouse", empty.toString())
                .redirectErrorStream(true)
                .redirectOutput(empty.resolveSibling("history.log").toFile());
        builder.start().waitFor();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String log(Path warehouse) {
        try {
            return Files.readString(warehouse.resolveSibling("load.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static long count(DSLContext dsl, String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }

    private static Process load(Path input, Path warehouse) throws IOException {
        Files.createDirectories(warehouse.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "se.nyckeltal.NyckeltalApplication", "load",
                "--input", input.toString(), "--warehouse", warehouse.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(warehouse.resolveSibling("load.log").toFile());
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", KEY);
        return builder.start();
    }
}
