package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;

/**
 * A load that erases person-level HR rows under a retention horizon, killed with SIGKILL at points
 * from the end of its recomputation (where the erase begins) to its end, leaves the warehouse as
 * before the erase or as after it, never in between; run again, it ends with the tables and the
 * file bytes of a load that was never interrupted.
 */
class RetentionCrashTests {

    private static final String KEY = "retention-crash-key-of-at-least-32-bytes";
    private static final int HR_MONTHS = 24;
    /** Milliseconds after the recomputation's last line (the erase and wipe follow it). */
    private static final long[] KILL_AFTER = {0, 250, 900};

    @TempDir
    Path dir;

    @Test
    void aKilledEraseLeavesTheWarehouseAsBeforeOrAsAfter() throws Exception {
        YearMonth night = YearMonth.now().minusMonths(1);
        YearMonth keptFrom = YearMonth.now().minusMonths(HR_MONTHS);
        Path generated = dir.resolve("generated");
        new SampleGenerator().generate(new SampleSpec(generated, 0.004, night.minusMonths(40), night, 5));
        Path input = dir.resolve("input");
        copy(generated, input, file -> !file.getFileName().toString().equals(night + ".csv"));
        Path history = dir.resolve("history/warehouse.duckdb");
        assertThat(load(input, history, false).waitFor()).as(() -> log(history)).isZero();
        long rowsBefore = count(history, "SELECT count(*) FROM core.staffing WHERE month < " + date(keptFrom));
        assertThat(rowsBefore).isPositive();
        List<String> erasedPseudonyms = rows(
                history,
                "SELECT employee_pseudonym FROM core.staffing GROUP BY 1 HAVING max(month) < " + date(keptFrom));
        assertThat(erasedPseudonyms).isNotEmpty();

        copy(generated, input, file -> file.getFileName().toString().equals(night + ".csv"));
        Path clean = copyOf(history, "clean");
        assertThat(load(input, clean, true).waitFor()).as(() -> log(clean)).isZero();
        long frozenAfter = count(clean, "SELECT count(*) FROM report.indicator_values WHERE frozen_at IS NOT NULL");
        assertThat(frozenAfter).isPositive();

        List<String> seen = new ArrayList<>();
        for (long millis : KILL_AFTER) {
            Path crashed = copyOf(history, "crashed-" + millis);
            Process process = load(input, crashed, true);
            boolean killed = killAfterRecomputation(process, crashed, millis);

            long rowsLeft = count(crashed, "SELECT count(*) FROM core.staffing WHERE month < " + date(keptFrom));
            long frozen = count(crashed, "SELECT count(*) FROM report.indicator_values WHERE frozen_at IS NOT NULL");
            long recorded = count(crashed, "SELECT count(*) FROM meta.hr_retention");
            boolean before = rowsLeft == rowsBefore && frozen == 0 && recorded == 0;
            boolean after = rowsLeft == 0 && frozen == frozenAfter && recorded == 1;
            seen.add(millis + " ms: " + (killed ? "killed" : "finished") + ", " + (before ? "before" : "")
                    + (after ? "after" : ""));
            assertThat(before || after)
                    .as(
                            "killed %d ms after the recomputation: %d rows before the horizon left, %d values frozen",
                            millis, rowsLeft, frozen)
                    .isTrue();

            assertThat(load(input, crashed, true).waitFor())
                    .as(() -> log(crashed))
                    .isZero();
            for (String table : List.of(
                    "SELECT * EXCLUDE (file_id) FROM core.staffing",
                    "SELECT * EXCLUDE (file_id) FROM core.sick_leave",
                    "SELECT * EXCLUDE (frozen_at) FROM report.indicator_values",
                    "SELECT * FROM core.hr_indicator_value")) {
                assertThat(rows(crashed, table)).as(table).isEqualTo(rows(clean, table));
            }
            assertThat(count(crashed, "SELECT count(*) FROM report.indicator_values WHERE frozen_at IS NOT NULL"))
                    .isEqualTo(frozenAfter);
            String bytes = new String(Files.readAllBytes(crashed), StandardCharsets.ISO_8859_1);
            assertThat(erasedPseudonyms).noneMatch(bytes::contains);
        }
        // the kills fell before, into and after the erase: some left it undone, some done
        assertThat(seen).as(seen.toString()).anyMatch(outcome -> outcome.startsWith("0 ms: killed"));
    }

    /** SIGKILL the given time after the load logs the end of its recomputation; false if it finished first. */
    private static boolean killAfterRecomputation(Process process, Path warehouse, long millis) throws Exception {
        Path log = warehouse.resolveSibling("load.log");
        while (process.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains("Recomputed indicators for")) {
                if (millis > 0 && process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                    return false;
                }
                process.destroyForcibly().waitFor();
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static String date(YearMonth month) {
        return "DATE '" + month.atDay(1) + "'";
    }

    private Path copyOf(Path warehouse, String name) throws IOException {
        Path copy = dir.resolve(name + "/warehouse.duckdb");
        Files.createDirectories(copy.getParent());
        Files.copy(warehouse, copy);
        return copy;
    }

    private static void copy(Path from, Path to, Predicate<Path> which) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(which).toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** Opened read-write, as the next load would: a write-ahead log left by the kill is replayed. */
    private static List<String> rows(Path warehouse, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static long count(Path warehouse, String query) throws SQLException {
        return Long.parseLong(rows(warehouse, query).get(0));
    }

    private static String log(Path warehouse) {
        try {
            return Files.readString(warehouse.resolveSibling("load.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Process load(Path input, Path warehouse, boolean withHorizon) throws IOException {
        Files.createDirectories(warehouse.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        if (withHorizon) {
            command.add("-Dnyckeltal.retention.hr-months=" + HR_MONTHS);
        }
        command.addAll(List.of(
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
