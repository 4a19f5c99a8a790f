package se.nyckeltal.load;

import java.sql.SQLException;
import org.duckdb.DuckDBConnection;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.warehouse.StagingDatabase;

/**
 * One ingest worker's transaction on the staging database: the rows of the files the worker
 * stages, committed together once they reach {@link #ROWS_PER_COMMIT} and when the worker has no
 * file left ({@link IngestFileTasklet}).
 *
 * <p>Why not a transaction per file: DuckDB commits a transaction's appended rows by moving them
 * into the table only when the table is empty or they fill a row group (122 880 rows); otherwise
 * it copies them row group by row group. Most monthly files are smaller than that, so a commit per
 * file copied every staged row once more (about 1.4 of the 23 thread-seconds of a scale-1 ingest).
 * Why not one transaction for all of a worker's files: DuckDB holds an open transaction's rows in
 * memory beyond its {@code memory_limit} (measured: a scale-4 load peaked at 1 122 MB instead of
 * 901 MB), so memory would grow with the input.
 *
 * <p>The files' states commit in the warehouse before their rows commit here. That is safe
 * because nothing reads staged rows before the ingest step has finished, a restarted ingest
 * stages every unmerged file again ({@link IngestWorkerPartitioner}), and the merge checks each
 * file's staged row count ({@link MergeFilesTasklet}).
 */
final class StagedRowsTransaction implements AutoCloseable {

    /** Four of DuckDB's row groups: moved, not copied, at commit, and a bounded amount of memory. */
    static final long ROWS_PER_COMMIT = 4 * 122_880L;

    private final StagingDatabase staging;
    private DuckDBConnection connection;
    private long rows;

    StagedRowsTransaction(StagingDatabase staging) {
        this.staging = staging;
    }

    /** The connection to append to, in the open transaction (begun on first use). */
    DuckDBConnection connection() {
        if (connection == null) {
            connection = staging.beginTransaction();
        }
        return connection;
    }

    /** Takes back a failed file's rows; the other files' rows stay in the transaction. */
    void discard(Extract extract, long fileId) throws SQLException {
        if (connection == null) {
            return;
        }
        Table<?> rows = StagingTables.rowsOf(extract);
        DSL.using(connection, SQLDialect.DUCKDB)
                .deleteFrom(rows)
                .where(rows.field("file_id", Long.class).eq(fileId))
                .execute();
    }

    /** A file's rows are staged: commits once the transaction holds enough of them. */
    void staged(long fileRows) throws SQLException {
        rows += fileRows;
        if (rows >= ROWS_PER_COMMIT) {
            commit();
        }
    }

    void commit() throws SQLException {
        end(true);
    }

    /** Rolls back whatever was not committed: the worker failed or was stopped. */
    @Override
    public void close() throws SQLException {
        end(false);
    }

    private void end(boolean commit) throws SQLException {
        rows = 0;
        if (connection == null) {
            return;
        }
        DuckDBConnection open = connection;
        connection = null;
        try {
            if (commit) {
                open.commit();
            } else {
                open.rollback();
            }
        } finally {
            open.close();
        }
    }
}
