package se.nyckeltal.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import se.nyckeltal.warehouse.jooq.staging.Staging;

/**
 * The staging layer of a load: an in-memory database attached to the warehouse as {@code staging}
 * (tables of {@code sql/staging/staging_tables.sql}), so that staged rows never reach the
 * write-ahead log or the file. It is empty whenever a process opens the warehouse.
 *
 * <p>DuckDB lets one transaction write to one database only. Staged rows are therefore written and
 * cleared through connections of their own ({@link #beginTransaction()}, {@link #clear()}), never
 * in a transaction that also writes the warehouse; reading them together with the warehouse is
 * allowed (the merge does). This object also keeps one connection open for as long as it lives:
 * DuckDB closes a database, and drops what it holds in memory, when its last connection closes,
 * and the pool may close all of its own.
 */
public final class StagingDatabase implements AutoCloseable {

    private static final String SCRIPT = "staging/staging_tables.sql";

    private final DuckDBConnection keeper;
    /** The staging tables' DDL: run when the database opens and again by every {@link #clear()}. */
    private final SqlScript tables = SqlScript.load(SCRIPT);

    public StagingDatabase(DataSource warehouse) {
        try (Connection pooled = warehouse.getConnection()) {
            keeper = (DuckDBConnection) pooled.unwrap(DuckDBConnection.class).duplicate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the staging database: " + e.getMessage(), e);
        }
        DSLContext dsl = DSL.using(keeper, SQLDialect.DUCKDB);
        dsl.execute("ATTACH IF NOT EXISTS ':memory:' AS staging");
        tables.run(dsl);
    }

    private DuckDBConnection newConnection() {
        try {
            return (DuckDBConnection) keeper.duplicate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the staging database: " + e.getMessage(), e);
        }
    }

    /**
     * A new connection in a transaction that Appenders on it join; the caller commits or rolls back,
     * and closes it. A statement begins the transaction: an Appender on a connection without one
     * commits every 2 048-row flush on its own, even with auto-commit off.
     */
    public DuckDBConnection beginTransaction() {
        DuckDBConnection connection = newConnection();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT 1");
            return connection;
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("Cannot begin a transaction on the staging database: " + e.getMessage(), e);
        }
    }

    /**
     * Removes every staged row (a run left unfinished by this process, for one). The tables are
     * dropped and created again, not emptied: DuckDB's {@code DELETE} records every deleted row in
     * memory outside its {@code memory_limit}, so clearing after the merge grew the process with
     * the input (measured: 16 M staged rows, +245 MB RSS and 0.4 s; dropping them, +1 MB and
     * 0.06 s; see BENCHMARKS.md).
     */
    public void clear() {
        try (DuckDBConnection connection = newConnection()) {
            DSLContext dsl = DSL.using(connection, SQLDialect.DUCKDB);
            dsl.transaction(tx -> {
                Staging.STAGING
                        .getTables()
                        .forEach(table -> tx.dsl().dropTable(table).execute());
                tables.run(tx.dsl());
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear staged rows: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the staging database: " + e.getMessage(), e);
        }
    }
}
