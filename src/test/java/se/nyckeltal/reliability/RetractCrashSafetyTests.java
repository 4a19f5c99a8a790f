package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;
import se.nyckeltal.support.PseudonymKeyProperty;
import se.nyckeltal.support.ReadOnlyCopy;
import se.nyckeltal.support.TestWarehouse;

/**
 * {@code retract} as a separate process, killed with SIGKILL at points from its start to its
 * publishing of the analysts' copy: each time the warehouse is exactly as before the retraction or
 * exactly as after it, never between, and running the command again finishes the job.
 */
class RetractCrashSafetyTests {

    private static final String KEY = "retract-crash-key-of-at-least-32-bytes-length";
    private static final String FILE = "staffing/2017-03.csv";

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY = new PseudonymKeyProperty(KEY);

    /** The tables compared row for row. */
    private static final List<String> COMPARED = List.of(
            "SELECT * FROM %s.report.indicator_values",
            "SELECT * FROM %s.report.indicator_table",
            // the time of a retraction (in the message) is its own
            "SELECT * EXCLUDE (message) FROM %s.report.load_runs",
            "SELECT * FROM %s.report.rejected_rows",
            "SELECT * FROM %s.core.staffing",
            "SELECT * FROM %s.meta.superseded_staffing",
            "SELECT * FROM %s.meta.dirty_months",
            "SELECT file_id, file_checksum, retracted_by FROM %s.meta.retraction");

    /** Where the process is killed: once its log shows the line, that many milliseconds later. */
    private record KillPoint(String logLine, long millisAfter) {}

    private static final List<KillPoint> POINTS = List.of(
            new KillPoint("(retract) started", 0),
            new KillPoint("Recomputing indicators of periods overlapping", 0),
            new KillPoint("Recomputing indicators of periods overlapping", 150),
            new KillPoint("Recomputing indicators of periods overlapping", 600),
            new KillPoint("Retracted " + FILE, 0),
            new KillPoint("Retracted " + FILE, 40));

    @TempDir
    Path dir;

    @Test
    void killedAtAnyPointTheWarehouseIsAsBeforeOrAsAfterAndRunningAgainFinishes() throws Exception {
        Path input = dir.resolve("input");
        new SampleGenerator().generate(new SampleSpec(input, 0.004, YearMonth.of(2016, 7), YearMonth.of(2017, 6), 5));
        Path before = folder("before").resolve("warehouse.duckdb");
        assertThat(run("load", "--input", input.toString(), "--warehouse", before.toString()))
                .isZero();
        Path after = copy(before, "after");
        assertThat(run("retract", FILE, "--warehouse", after.toString())).isZero();

        List<String> outcomes = new ArrayList<>();
        int killedBefore = 0;
        int killedAfter = 0;
        for (int i = 0; i < POINTS.size(); i++) {
            Path crashed = copy(before, "crashed-" + i);
            boolean killed = killAt(retract(crashed), crashed.resolveSibling("retract.log"), POINTS.get(i));
            boolean retracted = isRetracted(crashed);
            assertSameTables(crashed, retracted ? after : before);
            outcomes.add(POINTS.get(i) + (killed ? " killed " : " finished ") + (retracted ? "after" : "before"));
            killedBefore += killed && !retracted ? 1 : 0;
            killedAfter += killed && retracted ? 1 : 0;

            // run again: finishes the retraction (or finds it done) and publishes the analysts' copy
            assertThat(run("retract", FILE, "--warehouse", crashed.toString())).isZero();
            assertSameTables(crashed, after);
            try (ReadOnlyCopy published = ReadOnlyCopy.open(crashed.resolveSibling("nyckeltal.duckdb"))) {
                assertThat(published
                                .dsl()
                                .fetchValue("SELECT status FROM report.load_runs WHERE file_name = '" + FILE + "'"))
                        .isEqualTo("RETRACTED");
            }
        }
        assertThat(killedBefore)
                .as("kills that found the warehouse as before: " + outcomes)
                .isPositive();
        assertThat(killedAfter + killedBefore)
                .as("runs really killed: " + outcomes)
                .isGreaterThanOrEqualTo(4);
    }

    /** Kills the process with SIGKILL at the point; false if it finished first. */
    private static boolean killAt(Process process, Path log, KillPoint point) throws Exception {
        while (process.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains(point.logLine())) {
                if (point.millisAfter() > 0 && process.waitFor(point.millisAfter(), TimeUnit.MILLISECONDS)) {
                    return false;
                }
                process.destroyForcibly().waitFor(); // SIGKILL
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static boolean isRetracted(Path warehouse) {
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            return "RETRACTED"
                    .equals(opened.dsl()
                            .fetchValue("SELECT status FROM report.load_runs WHERE file_name = '" + FILE + "'"));
        }
    }

    private static void assertSameTables(Path warehouse, Path expected) {
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            DSLContext dsl = opened.dsl();
            dsl.execute("ATTACH '" + expected + "' AS expected (READ_ONLY)");
            for (String query : COMPARED) {
                String mine = query.formatted("warehouse");
                String theirs = query.formatted("expected");
                assertThat(count(dsl, "SELECT count(*) FROM ((" + mine + ") EXCEPT ALL (" + theirs + "))"))
                        .as("rows only in " + warehouse + ": " + mine)
                        .isZero();
                assertThat(count(dsl, "SELECT count(*) FROM ((" + theirs + ") EXCEPT ALL (" + mine + "))"))
                        .as("rows missing in " + warehouse + ": " + mine)
                        .isZero();
            }
        }
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    private Path copy(Path warehouse, String name) throws IOException {
        Path copy = folder(name).resolve("warehouse.duckdb");
        Files.copy(warehouse, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static int run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exitCode = commandLine.execute(args);
        System.out.println(out);
        return exitCode;
    }

    private static Process retract(Path warehouse) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "se.nyckeltal.NyckeltalApplication",
                        "retract",
                        FILE,
                        "--warehouse",
                        warehouse.toString())
                .redirectErrorStream(true)
                .redirectOutput(warehouse.resolveSibling("retract.log").toFile());
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", KEY);
        return builder.start();
    }

    private static long count(DSLContext dsl, String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }
}
