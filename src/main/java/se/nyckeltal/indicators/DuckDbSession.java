package se.nyckeltal.indicators;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyckeltal.warehouse.SqlScript;

/**
 * One JDBC connection of the caller's transaction, as the recomputation uses it: DuckDB
 * session variables (read by the models with {@code getvariable}) and plain statements.
 * Nothing here begins or commits a transaction.
 */
final class DuckDbSession {

    private static final Logger LOG = LoggerFactory.getLogger(DuckDbSession.class);

    private final Connection connection;

    DuckDbSession(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** jOOQ on this connection, for typed reads and the generated tables. */
    DSLContext dsl() {
        return DSL.using(connection, SQLDialect.DUCKDB);
    }

    /** Sets a session variable; {@code null} unsets it in effect (the models read NULL as "no limit"). */
    void setVariable(String name, Object value) {
        execute("SET VARIABLE " + name + " = " + literal(value));
    }

    /** Runs every statement of a script in order. */
    void run(SqlScript script) {
        runWithCounts(script);
    }

    /** Runs every statement of a script and returns each statement's update count (0 for DDL), in order. */
    Map<String, Long> runWithCounts(SqlScript script) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String sql : script.statements()) {
            try {
                counts.put(sql, update(sql));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(script.resource() + ": " + e.getMessage(), e.getCause());
            }
        }
        return counts;
    }

    long update(String sql) {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                return 0;
            }
            return Math.max(0, statement.getUpdateCount());
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            logTime(started, sql);
        }
    }

    private static void logTime(long started, String sql) {
        if (LOG.isDebugEnabled()) {
            String oneLine = sql.replaceAll("\\s+", " ");
            LOG.debug(
                    "{} ms: {}",
                    (System.nanoTime() - started) / 1_000_000,
                    oneLine.substring(0, Math.min(100, oneLine.length())));
        }
    }

    void execute(String sql) {
        update(sql);
    }

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
