package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.meta.Tables.REJECTED_ROWS;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Row7;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.load.PendingFiles.PendingFile;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.StagingDatabase;

/**
 * Step 2 of the load, run by each ingest worker (see {@link IngestWorkerPartitioner}): every call
 * takes pending files and parses, validates and stages them, one after the other, until they add
 * up to {@link #CHUNK_BYTES}. Each call is one chunk of the worker's step, so the files' rejects
 * and new states commit with the step's own bookkeeping; their staged rows commit with some of
 * the worker's others ({@link StagedRowsTransaction}).
 */
public class IngestFileTasklet implements Tasklet, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestFileTasklet.class);

    /**
     * The files of one chunk add up to at least this: Spring Batch's bookkeeping of a chunk (an
     * update of the step's row, a check of the job's status and a commit, about 5 ms) is paid
     * per chunk, and a scale-1 load has 122 files, 50 of them of a few hundred rows. A file of
     * this size or more is a chunk of its own; a monthly file of the large extracts is 2–5 MB.
     */
    static final long CHUNK_BYTES = 8L << 20;

    private final DSLContext dsl;
    private final FileIngester ingester;
    private final Path input;
    private final PendingFiles pendingFiles;
    private final StagedRowsTransaction staged;
    private final OutOfMemoryAttempts attempts;

    public IngestFileTasklet(
            DSLContext dsl,
            FileIngester ingester,
            Path input,
            PendingFiles pendingFiles,
            StagingDatabase staging,
            OutOfMemoryAttempts attempts) {
        this.dsl = dsl;
        this.attempts = attempts;
        this.ingester = ingester;
        this.input = input;
        this.pendingFiles = pendingFiles;
        this.staged = new StagedRowsTransaction(staging);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        List<IngestedFile> ingested = new ArrayList<>();
        long bytes = 0;
        while (bytes < CHUNK_BYTES) {
            PendingFile file = pendingFiles.next();
            if (file == null) {
                recordStates(ingested);
                staged.commit();
                return RepeatStatus.FINISHED;
            }
            ingested.add(ingest(file, contribution));
            bytes += Math.max(1, file.bytes());
        }
        recordStates(ingested);
        return RepeatStatus.CONTINUABLE;
    }

    /** A file of the chunk and what its ingest gave. */
    private record IngestedFile(PendingFile file, IngestResult result, LocalDateTime started) {}

    private IngestedFile ingest(PendingFile file, StepContribution contribution) throws SQLException {
        long fileId = file.fileId();
        Extract extract = Extract.forFolder(file.extract()).orElseThrow();
        LocalDateTime started = LocalDateTime.now();
        // The stored name is the one shown (an identity number in it masked): see DeliveryPaths.
        Path path = DeliveryPaths.locate(
                input,
                file.fileName(),
                () -> dsl.select(LOAD_FILE.FILE_CHECKSUM)
                        .from(LOAD_FILE)
                        .where(LOAD_FILE.FILE_ID.eq(fileId))
                        .fetchSingle()
                        .value1());
        IngestResult result;
        try {
            result = ingester.ingest(fileId, extract, path, file.fileName(), staged);
        } catch (OutOfMemoryError e) {
            // What the file was building is garbage now: there is room to say so before the step fails.
            attempts.outOfMemory(fileId);
            throw e;
        }
        staged.staged(result.rowsValid());
        result.warnings().forEach(warning -> log.warn("{}: {}", file.fileName(), warning));
        if (result.state() == FileState.REJECTED) {
            log.warn("{}", result.message());
            dsl.insertInto(REJECTED_ROWS)
                    .set(REJECTED_ROWS.FILE_ID, fileId)
                    .set(REJECTED_ROWS.COLUMN_NAME, result.failedColumn())
                    .set(REJECTED_ROWS.REASON, result.message())
                    .execute();
        }
        contribution.incrementWriteCount(result.rowsValid());
        return new IngestedFile(file, result, started);
    }

    /**
     * The chunk's files' new states and counts, in one statement: a statement per file cost the
     * ingest threads a DuckDB query of several milliseconds each while the other thread appended.
     */
    private void recordStates(List<IngestedFile> ingested) {
        if (ingested.isEmpty()) {
            return;
        }
        List<Row7<Long, FileState, Long, Long, Long, String, LocalDateTime>> rows = ingested.stream()
                .map(done -> DSL.row(
                        DSL.val(done.file().fileId(), LOAD_FILE.FILE_ID),
                        DSL.val(done.result().state(), LOAD_FILE.STATE),
                        DSL.val(done.result().rowsRead(), LOAD_FILE.ROWS_READ),
                        DSL.val(done.result().rowsValid(), LOAD_FILE.ROWS_LOADED),
                        DSL.val(done.result().rowsRejected(), LOAD_FILE.ROWS_REJECTED),
                        DSL.val(done.result().message(), LOAD_FILE.MESSAGE),
                        // not the column's type: jOOQ casts to it as "timestamp without time zone(0)",
                        // which DuckDB does not parse
                        DSL.val(done.started())))
                .toList();
        // A derived table, not VALUES with column aliases: DuckDB does not parse an alias with
        // columns but without AS (jOOQ's rendering) after UPDATE … FROM.
        Table<?> outcome = DSL.selectFrom(DSL.values(rows.toArray(Row7[]::new))
                        .as(
                                "ingested",
                                "file_id",
                                "state",
                                "rows_read",
                                "rows_loaded",
                                "rows_rejected",
                                "message",
                                "started_at"))
                .asTable("outcome");
        int updated = dsl.update(LOAD_FILE)
                .set(LOAD_FILE.STATE, outcome.field("state", LOAD_FILE.STATE.getDataType()))
                .set(LOAD_FILE.ROWS_READ, outcome.field("rows_read", Long.class))
                .set(LOAD_FILE.ROWS_LOADED, outcome.field("rows_loaded", Long.class))
                .set(LOAD_FILE.ROWS_REJECTED, outcome.field("rows_rejected", Long.class))
                .set(LOAD_FILE.MESSAGE, outcome.field("message", String.class))
                .set(LOAD_FILE.STARTED_AT, outcome.field("started_at", LocalDateTime.class))
                .from(outcome)
                .where(LOAD_FILE
                        .FILE_ID
                        .eq(outcome.field("file_id", Long.class))
                        .and(LOAD_FILE.STATE.eq(FileState.PENDING)))
                .execute();
        if (updated != ingested.size()) {
            // The queue is filled from the pending files when the step starts and hands each out once.
            throw new IllegalStateException(ingested.size() - updated + " of the chunk's " + ingested.size()
                    + " files were no longer pending when their ingest ended");
        }
    }

    /** A worker that failed or was stopped leaves no open transaction behind. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            staged.close();
        } catch (SQLException e) {
            throw new StagingWriter.StagingException(e);
        }
        return null;
    }
}
