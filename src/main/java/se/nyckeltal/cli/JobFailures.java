package se.nyckeltal.cli;

import org.springframework.batch.core.job.JobExecution;

/** Turns a job execution that did not complete into the one exception that explains it. */
public final class JobFailures {

    private JobFailures() {
    }

    public static RuntimeException toException(String what, JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof UserError userError) {
                    return userError;
                }
            }
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String environment = first == null ? null : ErrorMessages.environmentFailure(first);
        if (environment != null) {
            return new UserError(environment, first);
        }
        String reason = failedStep(execution);
        if (reason == null) {
            reason = first == null ? execution.getExitStatus().getExitDescription() : rootMessage(first);
        }
        String remedy = outOfHeap(execution)
                ? ". The JVM ran out of heap while it ingested: run the same command again to resume it (a file"
                        + " whose ingest takes the load down twice is then failed and skipped), or give it more"
                        + " heap (-Xmx)."
                : ErrorMessages.outOfDuckDbMemory(reason)
                ? ". DuckDB reached its memory limit: raise " + ErrorMessages.MEMORY_LIMIT_SETTING
                        + " or lower nyckeltal.load.merge-rows-per-transaction, then run the same command again to"
                        + " resume it."
                : "; run the same command again to resume it.";
        return new UserError(what + " did not complete (" + execution.getStatus() + "): " + reason
                + ". Nothing it had not finished is visible" + remedy, first);
    }

    private static boolean outOfHeap(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first failed step that failed by itself (a partition worker rather than its manager,
     * whose own message only says that a partition failed), from its persisted exit description.
     */
    private static String failedStep(JobExecution execution) {
        for (var step : execution.getStepExecutions()) {
            if (step.getStatus() == org.springframework.batch.core.BatchStatus.FAILED && !step.getFailureExceptions().isEmpty()) {
                Throwable failure = step.getFailureExceptions().get(0);
                if (!String.valueOf(failure.getMessage()).contains("Partition handler returned an unsuccessful step")) {
                    return "step " + step.getStepName() + ": " + rootMessage(failure);
                }
            }
        }
        return null;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
