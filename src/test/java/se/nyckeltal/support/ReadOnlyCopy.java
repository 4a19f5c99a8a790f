package se.nyckeltal.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The analysts' published copy opened as an analyst opens it: read-only, as it is, never migrated
 * (which {@link TestWarehouse} would do, adding back the loader's tables).
 */
public final class ReadOnlyCopy implements AutoCloseable {

    private final Connection connection;

    private ReadOnlyCopy(Connection connection) {
        this.connection = connection;
    }

    public static ReadOnlyCopy open(Path file) {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try {
            return new ReadOnlyCopy(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open " + file + " read-only: " + e.getMessage(), e);
        }
    }

    public DSLContext dsl() {
        return DSL.using(connection, SQLDialect.DUCKDB);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
