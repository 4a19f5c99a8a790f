package se.nyckeltal.indicators;

import static se.nyckeltal.warehouse.jooq.report.Tables.DATA_QUALITY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import se.nyckeltal.warehouse.SqlRunner;
import se.nyckeltal.warehouse.SqlScript;

/**
 * Runs the data tests of {@code sql/tests/} (every file there: a new test is a new file) after a recomputation and appends one row per
 * check to {@code report.data_quality}, all with the same {@code checked_at}.
 */
final class DataTests {

    /** Every {@code sql/tests/*.sql}; the files in its subfolders are their helpers ({@link DataTest}). */
    static List<String> paths() {
        return SqlScript.pathsUnder("tests/").stream()
                .filter(path -> path.indexOf('/', "tests/".length()) < 0)
                .toList();
    }

    private final List<DataTest> tests = paths().stream().map(DataTest::load).toList();

    List<DataTestResult> run(SqlRunner session, LocalDateTime checkedAt) {
        List<DataTestResult> results = new ArrayList<>();
        for (DataTest test : tests) {
            long failing = countFailing(session, test);
            DataTestResult result =
                    new DataTestResult(test.checkName(), test.description(), failing, test.status(failing));
            append(session, result, checkedAt);
            results.add(result);
        }
        return results;
    }

    private static long countFailing(SqlRunner session, DataTest test) {
        test.setup().ifPresent(session::run);
        try {
            test.repeatUntilUnchanged().ifPresent(step -> {
                while (session.run(step).changedRows() > 0) {
                    // each round works out more cells; stops when nothing changes
                }
            });
            return session.dsl().fetchSingle(test.countQuery()).get(0, Long.class);
        } finally {
            test.teardown().ifPresent(session::run);
        }
    }

    private static void append(SqlRunner session, DataTestResult result, LocalDateTime checkedAt) {
        session.dsl()
                .insertInto(DATA_QUALITY)
                .set(DATA_QUALITY.CHECK_NAME, result.checkName())
                .set(DATA_QUALITY.DESCRIPTION, result.description())
                .set(DATA_QUALITY.FAILING_COUNT, result.failingCount())
                .set(DATA_QUALITY.STATUS, result.status())
                .set(DATA_QUALITY.CHECKED_AT, checkedAt)
                .execute();
    }
}
