package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;
import static se.nyckeltal.warehouse.jooq.report.Tables.REJECTED_ROWS;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.SqlScript;
import se.nyckeltal.warehouse.StagingDatabase;
import se.nyckeltal.warehouse.jooq.meta.Tables;
import se.nyckeltal.warehouse.jooq.meta.tables.records.LoadFileRecord;

/**
 * Step 3 of the load: finishes the run's files one extract at a time, in load order. Each call
 * handles one transaction: the merge of the next ingested files of an extract into core
 * ({@code sql/scripts/merge/<extract>.sql}, set-based: a key delivered twice keeps the later file's
 * row, as if merged file by file), then every file's rejects, {@code report.load_runs} row and
 * final state. It returns CONTINUABLE, so the step commits after every transaction and a restart
 * resumes with the first file not yet finished.
 *
 * <p>A transaction takes files in load order until their staged rows would exceed
 * {@code nyckeltal.load.merge-rows-per-transaction} (at least one file). Not one per file: each
 * commit of a merge costs a WAL write and often a checkpoint (measured: about 100 ms per file, 12 s
 * of a 4-million-row load). Not one per extract either: DuckDB holds part of a transaction's
 * bookkeeping outside its {@code memory_limit}, so memory would grow with the input (measured:
 * 1.3 GB peak RSS in the merge of an 8-million-row extract; see BENCHMARKS.md).
 *
 * <p>Staged rows are in memory ({@link StagingDatabase}) and are read, not deleted, by the merge: a
 * transaction that writes the warehouse cannot write another database. Before merging, the staged
 * rows of each file are counted against what its ingest recorded; the staging database is cleared
 * when every file is finished.
 */
public class MergeFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MergeFilesTasklet.class);
    private static final List<FileState> TO_FINISH =
            List.of(FileState.INGESTED, FileState.REJECTED, FileState.UNCHANGED, FileState.WITHDRAWN);

    private final DSLContext dsl;
    private final StagingDatabase staging;
    private final long runId;
    private final long rowsPerTransaction;
    private final Map<Extract, SqlScript> merges = new EnumMap<>(Extract.class);
    private final ErasedMonthsGuard erasedMonths;

    public MergeFilesTasklet(DSLContext dsl, StagingDatabase staging, long runId, long rowsPerTransaction) {
        this.dsl = dsl;
        this.staging = staging;
        this.runId = runId;
        this.rowsPerTransaction = rowsPerTransaction;
        this.erasedMonths = new ErasedMonthsGuard(dsl);
        for (Extract extract : Extract.values()) {
            merges.put(extract, SqlScript.load("scripts/merge/" + extract.folder() + ".sql"));
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<LoadFileRecord> files = oneTransaction(nextExtractToFinish());
        if (files.isEmpty()) {
            staging.clear();
            return RepeatStatus.FINISHED;
        }
        Extract extract = Extract.forFolder(files.get(0).getExtract()).orElseThrow();
        skipCopiesOfLoadedContent(files);
        List<LoadFileRecord> ingested =
                files.stream().filter(MergeFilesTasklet::ingested).toList();
        if (!ingested.isEmpty()) {
            requireStagedRows(extract, ingested);
            erasedMonths.refuseErasedMonths(extract, ingested);
            long lastOrder = files.get(files.size() - 1).getLoadOrder();
            merges.get(extract).run(dsl, Map.of("run_id", runId, "last_order", lastOrder));
        }
        contribution.incrementWriteCount(finish(files));
        return RepeatStatus.CONTINUABLE;
    }

    /**
     * A file whose content an earlier file loaded (earlier in this run, or in an earlier run) is
     * skipped as unchanged, not merged: its rows are those already loaded. Decided here, not when
     * the run is planned, because only now is it known whether the first delivery of the content
     * loaded: content that failed is tried again under every name it comes under, and each
     * delivery is reported for what happened to it.
     */
    private void skipCopiesOfLoadedContent(List<LoadFileRecord> files) {
        List<LoadFileRecord> attempted = files.stream()
                .filter(file -> ingested(file) || file.getState() == FileState.REJECTED)
                .toList();
        if (attempted.isEmpty()) {
            return;
        }
        Set<String> loaded = new HashSet<>(dsl.selectDistinct(LOAD_RUNS.FILE_CHECKSUM)
                .from(LOAD_RUNS)
                .where(LOAD_RUNS
                        .STATUS
                        .eq(FileState.LOADED)
                        .and(LOAD_RUNS.FILE_CHECKSUM.in(attempted.stream()
                                .map(LoadFileRecord::getFileChecksum)
                                .toList())))
                .fetch(LOAD_RUNS.FILE_CHECKSUM));
        List<Long> copies = new ArrayList<>();
        for (LoadFileRecord file : attempted) {
            if (!file.getFileChecksum().isEmpty() && loaded.contains(file.getFileChecksum())) {
                copies.add(file.getFileId());
                file.setState(FileState.UNCHANGED);
            } else if (ingested(file)) {
                loaded.add(file.getFileChecksum()); // it loads in this transaction: its later copies are skipped
            }
        }
        if (!copies.isEmpty()) {
            // counted as a skipped file is: nothing read, nothing rejected
            dsl.update(LOAD_FILE)
                    .set(LOAD_FILE.STATE, FileState.UNCHANGED)
                    .set(LOAD_FILE.ROWS_READ, 0L)
                    .set(LOAD_FILE.ROWS_LOADED, 0L)
                    .set(LOAD_FILE.ROWS_REJECTED, 0L)
                    .where(LOAD_FILE.FILE_ID.in(copies))
                    .execute();
            dsl.deleteFrom(Tables.REJECTED_ROWS)
                    .where(Tables.REJECTED_ROWS.FILE_ID.in(copies))
                    .execute();
        }
    }

    /**
     * Every ingested file's rows must still be staged: were they not (the staging database is in
     * memory), the merge would record the file as loaded without its rows. A resumed run ingests
     * its unmerged files again, so the message says to run the load again.
     */
    private void requireStagedRows(Extract extract, List<LoadFileRecord> ingested) {
        Table<?> rows = StagingTables.rowsOf(extract);
        List<Long> fileIds = ingested.stream().map(LoadFileRecord::getFileId).toList();
        long expected =
                ingested.stream().mapToLong(MergeFilesTasklet::stagedRowsOf).sum();
        long staged = dsl.fetchCount(rows, rows.field("file_id", Long.class).in(fileIds));
        if (staged != expected) {
            throw new IllegalStateException("The staged rows of " + ingested.size() + " ingested " + extract.folder()
                    + " file(s) are incomplete (" + staged + " of " + expected + "); run the load again to ingest"
                    + " them again");
        }
    }

    /** The first files, in load order, whose staged rows fit the budget; at least one ingested file. */
    private List<LoadFileRecord> oneTransaction(List<LoadFileRecord> files) {
        long rows = 0;
        int count = 0;
        for (LoadFileRecord file : files) {
            if (ingested(file)) {
                long staged = stagedRowsOf(file);
                if (rows > 0 && rows + staged > rowsPerTransaction) {
                    break;
                }
                rows += Math.max(staged, 1);
            }
            count++;
        }
        return files.subList(0, count);
    }

    private static boolean ingested(LoadFileRecord file) {
        return file.getState() == FileState.INGESTED;
    }

    /** The rows an ingested file staged, as its ingest recorded them. */
    private static long stagedRowsOf(LoadFileRecord file) {
        return file.getRowsLoaded() == null ? 0 : file.getRowsLoaded();
    }

    /** The unfinished files of the first extract (in load order) that has any, in load order. */
    private List<LoadFileRecord> nextExtractToFinish() {
        var unfinished = LOAD_FILE.RUN_ID.eq(runId).and(LOAD_FILE.STATE.in(TO_FINISH));
        String extract = dsl.select(LOAD_FILE.EXTRACT)
                .from(LOAD_FILE)
                .where(unfinished)
                .orderBy(LOAD_FILE.LOAD_ORDER)
                .limit(1)
                .fetchOne(LOAD_FILE.EXTRACT);
        if (extract == null) {
            return List.of();
        }
        return dsl.selectFrom(LOAD_FILE)
                .where(unfinished.and(LOAD_FILE.EXTRACT.eq(extract)))
                .orderBy(LOAD_FILE.LOAD_ORDER)
                .fetch();
    }

    /**
     * Records the outcome of the transaction's files (their rows are merged already) with a few
     * statements for all of them, not four per file; returns the rows they loaded.
     */
    private long finish(List<LoadFileRecord> files) {
        List<Long> fileIds = files.stream().map(LoadFileRecord::getFileId).toList();
        publishRejects(fileIds);
        LocalDateTime finished = LocalDateTime.now();
        var runs = dsl.insertInto(
                LOAD_RUNS,
                LOAD_RUNS.RUN_ID,
                LOAD_RUNS.STARTED_AT,
                LOAD_RUNS.FINISHED_AT,
                LOAD_RUNS.EXTRACT,
                LOAD_RUNS.FILE_NAME,
                LOAD_RUNS.FILE_CHECKSUM,
                LOAD_RUNS.ROWS_READ,
                LOAD_RUNS.ROWS_LOADED,
                LOAD_RUNS.ROWS_REJECTED,
                LOAD_RUNS.STATUS,
                LOAD_RUNS.MESSAGE);
        Map<FileState, List<Long>> idsByFinalState = new EnumMap<>(FileState.class);
        long rowsLoaded = 0;
        for (LoadFileRecord file : files) {
            FileState finalState = finalStateOf(file);
            boolean skipped = finalState == FileState.SKIPPED_UNCHANGED || finalState == FileState.SKIPPED_RETRACTED;
            boolean loaded = finalState == FileState.LOADED;
            if (loaded) {
                log.info(
                        "{}: {} rows loaded, {} rejected",
                        file.getFileName(),
                        file.getRowsLoaded(),
                        file.getRowsRejected());
                rowsLoaded += file.getRowsLoaded();
            }
            runs = runs.values(
                    runId,
                    file.getStartedAt(),
                    finished,
                    file.getExtract(),
                    file.getFileName(),
                    file.getFileChecksum(),
                    skipped ? 0L : file.getRowsRead(),
                    loaded ? file.getRowsLoaded() : 0L,
                    skipped ? 0L : file.getRowsRejected(),
                    finalState,
                    message(file, finalState));
            idsByFinalState
                    .computeIfAbsent(finalState, state -> new ArrayList<>())
                    .add(file.getFileId());
        }
        runs.execute();
        idsByFinalState.forEach((finalState, ids) -> dsl.update(LOAD_FILE)
                .set(LOAD_FILE.STATE, finalState)
                .set(LOAD_FILE.FINISHED_AT, finished)
                .where(LOAD_FILE.FILE_ID.in(ids))
                .execute());
        return rowsLoaded;
    }

    private static FileState finalStateOf(LoadFileRecord file) {
        return switch (file.getState()) {
            case INGESTED -> FileState.LOADED;
            case REJECTED -> FileState.FAILED;
            case WITHDRAWN -> FileState.SKIPPED_RETRACTED;
            default -> FileState.SKIPPED_UNCHANGED;
        };
    }

    /**
     * Moves the files' rejects to the public table: file by file in load order, each file's in line
     * order (the file-level row first).
     */
    private void publishRejects(List<Long> fileIds) {
        var unpublished = Tables.REJECTED_ROWS;
        dsl.insertInto(
                        REJECTED_ROWS,
                        REJECTED_ROWS.RUN_ID,
                        REJECTED_ROWS.EXTRACT,
                        REJECTED_ROWS.FILE_NAME,
                        REJECTED_ROWS.LINE_NUMBER,
                        REJECTED_ROWS.COLUMN_NAME,
                        REJECTED_ROWS.REASON,
                        REJECTED_ROWS.RAW_LINE)
                .select(dsl.select(
                                DSL.val(runId),
                                LOAD_FILE.EXTRACT,
                                LOAD_FILE.FILE_NAME,
                                unpublished.LINE_NUMBER,
                                unpublished.COLUMN_NAME,
                                unpublished.REASON,
                                unpublished.RAW_LINE)
                        .from(unpublished)
                        .join(LOAD_FILE)
                        .on(LOAD_FILE.FILE_ID.eq(unpublished.FILE_ID))
                        .where(unpublished.FILE_ID.in(fileIds))
                        .orderBy(
                                LOAD_FILE.LOAD_ORDER,
                                unpublished.LINE_NUMBER.asc().nullsFirst()))
                .execute();
        dsl.deleteFrom(unpublished).where(unpublished.FILE_ID.in(fileIds)).execute();
    }

    private static String message(LoadFileRecord file, FileState state) {
        return switch (state) {
            case FAILED -> file.getMessage();
            case SKIPPED_UNCHANGED -> "content loaded before (same SHA-256)";
            case SKIPPED_RETRACTED ->
                "content withdrawn by retract (same SHA-256 as a retracted delivery); retract --undo to load it";
            default ->
                file.getRowsRejected() != null && file.getRowsRejected() > 0
                        ? file.getRowsRejected() + " row(s) rejected, see report.rejected_rows"
                        : null;
        };
    }
}
