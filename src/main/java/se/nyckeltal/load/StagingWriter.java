package se.nyckeltal.load;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import se.nyckeltal.extract.Extract;
import se.nyckeltal.extract.RowHandler;
import se.nyckeltal.warehouse.StagingDatabase;

/**
 * Appends one file's rows to {@code staging.<extract>} (in memory, see {@link StagingDatabase}) and
 * its rejects to {@code meta.rejected_rows} (in the warehouse) through DuckDB's Appender (about 100×
 * faster than JDBC batches), each on its own connection: one transaction may write to one database
 * only. An Appender joins the transaction its connection has begun (it autocommits every 2 048
 * rows on a connection without one): rows are tagged with the file id, and the merge moves them
 * to core a few whole files per transaction.
 */
final class StagingWriter implements RowHandler, AutoCloseable {

    /** Rows between two progress reports: progress is shared between threads, rows are not. */
    private static final int PROGRESS_BATCH = 10_000;

    private final long fileId;
    private final DuckDBAppender rows;
    private final DuckDBAppender rejects;
    private final LoadProgress progress;
    private int unreported;

    StagingWriter(DuckDBConnection staging, DuckDBConnection warehouse, Extract extract, long fileId,
            LoadProgress progress) throws SQLException {
        this.fileId = fileId;
        this.progress = progress;
        this.rows = staging.createAppender("staging", "main", extract.folder());
        this.rejects = warehouse.createAppender("meta", "rejected_rows");
    }

    @Override
    public void valid(long lineNumber, Object[] values) {
        try {
            rows.beginRow();
            rows.append(fileId);
            rows.append(lineNumber);
            for (Object value : values) {
                appendTyped(value);
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

    private void appendTyped(Object value) throws SQLException {
        if (value == null) {
            rows.appendNull();
        } else if (value instanceof String text) {
            rows.append(text);
        } else if (value instanceof Double number) {
            rows.append(number.doubleValue());
        } else if (value instanceof Integer number) {
            rows.append(number.intValue());
        } else if (value instanceof LocalDate date) {
            rows.append(date);
        } else if (value instanceof LocalDateTime timestamp) {
            rows.append(timestamp);
        } else if (value instanceof Boolean flag) {
            rows.append(flag.booleanValue());
        } else {
            throw new IllegalArgumentException("no staging type for " + value.getClass());
        }
    }

    @Override
    public void rejected(long lineNumber, String columnName, String reason, String rawLine) {
        try {
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
            rejects.close();
        }
    }

    /** A failure of the warehouse (disk, memory), not of the input. */
    static final class StagingException extends RuntimeException {
        StagingException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
