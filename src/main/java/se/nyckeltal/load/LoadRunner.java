package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.nyckeltal.failure.JobNotCompletedException;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.Pseudonymizer;
import se.nyckeltal.warehouse.SnapshotPublisher;

/**
 * Runs the load job. An earlier run that did not complete (it failed, or its process was
 * killed) is resumed first — Spring Batch restarts it at the step and file where it stopped —
 * provided it read the same input folder; otherwise it is abandoned and a new run starts.
 */
@Component
public class LoadRunner {

    private static final Logger log = LoggerFactory.getLogger(LoadRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job loadJob;
    private final DSLContext dsl;
    private final SnapshotPublisher publisher;
    private final Pseudonymizer pseudonymizer;
    private final HrRetention hrRetention;

    public LoadRunner(
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job loadJob,
            DSLContext dsl,
            SnapshotPublisher publisher,
            @Lazy Pseudonymizer pseudonymizer,
            HrRetention hrRetention) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.loadJob = loadJob;
        this.dsl = dsl;
        this.publisher = publisher;
        this.pseudonymizer = pseudonymizer;
        this.hrRetention = hrRetention;
    }

    public LoadSummary run(Path input) throws Exception {
        Path folder = input.toAbsolutePath().normalize();
        // Before any job instance exists: a wrong --input must not leave a run to resume.
        InputDiscovery.requireFolder(folder);
        // Before any file is read: a key other than the one of this warehouse's pseudonyms stops here
        // (finding the key compares its fingerprint with the recorded one, or records it).
        pseudonymizer.keyFingerprint();
        JobExecution unfinished = unfinishedRun();
        boolean resumed = false;
        JobExecution execution;
        if (unfinished != null
                && folder.toString()
                        .equals(unfinished.getJobParameters().getString(LoadJobConfiguration.INPUT_PARAMETER))) {
            log.info("Resuming the interrupted load run (job execution {})", unfinished.getId());
            execution = jobOperator.restart(unfinished);
            resumed = true;
        } else {
            if (unfinished != null) {
                log.warn(
                        "Abandoning the interrupted load run of another input folder ({})",
                        unfinished.getJobParameters().getString(LoadJobConfiguration.INPUT_PARAMETER));
                jobOperator.abandon(unfinished);
            }
            execution = jobOperator.start(
                    loadJob,
                    new JobParametersBuilder()
                            .addString(LoadJobConfiguration.INPUT_PARAMETER, folder.toString())
                            .addLong("started", System.currentTimeMillis())
                            .toJobParameters());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            logWorkerFailures(execution);
            throw JobNotCompletedException.of("The load", execution);
        }
        // after the erase committed (a killed wipe is done by the next load), before the copy is made
        hrRetention.wipeErasedBlocks();
        publisher.publish();
        return summary(LoadRuns.requireRunIdOf(dsl, execution.getJobInstance().getInstanceId()), resumed);
    }

    /** A failed partition (one file) says why only in its own step execution: log it. */
    private void logWorkerFailures(JobExecution execution) {
        JobExecution stored = jobRepository.getJobExecution(execution.getId());
        if (stored == null) {
            return;
        }
        stored.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED)
                .forEach(step -> log.error(
                        "Step {} failed: {}",
                        step.getStepName(),
                        step.getExitStatus()
                                .getExitDescription()
                                .lines()
                                .findFirst()
                                .orElse("")));
    }

    /** The last load execution, if it failed or its process died while it ran. */
    private JobExecution unfinishedRun() {
        JobInstance last = jobRepository.getLastJobInstance(LoadJobConfiguration.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null) {
            return null;
        }
        if (execution.isRunning()) {
            // Only one process can open the warehouse, so a running execution found here is one
            // whose process was killed: mark it failed so that it can be restarted.
            execution = jobOperator.recover(execution);
        }
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED && status != BatchStatus.UNKNOWN) {
            return null;
        }
        failStepsLeftUnknown(execution);
        if (status == BatchStatus.UNKNOWN) {
            // the job of such a step: the same holds for it (see failStepsLeftUnknown)
            execution.setStatus(BatchStatus.FAILED);
            jobRepository.update(execution);
        }
        return execution;
    }

    /**
     * A step whose commit failed (e.g. the disk filled up while DuckDB wrote the file's rows) is
     * left UNKNOWN, which Spring Batch will not restart. Here that is safe: the step's rows and
     * its bookkeeping were one DuckDB transaction, and a failed commit keeps none of it, so the
     * step is exactly a failed one.
     */
    private void failStepsLeftUnknown(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("its commit failed; nothing of it was kept"));
                jobRepository.update(step);
            }
        }
    }

    private LoadSummary summary(long runId, boolean resumed) {
        var files = dsl.selectFrom(LOAD_FILE)
                .where(LOAD_FILE.RUN_ID.eq(runId))
                .orderBy(LOAD_FILE.LOAD_ORDER)
                .fetch(file -> new LoadSummary.FileLine(
                        file.getFileName(),
                        file.getState(),
                        nz(file.getRowsRead()),
                        file.getState() == FileState.LOADED ? nz(file.getRowsLoaded()) : 0,
                        nz(file.getRowsRejected()),
                        file.getMessage()));
        return new LoadSummary(runId, resumed, files);
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }
}
