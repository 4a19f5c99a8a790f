package se.nyckeltal.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQL file under {@code sql/} (shipped in the jar), split into statements and run on the
 * caller's connection, so it joins the caller's transaction.
 *
 * <p>Parameters are DuckDB session variables ({@code SET VARIABLE run_id = 7}, read in SQL as
 * {@code getvariable('run_id')}), so that the same file also runs unchanged in the DuckDB CLI.
 * Statements go to JDBC as they are: jOOQ's plain-SQL templating would read {@code {…}} and
 * {@code ?} in them.
 */
public final class SqlScript {

    private static final Logger log = LoggerFactory.getLogger(SqlScript.class);

    private final String resource;
    private final List<String> statements;

    private SqlScript(String resource, List<String> statements) {
        this.resource = resource;
        this.statements = statements;
    }

    /** Loads {@code sql/<path>} from the class path, e.g. {@code load("core/merge/units.sql")}. */
    public static SqlScript load(String path) {
        String resource = "sql/" + path;
        try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SQL file not found on the class path: " + resource);
            }
            return new SqlScript(resource, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String resource() {
        return resource;
    }

    public List<String> statements() {
        return statements;
    }

    /** Sets the variables, then runs every statement in order on the context's connection. */
    public void run(DSLContext dsl, Map<String, ?> variables) {
        dsl.connection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, ?> variable : variables.entrySet()) {
                    statement.execute("SET VARIABLE " + variable.getKey() + " = " + literal(variable.getValue()));
                }
                for (String sql : statements) {
                    try {
                        long started = System.nanoTime();
                        statement.execute(sql);
                        if (log.isDebugEnabled()) {
                            log.debug(
                                    "{} in {} ms: {}",
                                    resource,
                                    (System.nanoTime() - started) / 1_000_000,
                                    firstLine(sql));
                        }
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(resource + ": " + e.getMessage(), e);
                    }
                }
            }
        });
    }

    /** The statement's first line that is not a comment, to tell the statements of a script apart. */
    private static String firstLine(String sql) {
        return sql.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                .findFirst()
                .orElse("");
    }

    public void run(DSLContext dsl) {
        run(dsl, Map.of());
    }

    /**
     * Sets the variables, then runs the file's one statement, a query, and returns its rows. Also
     * on a file opened read-only: session variables are no write.
     */
    public Result<Record> query(DSLContext dsl, Map<String, ?> variables) {
        if (statements.size() != 1) {
            throw new IllegalStateException(resource + " must hold exactly one query, not " + statements.size());
        }
        return dsl.connectionResult(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, ?> variable : variables.entrySet()) {
                    statement.execute("SET VARIABLE " + variable.getKey() + " = " + literal(variable.getValue()));
                }
                try (ResultSet rows = statement.executeQuery(statements.get(0))) {
                    return DSL.using(connection, dsl.dialect()).fetch(rows);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        });
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof java.time.LocalDate date) {
            return "DATE '" + date + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    /** Splits on {@code ;} outside quotes and comments; drops empty statements. */
    static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
                current.append('\n');
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                current.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (text.charAt(end) == c) {
                        if (end + 1 < n && text.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                current.append(text, i, Math.min(end + 1, n));
                i = end;
            } else if (c == ';') {
                add(result, current);
            } else {
                current.append(c);
            }
        }
        add(result, current);
        return List.copyOf(result);
    }

    private static void add(List<String> result, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            result.add(sql);
        }
        current.setLength(0);
    }
}
