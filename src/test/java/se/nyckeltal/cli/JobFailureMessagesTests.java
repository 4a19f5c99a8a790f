package se.nyckeltal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import se.nyckeltal.failure.JobNotCompletedException;
import se.nyckeltal.failure.UserError;

/**
 * The line a user reads for a job that did not complete: the core reports the facts
 * ({@link JobNotCompletedException}), the command line words them. The executions are what Spring
 * Batch records for a failed step; whole failed loads are in PoisonFileTests and EnvironmentFaultTests.
 */
class JobFailureMessagesTests {

    @Test
    void aFullDiskInAnyStepSaysSoAndNotWhichStepMetIt() {
        JobExecution execution = failedExecution();
        failedStep(
                execution,
                "ingest:partition0",
                new UncheckedIOException("could not append", new IOException("No space left on device")));

        assertThat(lineFor("The load", execution))
                .isEqualTo("Could not write the warehouse: the disk is full or a"
                        + " file-size limit was reached (No space left on device). Free space and run the same command again:"
                        + " what was committed is kept and an interrupted load resumes.");
    }

    @Test
    void duckDbOutOfMemoryNamesTheSettingsToChange() {
        JobExecution execution = failedExecution();
        failedStep(
                execution,
                "merge",
                new IllegalStateException(
                        "SQL [insert]",
                        new RuntimeException("Out of Memory Error: failed to allocate data of size 2.0 MiB")));

        assertThat(lineFor("The load", execution))
                .isEqualTo("The load did not complete (FAILED): step merge: Out of"
                        + " Memory Error: failed to allocate data of size 2.0 MiB. Nothing it had not finished is visible."
                        + " DuckDB reached its memory limit: raise nyckeltal.warehouse.memory-limit (e.g."
                        + " NYCKELTAL_WAREHOUSE_MEMORY_LIMIT=512MB) or lower nyckeltal.load.merge-rows-per-transaction, then run"
                        + " the same command again to resume it.");
    }

    @Test
    void aWorkerOutOfHeapIsNamedRatherThanItsPartitionManager() {
        JobExecution execution = failedExecution();
        failedStep(execution, "ingest", new IllegalStateException("Partition handler returned an unsuccessful step"));
        failedStep(execution, "ingest:partition1", new OutOfMemoryError("Java heap space"));

        assertThat(lineFor("The load", execution))
                .isEqualTo("The load did not complete (FAILED): step"
                        + " ingest:partition1: Java heap space. Nothing it had not finished is visible. The JVM ran out of heap"
                        + " while it ingested: run the same command again to resume it (a file whose ingest takes the load"
                        + " down twice is then failed and skipped), or give it more heap (-Xmx).");
    }

    @Test
    void anyOtherFailureNamesTheStepAndHowToResume() {
        JobExecution execution = failedExecution();
        failedStep(execution, "recompute", new IllegalStateException("wrapped", new IllegalArgumentException("boom")));

        assertThat(lineFor("The recomputation", execution))
                .isEqualTo(
                        "The recomputation did not complete (FAILED):"
                                + " step recompute: boom. Nothing it had not finished is visible; run the same command again to resume it.");
    }

    @Test
    void aUserErrorThatStoppedTheJobIsThrownAsItIs() {
        JobExecution execution = failedExecution();
        UserError locked = new UserError("The warehouse is locked by load (pid 42).");
        failedStep(execution, "discover", new IllegalStateException("step failed", locked));

        assertThat(JobNotCompletedException.of("The load", execution)).isSameAs(locked);
        assertThat(lineFor("The load", execution)).isEqualTo("The warehouse is locked by load (pid 42).");
    }

    private static String lineFor(String job, JobExecution execution) {
        return ErrorMessages.describe(JobNotCompletedException.of(job, execution));
    }

    private static JobExecution failedExecution() {
        JobExecution execution = new JobExecution(1, new JobInstance(1, "loadJob"), new JobParameters());
        execution.setStatus(BatchStatus.FAILED);
        return execution;
    }

    private static void failedStep(JobExecution execution, String name, Throwable failure) {
        StepExecution step = new StepExecution(execution.getStepExecutions().size() + 1, name, execution);
        step.setStatus(BatchStatus.FAILED);
        step.addFailureException(failure);
        if (!execution.getStepExecutions().contains(step)) {
            execution.addStepExecution(step);
        }
    }
}
