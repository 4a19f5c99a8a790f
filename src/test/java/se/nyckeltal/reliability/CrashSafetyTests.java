package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
    private static final String KEY = "crash-test-key-of-at-least-32-bytes-length";

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
        assertThat(load(input, clean).waitFor()).as(() -> log(clean)).isEqualTo(0);
        Timeline timeline = Timeline.of(Files.readAllLines(clean.resolveSibling("load.log")));

        List<String> outcomes = new ArrayList<>();
        int killed = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            // Each cycle starts from nothing and is killed KILLS_PER_CYCLE times, each run later
            // in its work than the one before (and every cycle a little later than the last), so
            // that the kills of all cycles fall at 20 different points from parsing to publishing.
            // A point is a phase of the clean run and a time into it; a run is killed that long
            // after its own log shows the phase begin. Timing by the log, not by the clock since
            // the process started, keeps the JVM's start-up and a resumed run's shorter work (it
            // skips the phases its predecessor finished) from moving the kill past the run's end.
            Path crashed = dir.resolve("crashed-" + cycle + "/warehouse.duckdb");
            for (int kill = 0; kill < KILLS_PER_CYCLE; kill++) {
                KillPoint point = timeline.pointAt((cycle + 1) * 0.05 + kill * 0.18);
                boolean wasKilled = killAt(load(input, crashed), crashed.resolveSibling("load.log"), point);
                outcomes.add(point + (wasKilled ? " killed" : " finished first"));
                killed += wasKilled ? 1 : 0;
            }
            Process last = load(input, crashed);
            assertThat(last.waitFor()).as(() -> log(crashed)).isEqualTo(0);
            assertSameAsClean(crashed, clean);
        }
        assertThat(killed)
                .as("runs really killed, not finished before their kill: " + outcomes)
                .isGreaterThanOrEqualTo(18);
    }

    /**
     * Kills the run with SIGKILL once its log shows the point's phase and the point's time into
     * it has passed, or at once if the run is already in a later phase (it resumed past the
     * point); false if the run finished first.
     */
    private static boolean killAt(Process process, Path log, KillPoint point) throws Exception {
        while (process.isAlive()) {
            Phase reached = Phase.reachedIn(Files.readAllLines(log));
            if (reached != null && reached.compareTo(point.phase()) >= 0) {
                if (reached == point.phase() && process.waitFor(point.millisInto(), TimeUnit.MILLISECONDS)) {
                    return false;
                }
                process.destroyForcibly().waitFor(); // SIGKILL
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** The phases of a load, each known by the first log line only it writes. */
    private enum Phase {
        /** Any line: a run's first line is its discovery or that it resumes the interrupted run. */
        PARSE(line -> true),
        /** The ingest step's last line: every file read, merging begins. */
        MERGE(line -> line.contains("Ingest: ") && line.contains("100 % of bytes")),
        RECOMPUTE(line -> line.contains("Recomputing indicators") || line.contains("No new data")),
        PUBLISH(line -> line.contains("Recomputed indicators for"));

        private final Predicate<String> begins;

        Phase(Predicate<String> begins) {
            this.begins = begins;
        }

        static Phase of(String line) {
            Phase latest = null;
            for (Phase phase : values()) {
                latest = phase.begins.test(line) ? phase : latest;
            }
            return latest;
        }

        /** The latest phase the log has reached, null before its first line. */
        static Phase reachedIn(List<String> log) {
            Phase latest = null;
            for (String line : log) {
                Phase phase = of(line);
                latest = latest == null || phase.compareTo(latest) > 0 ? phase : latest;
            }
            return latest;
        }
    }

    private record KillPoint(Phase phase, long millisInto) {
        @Override
        public String toString() {
            return phase + "+" + millisInto + "ms";
        }
    }

    /** When each phase of the clean run began and when its work ended, from its log's times. */
    private record Timeline(Map<Phase, Long> began, long ended) {

        static Timeline of(List<String> log) {
            Map<Phase, Long> began = new EnumMap<>(Phase.class);
            long first = -1;
            long at = 0;
            for (String line : log) {
                if (!line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")) {
                    continue; // the summary table printed at the end
                }
                long millis = LocalTime.parse(line.substring(0, 12)).toNanoOfDay() / 1_000_000;
                first = first < 0 ? millis : first;
                at = Math.floorMod(millis - first, 86_400_000L); // a run over midnight
                began.putIfAbsent(Phase.of(line), at);
            }
            assertThat(began).as("phases in the clean run's log: " + log).containsKeys(Phase.values());
            return new Timeline(began, at);
        }

        /** The point a share of the way through the clean run's work (its first to last line). */
        KillPoint pointAt(double share) {
            long at = Math.round(ended * share);
            Phase phase = Phase.PARSE;
            for (Phase candidate : Phase.values()) {
                phase = began.get(candidate) <= at ? candidate : phase;
            }
            return new KillPoint(phase, at - began.get(phase));
        }
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
                        .as(mine)
                        .isEqualTo(count(dsl, "SELECT count(*) FROM (" + theirs + ")"));
                assertThat(count(dsl, "SELECT count(*) FROM ((" + mine + ") EXCEPT ALL (" + theirs + "))"))
                        .as("rows only after the crashes: " + mine)
                        .isZero();
                assertThat(count(dsl, "SELECT count(*) FROM ((" + theirs + ") EXCEPT ALL (" + mine + "))"))
                        .as("rows only in the clean run: " + mine)
                        .isZero();
            }
            // every file finished, every reject published (staged rows never reach the file)
            assertThat(count(
                            dsl,
                            "SELECT count(*) FROM meta.load_file "
                                    + "WHERE state NOT IN ('LOADED', 'FAILED', 'SKIPPED_UNCHANGED')"))
                    .isZero();
            assertThat(count(dsl, "SELECT count(*) FROM meta.rejected_rows")).isZero();
            assertThat(count(dsl, "SELECT count(*) FROM meta.dirty_months")).isZero();
        }
        assertThat(Files.list(crashed.getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains(".tmp-"));
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
                "-cp",
                System.getProperty("java.class.path"),
                "se.nyckeltal.NyckeltalApplication",
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                warehouse.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(warehouse.resolveSibling("load.log").toFile());
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", KEY);
        return builder.start();
    }
}
