package se.nyckeltal.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import se.nyckeltal.failure.UserError;

/**
 * A warehouse file opened read-only, without Spring, migrations or the writer's lock: the
 * analysts' copy must never be written, and explaining a value changes nothing. DuckDB refuses a
 * file that a writer holds; with a wait, opening is tried again until the writer is done.
 */
public final class ReadOnlyWarehouse implements AutoCloseable {

    private final Connection connection;

    private ReadOnlyWarehouse(Connection connection) {
        this.connection = connection;
    }

    public static ReadOnlyWarehouse open(Path file, Duration wait) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("No warehouse at " + file.toAbsolutePath()
                    + ": run load first, or give --warehouse (the loader's file or its published copy)");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return new ReadOnlyWarehouse(
                        DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties));
            } catch (SQLException e) {
                boolean locked = e.getMessage() != null && e.getMessage().contains("Could not set lock");
                if (!locked || System.nanoTime() > deadline) {
                    throw e;
                }
                sleepASecond();
            }
        }
    }

    public DSLContext dsl() {
        return DSL.using(connection, SQLDialect.DUCKDB);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static void sleepASecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("Interrupted while waiting for the warehouse");
        }
    }
}
