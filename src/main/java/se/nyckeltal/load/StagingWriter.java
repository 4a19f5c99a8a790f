package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.REJECTED_ROWS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.extract.RowHandler;
import se.nyckeltal.extract.StagingColumn;
import se.nyckeltal.extract.ValueType;
import se.nyckeltal.warehouse.StagingDatabase;

/**
 * Appends one file's rows to {@code staging.<extract>} (in memory, see {@link StagingDatabase}) and
 * its rejects to {@code meta.rejected_rows} (in the warehouse) through DuckDB's Appender (about 100×
 * faster than JDBC batches), each on its own connection: one transaction may write to one database
 * only. An Appender joins the transaction its connection has begun (it autocommits every 2 048
 * rows on a connection without one): rows are tagged with the file id, and the merge moves them
 * to core a few whole files per transaction.
 *
 * <p>Most files have no reject, so the rejects' Appender is opened at the first one, after a
 * statement that begins the warehouse connection's transaction for it to join: opening it and
 * that statement for every file cost the ingest threads a DuckDB query each while the other
 * thread appended.
 */
final class StagingWriter implements RowHandler, AutoCloseable {

    /** Rows between two progress reports: progress is shared between threads, rows are not. */
    private static final int PROGRESS_BATCH = 10_000;

    private final long fileId;
    /** Each value's staging type, in column order: one switch per value instead of a chain of type tests. */
    private final ValueType[] types;

    private final DuckDBAppender rows;
    private final DuckDBConnection warehouse;
    /** Opened at the first reject. */
    private DuckDBAppender rejects;

    private final LoadProgress progress;
    private int unreported;

    StagingWriter(
            DuckDBConnection staging, DuckDBConnection warehouse, Extract extract, long fileId, LoadProgress progress)
            throws SQLException {
        this.fileId = fileId;
        this.types = extract.definition().stagingColumns().stream()
                .map(StagingColumn::type)
                .toArray(ValueType[]::new);
        this.progress = progress;
        this.rows = staging.createAppender("staging", "main", extract.folder());
        this.warehouse = warehouse;
    }

    @Override
    public void valid(long lineNumber, Object[] values) {
        try {
            rows.beginRow();
            rows.append(fileId);
            rows.append(lineNumber);
            for (int column = 0; column < types.length; column++) {
                appendTyped(types[column], values[column]);
            }
            rows.endRow();
        } catch (SQLException e) {
            throw new StagingException(e);
        }
        counted();
    }

    private void counted() {
        if (++unreported == PROGRESS_BATCH) {
            progress.rowsRead(unreported);
            unreported = 0;
        }
    }

    private void appendTyped(ValueType type, Object value) throws SQLException {
        if (value == null) {
            rows.appendNull();
            return;
        }
        switch (type) {
            case TEXT -> rows.append((String) value);
            case DOUBLE -> rows.append(((Double) value).doubleValue());
            case INTEGER -> rows.append(((Integer) value).intValue());
            case DATE -> rows.appendEpochDays((int) ((LocalDate) value).toEpochDay());
            case TIMESTAMP -> rows.appendEpochMicros(epochMicros((LocalDateTime) value));
            case BOOLEAN -> rows.append(((Boolean) value).booleanValue());
        }
    }

    /** The Appender's own conversion of a LocalDateTime goes through {@code until}, several times dearer. */
    private static long epochMicros(LocalDateTime timestamp) {
        return timestamp.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + timestamp.getNano() / 1_000;
    }

    @Override
    public void rejected(long lineNumber, String columnName, String reason, String rawLine) {
        try {
            if (rejects == null) {
                rejects = openRejects();
            }
            rejects.beginRow();
            rejects.append(fileId);
            rejects.append(lineNumber);
            appendNullable(rejects, columnName);
            rejects.append(reason);
            appendNullable(rejects, rawLine);
            rejects.endRow();
        } catch (SQLException e) {
            throw new StagingException(e);
        }
        counted();
    }

    /**
     * The file's rejects Appender, in the connection's transaction: the statement before it
     * begins the transaction (and finds no earlier reject of the file, see
     * IngestWorkerPartitioner).
     */
    private DuckDBAppender openRejects() throws SQLException {
        removeRejects(warehouse, fileId);
        return warehouse.createAppender("meta", "rejected_rows");
    }

    /** The rejects of the file so far: none are kept of a file that fails as a whole but its reason. */
    static void removeRejects(Connection connection, long fileId) {
        DSL.using(connection, SQLDialect.DUCKDB)
                .deleteFrom(REJECTED_ROWS)
                .where(REJECTED_ROWS.FILE_ID.eq(fileId))
                .execute();
    }

    private static void appendNullable(DuckDBAppender appender, String text) throws SQLException {
        if (text == null) {
            appender.appendNull();
        } else {
            appender.append(text);
        }
    }

    @Override
    public void close() throws SQLException {
        progress.rowsRead(unreported);
        unreported = 0;
        try {
            rows.close();
        } finally {
            if (rejects != null) {
                rejects.close();
            }
        }
    }

    /** A failure of the warehouse (disk, memory), not of the input. */
    static final class StagingException extends RuntimeException {
        StagingException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
