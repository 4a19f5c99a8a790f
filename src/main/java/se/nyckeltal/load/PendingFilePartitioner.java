package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per file of the run still to be ingested, in load order. */
public class PendingFilePartitioner implements Partitioner {

    /** Partitions are named {@code file-<file id>}: the step's name, stored with it, says which file it is. */
    static final String PARTITION_PREFIX = "file-";

    /**
     * The file of a partition's step (named {@code ingestFile:file-<id>}). Read from the name
     * rather than the step's execution context: a process killed just after the step was
     * created may never have saved that context, and the restart then finds it empty.
     */
    static long fileIdOf(String stepName) {
        int at = stepName.lastIndexOf(PARTITION_PREFIX);
        if (at < 0) {
            throw new IllegalStateException("not a file partition: " + stepName);
        }
        return Long.parseLong(stepName.substring(at + PARTITION_PREFIX.length()));
    }

    private final DSLContext dsl;
    private final long runId;
    private final LoadProgress progress;

    public PendingFilePartitioner(DSLContext dsl, long runId, LoadProgress progress) {
        this.dsl = dsl;
        this.runId = runId;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        long bytes = 0;
        for (var file : dsl.select(LOAD_FILE.FILE_ID, LOAD_FILE.FILE_BYTES).from(LOAD_FILE)
                .where(LOAD_FILE.RUN_ID.eq(runId).and(LOAD_FILE.STATE.eq(FileState.PENDING.name())))
                .orderBy(LOAD_FILE.LOAD_ORDER)
                .fetch()) {
            // The partition's name carries its file (see fileIdOf): its context needs nothing.
            partitions.put(PARTITION_PREFIX + file.value1(), new ExecutionContext());
            bytes += Math.max(0, file.value2());
        }
        progress.plan(partitions.size(), bytes);
        return partitions;
    }
}
