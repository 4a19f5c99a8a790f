package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.TestWarehouse;

/** SIGTERM stops the scheduler cleanly: the run in progress finishes, no new one starts. */
class ScheduleShutdownTests {

    @TempDir
    Path dir;

    @Test
    void sigtermLetsTheRunInProgressFinish() throws Exception {
        Path input = dir.resolve("input");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        Path log = dir.resolve("schedule.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "se.nyckeltal.NyckeltalApplication",
                        "schedule",
                        "--cron",
                        "* * * * * *",
                        "--input",
                        input.toString(),
                        "--warehouse",
                        dir.resolve("w.duckdb").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", "shutdown-test-key-of-at-least-32-bytes-length");
        Process scheduler = builder.start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.readString(log).contains("Run 1:") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        scheduler.destroy(); // SIGTERM, in the middle of run 1

        assertThat(scheduler.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(output).contains("Stop requested").contains("Scheduler stopped after 1 run(s)");
        try (TestWarehouse warehouse = TestWarehouse.open(dir.resolve("w.duckdb"))) {
            // run 1 was finished, not abandoned: its file is LOADED and its job COMPLETED
            assertThat(warehouse
                            .dsl()
                            .fetch("SELECT run_id || ' ' || status FROM report.load_runs")
                            .getValues(0, String.class))
                    .containsExactly("1 LOADED");
            assertThat(warehouse
                            .dsl()
                            .fetch("SELECT status FROM BATCH_JOB_EXECUTION")
                            .getValues(0, String.class))
                    .containsExactly("COMPLETED");
        }
    }
}
