package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.TestWarehouse;

class ScheduleCommandTests {

    @TempDir
    Path dir;

    @BeforeAll
    static void key() {
        System.setProperty("nyckeltal.pseudonym.key", "schedule-test-key-of-at-least-32-bytes-length");
    }

    @AfterAll
    static void noKey() {
        System.clearProperty("nyckeltal.pseudonym.key");
    }

    @Test
    void runsTheLoadAtEveryTickOneRunAtATime() throws Exception {
        Path input = dir.resolve("input");
        LoadJobFunctionalTests.write(input, "units/units.csv", LoadJobFunctionalTests.UNITS);
        StringWriter out = new StringWriter();
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));

        int status = commandLine.execute(
                "schedule",
                "--cron",
                "*/2 * * * * *",
                "--runs",
                "2",
                "--input",
                input.toString(),
                "--warehouse",
                dir.resolve("w.duckdb").toString());

        assertThat(status).as(out.toString()).isZero();
        try (TestWarehouse warehouse = TestWarehouse.open(dir.resolve("w.duckdb"))) {
            // run 1 loads the file, run 2 finds it unchanged
            assertThat(warehouse
                            .dsl()
                            .fetch("SELECT run_id || ' ' || status FROM report.load_runs ORDER BY run_id")
                            .getValues(0, String.class))
                    .containsExactly("1 LOADED", "2 SKIPPED_UNCHANGED");
        }
    }

    @Test
    void aBadCronExpressionIsAUsageError() {
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(commandLine.execute("schedule", "--cron", "every night")).isEqualTo(64);
    }
}
