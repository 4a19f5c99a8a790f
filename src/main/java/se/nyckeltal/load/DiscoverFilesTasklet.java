package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_RUN;
import static se.nyckeltal.warehouse.jooq.meta.Tables.REJECTED_ROWS;
import static se.nyckeltal.warehouse.jooq.meta.Tables.RETRACTION;
import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.nyckeltal.warehouse.FileState;

/**
 * Step 1 of the load: lists the deliveries in load order, checksums them, and writes the run's
 * plan ({@code meta.load_file}). Content loaded by an earlier run is planned as skipped, and so is
 * content withdrawn by {@code retract}; content that failed, under any name, is tried again.
 */
public class DiscoverFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverFilesTasklet.class);

    private final DSLContext dsl;
    private final Path input;

    public DiscoverFilesTasklet(DSLContext dsl, Path input) {
        this.dsl = dsl;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = chunkContext
                .getStepContext()
                .getStepExecution()
                .getJobExecution()
                .getJobInstance()
                .getInstanceId();
        if (LoadRuns.runIdOf(dsl, jobInstanceId) != null) {
            // Planned already: the process died after the plan committed, before the step was marked done.
            return RepeatStatus.FINISHED;
        }
        InputDiscovery.Result found = new InputDiscovery().discover(input);
        found.warnings().forEach(log::warn);

        // Rejects only ever belong to the files of the run in progress; a run that was abandoned
        // instead of restarted may have left some behind. (Its staged rows, in memory, are cleared
        // when the ingest starts: see IngestWorkerPartitioner.)
        dsl.deleteFrom(REJECTED_ROWS).execute();

        long runId = dsl.select(DSL.field("nextval('meta.run_id_seq')", Long.class))
                .fetchSingle()
                .value1();
        LocalDateTime now = LocalDateTime.now();
        dsl.insertInto(LOAD_RUN)
                .set(LOAD_RUN.RUN_ID, runId)
                .set(LOAD_RUN.JOB_INSTANCE_ID, jobInstanceId)
                .set(LOAD_RUN.INPUT_FOLDER, input.toString())
                .set(LOAD_RUN.STARTED_AT, now)
                .execute();
        Set<String> loadedBefore = new HashSet<>(dsl.selectDistinct(LOAD_RUNS.FILE_CHECKSUM)
                .from(LOAD_RUNS)
                .where(LOAD_RUNS.STATUS.eq(FileState.LOADED))
                .fetch(LOAD_RUNS.FILE_CHECKSUM));
        // Content that `retract` withdrew stays out, under any name, until the retraction is undone.
        Set<String> retracted = new HashSet<>(dsl.selectDistinct(RETRACTION.FILE_CHECKSUM)
                .from(RETRACTION)
                .where(RETRACTION.UNDONE_AT.isNull())
                .fetch(RETRACTION.FILE_CHECKSUM));
        // Hashing reads every byte of the input: the files are hashed in parallel, in their order.
        List<String> checksums = found.files().parallelStream()
                .map(DiscoverFilesTasklet::checksum)
                .toList();
        // The plan in one statement: a statement per file cost DuckDB a few milliseconds each.
        var plan = dsl.insertInto(
                LOAD_FILE,
                LOAD_FILE.FILE_ID,
                LOAD_FILE.RUN_ID,
                LOAD_FILE.LOAD_ORDER,
                LOAD_FILE.EXTRACT,
                LOAD_FILE.FILE_NAME,
                LOAD_FILE.FILE_CHECKSUM,
                LOAD_FILE.FILE_BYTES,
                LOAD_FILE.STATE,
                LOAD_FILE.STARTED_AT);
        int order = 0;
        for (DiscoveredFile file : found.files()) {
            String checksum = checksums.get(order);
            // An unreadable file (no checksum) is planned anyway: ingesting it fails it clearly. A copy
            // of content delivered earlier in this run is ingested too: only the merge knows whether
            // the first one loads (MergeFilesTasklet skips the copy then).
            FileState state = loadedBefore.contains(checksum)
                    ? FileState.UNCHANGED
                    : retracted.contains(checksum) ? FileState.WITHDRAWN : FileState.PENDING;
            plan = plan.values(
                    DSL.field("nextval('meta.file_id_seq')", Long.class),
                    DSL.val(runId),
                    DSL.val(++order),
                    DSL.val(file.extract().folder()),
                    DSL.val(file.displayName()),
                    DSL.val(checksum),
                    DSL.val(file.bytes()),
                    DSL.val(state, LOAD_FILE.STATE),
                    DSL.val(now));
        }
        if (order > 0) {
            plan.execute();
        }
        log.info("Run {}: {} file(s) found in {}", runId, found.files().size(), input);
        return RepeatStatus.FINISHED;
    }

    private static String checksum(DiscoveredFile file) {
        try {
            return FileChecksum.sha256(file.path());
        } catch (IOException e) {
            return "";
        }
    }
}
