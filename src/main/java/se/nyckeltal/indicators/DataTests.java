package se.nyckeltal.indicators;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the data tests of {@code sql/tests/} after a recomputation and appends one row per
 * check to {@code report.data_quality}, all with the same {@code checked_at}.
 */
final class DataTests {

    static final List<String> FILES = List.of(
            "tests/sick_leave_without_staffing.sql",
            "tests/unknown_unit.sql",
            "tests/core_natural_keys_unique.sql",
            "tests/unit_month_one_version.sql",
            "tests/period_calendar_months.sql",
            "tests/indicator_formula_covers_catalogue.sql",
            "tests/sick_day_within_spell.sql",
            "tests/sick_spell_length.sql",
            "tests/indicator_values_keys_unique.sql",
            "tests/indicator_values_required_columns.sql",
            "tests/indicator_values_share_range.sql",
            "tests/indicator_values_value_consistent.sql",
            "tests/indicator_values_periods_complete.sql",
            "tests/indicator_table_keys_unique.sql",
            "tests/disclosure_rule_holds.sql");

    private final List<DataTest> tests = FILES.stream().map(DataTest::load).toList();

    List<DataTestResult> run(DuckDbSession session, LocalDateTime checkedAt) {
        List<DataTestResult> results = new ArrayList<>();
        for (DataTest test : tests) {
            long failing = countFailing(session, test);
            DataTestResult result = new DataTestResult(test.checkName(), test.description(), failing,
                    test.status(failing));
            append(session, result, checkedAt);
            results.add(result);
        }
        return results;
    }

    private static long countFailing(DuckDbSession session, DataTest test) {
        test.setup().ifPresent(session::run);
        try {
            test.repeatUntilUnchanged().ifPresent(step -> {
                while (session.runWithCounts(step).values().stream().mapToLong(Long::longValue).sum() > 0) {
                    // each round works out more cells; stops when nothing changes
                }
            });
            return ((Number) session.firstRow(test.countQuery()).get(0)).longValue();
        } finally {
            test.teardown().ifPresent(session::run);
        }
    }

    private static void append(DuckDbSession session, DataTestResult result, LocalDateTime checkedAt) {
        String sql = "INSERT INTO report.data_quality (check_name, description, failing_count, status, checked_at) "
                + "VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = session.connection().prepareStatement(sql)) {
            insert.setString(1, result.checkName());
            insert.setString(2, result.description());
            insert.setLong(3, result.failingCount());
            insert.setString(4, result.status());
            insert.setTimestamp(5, Timestamp.valueOf(checkedAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("appending data test " + result.checkName() + ": " + e.getMessage(), e);
        }
    }
}
