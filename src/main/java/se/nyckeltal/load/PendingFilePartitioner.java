package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per file of the run still to be ingested, in load order. */
public class PendingFilePartitioner implements Partitioner {

    private final DSLContext dsl;
    private final long runId;

    public PendingFilePartitioner(DSLContext dsl, long runId) {
        this.dsl = dsl;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Long fileId : dsl.select(LOAD_FILE.FILE_ID).from(LOAD_FILE)
                .where(LOAD_FILE.RUN_ID.eq(runId).and(LOAD_FILE.STATE.eq(FileState.PENDING.name())))
                .orderBy(LOAD_FILE.LOAD_ORDER)
                .fetch(LOAD_FILE.FILE_ID)) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(IngestFileTasklet.FILE_ID, fileId);
            partitions.put("file-" + fileId, context);
        }
        return partitions;
    }
}
