package se.nyckeltal.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One SQL file under {@code sql/} (shipped in the jar), split into its statements; {@link SqlRunner}
 * runs them on the caller's connection, so they join the caller's transaction.
 *
 * <p>The split is our own, not Spring's {@code ScriptUtils.splitSqlScript}: that copes with this
 * project's SQL (quotes, {@code --} and block comments; no file uses {@code $$}), but Spring
 * Framework 7 no longer makes it public, and its public {@code executeSqlScript} runs the statements
 * itself and returns nothing, while the recomputation needs each statement's update count (rows
 * written, the rounds of a data test that repeats until nothing changes) and timing.
 */
public final class SqlScript {

    private final String resource;
    private final List<String> statements;

    private SqlScript(String resource, List<String> statements) {
        this.resource = resource;
        this.statements = statements;
    }

    /** Loads {@code sql/<path>} from the class path, e.g. {@code load("scripts/merge/units.sql")}. */
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

    /** Sets the variables, then runs every statement in order on the context's connection ({@link SqlRunner}). */
    public void run(DSLContext dsl, Map<String, ?> variables) {
        dsl.connection(
                connection -> new SqlRunner(connection).setVariables(variables).run(this));
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
        return dsl.connectionResult(
                connection -> new SqlRunner(connection).setVariables(variables).query(this));
    }

    /**
     * The paths (relative to {@code sql/}, as {@link #load} takes them) of every {@code .sql} file
     * in the folder {@code sql/<folder>} and its subfolders, in alphabetical order.
     */
    public static List<String> pathsUnder(String folder) {
        String root = "sql/" + folder;
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(SqlScript.class.getClassLoader())
                    .getResources("classpath:" + root + "**/*.sql");
            List<String> paths = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(root);
                if (at < 0) {
                    throw new IllegalStateException("not under " + root + ": " + url);
                }
                paths.add(url.substring(at + "sql/".length()));
            }
            paths.sort(null);
            return List.copyOf(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
