package se.nyckeltal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The nightly schedule as a long-lived process: runs {@code load} at every time of a cron
 * expression (Spring's {@link CronExpression}), one run at a time. On SIGTERM it finishes the
 * run in progress (a run killed anyway is resumed by the next one) and stops.
 */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Runs the load on a cron schedule until stopped (SIGTERM or Ctrl-C). Runs never overlap; "
                    + "a run in progress is finished before the process exits."
        },
        footer = {
            "",
            "Example (every night at 02:00 Swedish time):",
            "  java -jar target/nyckeltal.jar schedule --cron \"0 0 2 * * *\" --zone Europe/Stockholm",
            "",
            "See deploy/ for a systemd service, a systemd timer and a crontab line instead."
        })
public class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    @Spec
    CommandSpec spec;

    @Option(
            names = "--cron",
            defaultValue = "0 0 2 * * *",
            description = "Spring cron expression: second minute hour day month weekday (default: ${DEFAULT-VALUE}).")
    String cron;

    @Option(
            names = "--zone",
            defaultValue = "Europe/Stockholm",
            description = "Time zone of the expression (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(
            names = "--input",
            paramLabel = "DIR",
            defaultValue = "input",
            description = "As for load (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--runs", paramLabel = "N", description = "Stop after N runs (default: never).")
    Integer runs;

    @Mixin
    WarehouseOption warehouse;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        CronExpression expression = parse();
        PrintWriter out = spec.commandLine().getOut();
        Thread hook = new Thread(this::stopGracefully, "nyckeltal-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int done = 0;
        int lastStatus = ExitCodes.OK;
        try {
            while (!stopping.get() && (runs == null || done < runs)) {
                ZonedDateTime next = expression.next(ZonedDateTime.now(zone));
                log.info("Next load at {}", next);
                long millis = Math.max(
                        0, Duration.between(ZonedDateTime.now(zone), next).toMillis());
                if (stopRequested.await(millis, TimeUnit.MILLISECONDS)) {
                    break;
                }
                lastStatus = runSafely(out);
                done++;
            }
        } finally {
            // Logged before releasing the shutdown hook: once it returns, the JVM halts at once.
            log.info("Scheduler stopped after {} run(s)", done);
            stopped.countDown();
            if (!stopping.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        return lastStatus;
    }

    private int runSafely(PrintWriter out) {
        try {
            int status = LoadCommand.runOnce(warehouse, input, out);
            log.info("Scheduled load finished with exit status {}", status);
            return status;
        } catch (Exception e) {
            // One failed night must not stop the schedule; the next run resumes it.
            log.error("Scheduled load failed: {}", ErrorMessages.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** SIGTERM: no new run; the JVM waits here until the run in progress has finished. */
    private void stopGracefully() {
        stopping.set(true);
        stopRequested.countDown();
        log.info("Stop requested: finishing the run in progress, if any");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CronExpression parse() {
        try {
            return CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--cron '" + cron + "' is not a cron expression of six "
                            + "fields (second minute hour day month weekday), e.g. \"0 0 2 * * *\": " + e.getMessage());
        }
    }
}
