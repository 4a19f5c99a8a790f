package se.nyckeltal.cli;

import se.nyckeltal.monitoring.AttemptOutcome;
import se.nyckeltal.monitoring.MetricsFile;
import se.nyckeltal.monitoring.RunAttempts;

/**
 * Runs a command's work as a recorded attempt ({@code meta.run_attempt}): committed as RUNNING
 * before the work starts, finished with its outcome, and the metrics file written after it. An
 * error of any kind, out of memory included, is recorded as FAILED with its one-line message
 * before it reaches the operator; a process that dies leaves the attempt RUNNING, which the next
 * command records as CRASHED.
 */
final class RecordedAttempt {

    /** What the work did: how it ended, its exit status, and a line for history (null when it succeeded). */
    record Result(AttemptOutcome outcome, int exitCode, String message) {

        static Result succeeded() {
            return new Result(AttemptOutcome.SUCCEEDED, ExitCodes.OK, null);
        }
    }

    @FunctionalInterface
    interface Work {
        Result run() throws Exception;
    }

    private RecordedAttempt() {}

    static int run(SpringContexts.Session context, String command, Work work) throws Exception {
        RunAttempts attempts = context.bean(RunAttempts.class);
        long attempt = attempts.begin(command);
        try {
            Result result = work.run();
            attempts.finish(attempt, result.outcome(), result.exitCode(), result.message());
            return result.exitCode();
        } catch (Exception | Error e) {
            attempts.finish(
                    attempt,
                    AttemptOutcome.FAILED,
                    ExitCodes.FAILED,
                    e instanceof OutOfMemoryError
                            ? "out of memory (" + e.getMessage() + ")"
                            : ErrorMessages.describe(e));
            throw e;
        } finally {
            context.bean(MetricsFile.class).publish();
        }
    }
}
