package se.nyckeltal.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SQL files under {@code sql/} ({@link SqlScript}) on one JDBC connection of the caller's
 * transaction: the one place that executes their text, sets the DuckDB session variables they read
 * and logs how long each statement took (at DEBUG). Nothing here begins, commits or rolls back.
 *
 * <p>Parameters are DuckDB session variables ({@code SET VARIABLE run_id = 7}, read in SQL as
 * {@code getvariable('run_id')}), so that the same file also runs unchanged in the DuckDB CLI;
 * their values are rendered as literals by jOOQ ({@link DSL#inline(Object)}). The statements of a
 * file go to JDBC as they are: jOOQ's plain-SQL templating would read {@code {…}} and {@code ?} in
 * them. Everything else (reads, the generated tables) goes through {@link #dsl()}.
 */
public final class SqlRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SqlRunner.class);

    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Connection connection;
    private final DSLContext dsl;

    public SqlRunner(Connection connection) {
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.DUCKDB);
    }

    /** jOOQ on this connection, for typed reads and the generated tables. */
    public DSLContext dsl() {
        return dsl;
    }

    /** The value as a SQL literal of DuckDB ({@code NULL}, {@code 7}, {@code 'it''s'}, {@code DATE '2017-01-01'}). */
    public String literal(Object value) {
        return dsl.renderInlined(DSL.inline(value));
    }

    /** Sets a session variable; {@code null} unsets it in effect (the models read NULL as "no limit"). */
    public SqlRunner setVariable(String name, Object value) {
        if (!VARIABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a variable name: " + name);
        }
        execute("SET VARIABLE " + name + " = " + literal(value), "SET VARIABLE " + name);
        return this;
    }

    public SqlRunner setVariables(Map<String, ?> variables) {
        variables.forEach(this::setVariable);
        return this;
    }

    /** Runs every statement of the script in order; a failure names the file. */
    public ScriptResult run(SqlScript script) {
        List<ExecutedStatement> executed = new ArrayList<>();
        for (String sql : script.statements()) {
            try {
                executed.add(new ExecutedStatement(sql, execute(sql, script.resource())));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(script.resource() + ": " + e.getMessage(), e.getCause());
            }
        }
        return new ScriptResult(List.copyOf(executed));
    }

    /** Runs the script's one statement, a query, and returns its rows; a failure names the file. */
    public Result<Record> query(SqlScript script) {
        String sql = script.statements().get(0);
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            Result<Record> result = dsl.fetch(rows);
            LOG.debug(
                    "{} in {} ms, {} rows read",
                    script.resource(),
                    (System.nanoTime() - started) / 1_000_000,
                    result.size());
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(script.resource() + ": " + e.getMessage(), e);
        }
    }

    /** Runs one statement of SQL text that is not a file of {@code sql/}, e.g. one built from its parts. */
    public long execute(String sql) {
        return execute(sql, "statement");
    }

    /** @return the update count (0 for DDL and queries) */
    private long execute(String sql, String source) {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            long count = statement.execute(sql) ? 0 : Math.max(0, statement.getUpdateCount());
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "{} in {} ms, {} rows: {}",
                        source,
                        (System.nanoTime() - started) / 1_000_000,
                        count,
                        firstLine(sql));
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The statement's first line that is not a comment, to tell the statements of a script apart. */
    private static String firstLine(String sql) {
        return sql.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                .findFirst()
                .orElse("");
    }

    /** One statement of a script and the rows it changed. */
    public record ExecutedStatement(String sql, long updateCount) {}

    /** What the statements of one script did, in order. */
    public record ScriptResult(List<ExecutedStatement> statements) {

        /** The rows the script's {@code INSERT} statements wrote. */
        public long insertedRows() {
            return statements.stream()
                    .filter(statement -> statement.sql().regionMatches(true, 0, "INSERT", 0, 6))
                    .mapToLong(ExecutedStatement::updateCount)
                    .sum();
        }

        /** The rows all its statements changed. */
        public long changedRows() {
            return statements.stream().mapToLong(ExecutedStatement::updateCount).sum();
        }
    }
}
