package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.meta.Tables.REJECTED_ROWS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import se.nyckeltal.load.PendingFiles.PendingFile;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.StagingDatabase;

/**
 * One partition per ingest thread ({@code worker-1} … {@code worker-<gridSize>}), each taking
 * files from the run's {@link PendingFiles} until none is left, largest first so that the
 * threads finish together. Not one partition per file: every step execution costs Spring Batch
 * several DuckDB commits of its own (about 2 ms each) before, between and after the file's
 * transaction, and the threads idled through them (measured on 122 files: a quarter of the
 * ingest threads' time, see BENCHMARKS.md). A worker's files still commit their states and
 * rejects in the step's chunks, a few files to a chunk ({@link IngestFileTasklet}).
 *
 * <p>The names do not depend on the files left, so a restart finds the same workers; the worker
 * step may start again even if complete, so a restart always gets every thread.
 *
 * <p>Staged rows live in memory ({@link StagingDatabase}), so the files that an earlier attempt of
 * the run ingested but did not merge are ingested again: a restart may run in a new process, and
 * even in the same one a failed attempt may have staged rows that it never recorded.
 */
public class IngestWorkerPartitioner implements Partitioner {

    static final String PARTITION_PREFIX = "worker-";

    private final DSLContext dsl;
    private final StagingDatabase staging;
    private final long runId;
    private final PendingFiles pendingFiles;
    private final LoadProgress progress;

    public IngestWorkerPartitioner(
            DSLContext dsl, StagingDatabase staging, long runId, PendingFiles pendingFiles, LoadProgress progress) {
        this.dsl = dsl;
        this.staging = staging;
        this.runId = runId;
        this.pendingFiles = pendingFiles;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        requeueUnmergedFiles();
        OutOfMemoryAttempts.failContentThatTookTheLoadDown(dsl, runId);
        List<PendingFile> files = dsl.select(
                        LOAD_FILE.FILE_ID, LOAD_FILE.EXTRACT, LOAD_FILE.FILE_NAME, LOAD_FILE.FILE_BYTES)
                .from(LOAD_FILE)
                .where(ofThisRunIn(FileState.PENDING))
                .orderBy(LOAD_FILE.FILE_BYTES.desc(), LOAD_FILE.LOAD_ORDER)
                .fetch(Records.mapping(PendingFile::new));
        pendingFiles.replaceWith(files);
        progress.plan(
                files.size(),
                files.stream().mapToLong(file -> Math.max(0, file.bytes())).sum());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int worker = 1; worker <= Math.max(1, gridSize); worker++) {
            partitions.put(PARTITION_PREFIX + worker, new ExecutionContext());
        }
        return partitions;
    }

    /**
     * Staging only ever holds the files of the run in progress, none of them merged; the rejects
     * of a file ingested again are those of its new attempt only.
     */
    private void requeueUnmergedFiles() {
        staging.clear();
        dsl.update(LOAD_FILE)
                .set(LOAD_FILE.STATE, FileState.PENDING)
                .where(ofThisRunIn(FileState.INGESTED))
                .execute();
        dsl.deleteFrom(REJECTED_ROWS)
                .where(REJECTED_ROWS.FILE_ID.in(
                        DSL.select(LOAD_FILE.FILE_ID).from(LOAD_FILE).where(ofThisRunIn(FileState.PENDING))))
                .execute();
    }

    /** The run's planned files in the given state. */
    private Condition ofThisRunIn(FileState state) {
        return LOAD_FILE.RUN_ID.eq(runId).and(LOAD_FILE.STATE.eq(state));
    }
}
