package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.INGEST_ATTEMPT;
import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
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

/**
 * The ingest attempts of every file ({@code meta.ingest_attempt}), so that a file that takes the
 * load down does not do so every night. An attempt is committed on a connection of its own before
 * the file's ingest starts — the ingest step's transaction would take it back with everything else —
 * and marked ended when the ingest returns or throws an exception. An attempt left unended is one
 * the JVM did not survive, or that an {@link Error} ended (out of memory): content with
 * {@link #TAKEN_DOWN_LIMIT} of them is failed, not ingested again, until its content changes.
 */
public class IngestAttempts {

    private static final Logger log = LoggerFactory.getLogger(IngestAttempts.class);

    /** Unended attempts after which a file's content is no longer ingested. */
    static final int TAKEN_DOWN_LIMIT = 2;

    static final String TAKEN_DOWN = "took the load down twice while it was ingested (out of memory, or the"
            + " process was killed); it is not tried again until its content changes: split it into smaller"
            + " files, or deliver it again changed";

    private final DataSource dataSource;

    public IngestAttempts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records, and commits, that the file's ingest starts. */
    void begin(long fileId) {
        inOwnTransaction(dsl -> dsl.insertInto(INGEST_ATTEMPT,
                        INGEST_ATTEMPT.FILE_ID, INGEST_ATTEMPT.FILE_CHECKSUM, INGEST_ATTEMPT.STARTED_AT)
                .select(DSL.select(LOAD_FILE.FILE_ID, LOAD_FILE.FILE_CHECKSUM, DSL.val(LocalDateTime.now()))
                        .from(LOAD_FILE).where(LOAD_FILE.FILE_ID.eq(fileId)))
                .execute());
    }

    /** Records, and commits, that the file's ingest returned (whatever it found in the file). */
    void end(long fileId) {
        inOwnTransaction(dsl -> dsl.update(INGEST_ATTEMPT)
                .set(INGEST_ATTEMPT.ENDED_AT, LocalDateTime.now())
                .where(INGEST_ATTEMPT.FILE_ID.eq(fileId).and(INGEST_ATTEMPT.ENDED_AT.isNull()))
                .execute());
    }

    /**
     * Fails the run's pending files whose content took the load down {@link #TAKEN_DOWN_LIMIT}
     * times, each with a file-level reject that says so; returns their names.
     */
    static List<String> failContentThatTookTheLoadDown(DSLContext dsl, long runId) {
        var takenDown = DSL.select(INGEST_ATTEMPT.FILE_CHECKSUM).from(INGEST_ATTEMPT)
                .where(INGEST_ATTEMPT.ENDED_AT.isNull().and(INGEST_ATTEMPT.FILE_CHECKSUM.ne("")))
                .groupBy(INGEST_ATTEMPT.FILE_CHECKSUM)
                .having(DSL.count().ge(TAKEN_DOWN_LIMIT));
        var files = dsl.select(LOAD_FILE.FILE_ID, LOAD_FILE.FILE_NAME).from(LOAD_FILE)
                .where(LOAD_FILE.RUN_ID.eq(runId).and(LOAD_FILE.STATE.eq(FileState.PENDING.name()))
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
                    .set(LOAD_FILE.STATE, FileState.REJECTED.name())
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
