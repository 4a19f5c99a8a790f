package se.nyckeltal.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.nyckeltal.warehouse.SqlScript;

/**
 * One data test under {@code sql/tests/}: a query returning the failing rows, each with a
 * {@code failing_rows} column (how many source rows it stands for). Its header comment
 * names the check, its severity when it fails ({@code WARN} or {@code FAIL}) and what it
 * checks, so that an analyst reading the file sees all of it.
 */
record DataTest(
        String path,
        String checkName,
        String severity,
        String description,
        String query,
        Optional<SqlScript> setup,
        Optional<SqlScript> repeatUntilUnchanged,
        Optional<SqlScript> teardown) {

    private static final Pattern HEADER =
            Pattern.compile("^--\\s*(check|severity|description):\\s*(.+)$", Pattern.MULTILINE);

    DataTest {
        if (!severity.equals("WARN") && !severity.equals("FAIL")) {
            throw new IllegalArgumentException(path + ": severity must be WARN or FAIL, not " + severity);
        }
    }

    static DataTest load(String path) {
        String text = read("sql/" + path);
        String check = null;
        String severity = null;
        String description = null;
        Matcher header = HEADER.matcher(text);
        while (header.find()) {
            String value = header.group(2).strip();
            switch (header.group(1)) {
                case "check" -> check = value;
                case "severity" -> severity = value;
                default -> description = value;
            }
        }
        if (check == null || severity == null || description == null) {
            throw new IllegalStateException("sql/" + path + ": header needs check, severity and description");
        }
        List<String> statements = SqlScript.load(path).statements();
        if (statements.size() != 1) {
            throw new IllegalStateException("sql/" + path + ": a data test is exactly one query");
        }
        return new DataTest(
                path,
                check,
                severity,
                description,
                statements.get(0),
                helper(path, "setup.sql"),
                helper(path, "repeat_until_unchanged.sql"),
                helper(path, "teardown.sql"));
    }

    /**
     * {@code <check>/<file>} beside the test, if any: {@code setup.sql} (working tables the query
     * reads), {@code repeat_until_unchanged.sql} (run after the setup until it changes no row),
     * {@code teardown.sql} (drops what the setup made). Read once, with the test.
     */
    private static Optional<SqlScript> helper(String path, String file) {
        String helperPath = path.replaceFirst("\\.sql$", "/") + file;
        if (DataTest.class.getClassLoader().getResource("sql/" + helperPath) == null) {
            return Optional.empty();
        }
        return Optional.of(SqlScript.load(helperPath));
    }

    /** PASS when nothing fails, else the test's severity. */
    String status(long failingCount) {
        return failingCount == 0 ? "PASS" : severity;
    }

    /** The query counting the failing rows of this test. */
    String countQuery() {
        return "SELECT coalesce(sum(failing_rows), 0) FROM (" + query + ") AS failing";
    }

    private static String read(String resource) {
        try (InputStream in = DataTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SQL file not found on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
