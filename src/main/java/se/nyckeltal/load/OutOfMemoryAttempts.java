package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.meta.Tables.OUT_OF_MEMORY_ATTEMPT;
import static se.nyckeltal.warehouse.jooq.meta.Tables.REJECTED_ROWS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyckeltal.warehouse.FileState;

/**
 * The ingest attempts that ran the JVM out of heap ({@code meta.out_of_memory_attempt}), so that a file that
 * does so does not fail the whole load every night. Recorded on a connection of its own (the ingest
 * step's transaction is rolled back) by the thread that caught the {@link OutOfMemoryError}: once it
 * has unwound, what the file was building is garbage, and there is room again. Content that ran out of
 * memory {@link #OUT_OF_MEMORY_LIMIT} times with at least the heap the JVM has now is failed, not
 * ingested again. A process killed outright is not held against the files it was reading: a kill (a
 * timeout, a reboot) is rarely a file's doing, and a killed run resumes to exactly the tables of an
 * uninterrupted one. Nothing is recorded for an attempt that succeeds: a commit per file would cost
 * the ingest more than a second of a scale-1 load.
 */
public class OutOfMemoryAttempts {

    private static final Logger log = LoggerFactory.getLogger(OutOfMemoryAttempts.class);

    /** Attempts that ran out of memory after which a file's content is no longer ingested. */
    static final int OUT_OF_MEMORY_LIMIT = 2;

    static final String TAKEN_DOWN = "took the load down twice: the JVM ran out of heap while it was read;"
            + " it is not tried again until its content changes or the loader gets more heap (-Xmx)";

    private final DataSource dataSource;

    public OutOfMemoryAttempts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records, and commits, that the JVM ran out of heap while it ingested the file. */
    void outOfMemory(long fileId) {
        inOwnTransaction(dsl -> dsl.insertInto(
                        OUT_OF_MEMORY_ATTEMPT,
                        OUT_OF_MEMORY_ATTEMPT.FILE_ID,
                        OUT_OF_MEMORY_ATTEMPT.FILE_CHECKSUM,
                        OUT_OF_MEMORY_ATTEMPT.MAX_HEAP_BYTES,
                        OUT_OF_MEMORY_ATTEMPT.FAILED_AT)
                .select(DSL.select(
                                LOAD_FILE.FILE_ID,
                                LOAD_FILE.FILE_CHECKSUM,
                                DSL.val(maxHeap()),
                                DSL.val(LocalDateTime.now()))
                        .from(LOAD_FILE)
                        .where(LOAD_FILE.FILE_ID.eq(fileId)))
                .execute());
    }

    private static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * Fails the run's pending files whose content ran out of memory {@link #OUT_OF_MEMORY_LIMIT}
     * times with at least this JVM's heap, each with a file-level reject that says so; returns their
     * names.
     */
    static List<String> failContentThatTookTheLoadDown(DSLContext dsl, long runId) {
        var takenDown = DSL.select(OUT_OF_MEMORY_ATTEMPT.FILE_CHECKSUM)
                .from(OUT_OF_MEMORY_ATTEMPT)
                .where((OUT_OF_MEMORY_ATTEMPT.FILE_CHECKSUM.ne(""))
                        .and(OUT_OF_MEMORY_ATTEMPT.MAX_HEAP_BYTES.ge(maxHeap())))
                .groupBy(OUT_OF_MEMORY_ATTEMPT.FILE_CHECKSUM)
                .having(DSL.count().ge(OUT_OF_MEMORY_LIMIT));
        var files = dsl.select(LOAD_FILE.FILE_ID, LOAD_FILE.FILE_NAME)
                .from(LOAD_FILE)
                .where(LOAD_FILE
                        .RUN_ID
                        .eq(runId)
                        .and(LOAD_FILE.STATE.eq(FileState.PENDING))
                        .and(LOAD_FILE.FILE_CHECKSUM.in(takenDown)))
                .fetch();
        for (var file : files) {
            String message = file.value2() + ": " + TAKEN_DOWN;
            log.warn("{}", message);
            dsl.insertInto(REJECTED_ROWS)
                    .set(REJECTED_ROWS.FILE_ID, file.value1())
                    .set(REJECTED_ROWS.REASON, message)
                    .execute();
            dsl.update(LOAD_FILE)
                    .set(LOAD_FILE.STATE, FileState.REJECTED)
                    .set(LOAD_FILE.ROWS_READ, 0L)
                    .set(LOAD_FILE.ROWS_LOADED, 0L)
                    .set(LOAD_FILE.ROWS_REJECTED, 0L)
                    .set(LOAD_FILE.MESSAGE, message)
                    .where(LOAD_FILE.FILE_ID.eq(file.value1()))
                    .execute();
        }
        return files.getValues(LOAD_FILE.FILE_NAME);
    }

    private interface Statement {
        void run(DSLContext dsl);
    }

    private void inOwnTransaction(Statement statement) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            statement.run(DSL.using(connection, SQLDialect.DUCKDB));
        } catch (SQLException e) {
            throw new StagingWriter.StagingException(e);
        }
    }
}
