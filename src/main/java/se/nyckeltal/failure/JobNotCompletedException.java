package se.nyckeltal.failure;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * A Spring Batch job (the load, the recomputation) that ended without completing: what ran, how it
 * ended and why, as facts. The command line words them into the line the user sees; a job that failed
 * because of a {@link UserError} throws that error instead (see {@link #of}).
 */
public class JobNotCompletedException extends RuntimeException {

    private final String job;
    private final BatchStatus status;
    private final String reason;
    private final boolean outOfHeap;

    private JobNotCompletedException(
            String job, BatchStatus status, String reason, boolean outOfHeap, Throwable firstFailure) {
        super(job + " did not complete (" + status + "): " + reason, firstFailure);
        this.job = job;
        this.status = status;
        this.reason = reason;
        this.outOfHeap = outOfHeap;
    }

    /**
     * The one exception that explains an execution that did not complete: the user error that stopped
     * it, if one did, otherwise a {@code JobNotCompletedException} caused by its first failure.
     *
     * @param job what the job is called in a sentence, e.g. "The load"
     */
    public static RuntimeException of(String job, JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof UserError userError) {
                    return userError;
                }
            }
        }
        Throwable first =
                execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String reason = failedStep(execution);
        if (reason == null) {
            reason = first == null ? execution.getExitStatus().getExitDescription() : RootCause.message(first);
        }
        return new JobNotCompletedException(job, execution.getStatus(), reason, outOfHeap(execution), first);
    }

    /** What the job is called in a sentence, e.g. "The load". */
    public String job() {
        return job;
    }

    public BatchStatus status() {
        return status;
    }

    /** Which step failed and the first line of why, or the job's own exit description. */
    public String reason() {
        return reason;
    }

    /** Whether the JVM ran out of heap while the job ran. */
    public boolean outOfHeap() {
        return outOfHeap;
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
            if (step.getStatus() == BatchStatus.FAILED
                    && !step.getFailureExceptions().isEmpty()) {
                Throwable failure = step.getFailureExceptions().get(0);
                if (!String.valueOf(failure.getMessage()).contains("Partition handler returned an unsuccessful step")) {
                    return "step " + step.getStepName() + ": " + RootCause.message(failure);
                }
            }
        }
        return null;
    }
}
