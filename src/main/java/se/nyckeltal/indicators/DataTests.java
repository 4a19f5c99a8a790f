package se.nyckeltal.indicators;

import static se.nyckeltal.warehouse.jooq.report.Tables.DATA_QUALITY;

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
            DataTestResult result =
                    new DataTestResult(test.checkName(), test.description(), failing, test.status(failing));
            append(session, result, checkedAt);
            results.add(result);
        }
        return results;
    }

    private static long countFailing(DuckDbSession session, DataTest test) {
        test.setup().ifPresent(session::run);
        try {
            test.repeatUntilUnchanged().ifPresent(step -> {
                while (session.runWithCounts(step).values().stream()
                                .mapToLong(Long::longValue)
                                .sum()
                        > 0) {
                    // each round works out more cells; stops when nothing changes
                }
            });
            return session.dsl().fetchSingle(test.countQuery()).get(0, Long.class);
        } finally {
            test.teardown().ifPresent(session::run);
        }
    }

    private static void append(DuckDbSession session, DataTestResult result, LocalDateTime checkedAt) {
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
