package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

/**
 * A fresh migrated warehouse per test, rows written straight into {@code core}, and the
 * recomputation run the way the batch commands run it: inside one transaction.
 */
abstract class IndicatorTestSupport {

    /** Expected values are written as exact fractions; doubles may differ in the last bit. */
    static final double EXACT = 1e-9;

    @TempDir
    Path dir;

    TestWarehouse warehouse;
    CoreRows core;
    IndicatorValues values;

    @BeforeEach
    void openWarehouse() {
        warehouse = TestWarehouse.create(dir);
        core = new CoreRows(warehouse.dsl());
        values = new IndicatorValues(warehouse.dsl());
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    /** Everything, with the statutory disclosure limit of 10 employees. */
    RecomputeSummary recomputeAll() {
        return recompute(10, null, null);
    }

    RecomputeSummary recompute(int disclosureLimit, YearMonth from, YearMonth to) {
        return warehouse
                .dsl()
                .transactionResult(configuration ->
                        new IndicatorRecomputation(disclosureLimit).recompute(configuration.dsl(), from, to));
    }

    /**
     * {@code count} employees named prefix-1.. with the same staffing row in every month from
     * {@code first} to {@code last}, without sick leave: colleagues that lift a group above
     * the disclosure limit.
     */
    void colleagues(
            int count,
            String prefix,
            String first,
            String last,
            String unitCode,
            String gender,
            Integer birthYear,
            String fte,
            String scheduledHours) {
        for (int i = 1; i <= count; i++) {
            core.staffingMonths(prefix + "-" + i, first, last, unitCode, gender, birthYear, fte, scheduledHours);
        }
    }

    List<String> dataQuality(String checkName) {
        return warehouse.dsl().fetch("""
                SELECT failing_count || ' ' || status FROM report.data_quality
                WHERE check_name = ? ORDER BY checked_at""", checkName).getValues(0, String.class);
    }

    /** A shown row with these numbers (compared to within 1e-9). */
    static void assertRow(IndicatorValues.Row actual, Double value, Double numerator, Double denominator) {
        assertThat(actual).as("the row exists").isNotNull();
        assertThat(actual.suppressed()).as("suppressed").isFalse();
        assertNumber("value", actual.value(), value);
        assertNumber("numerator", actual.numerator(), numerator);
        assertNumber("denominator", actual.denominator(), denominator);
    }

    /** A row that exists with value, numerator and denominator suppressed. */
    static void assertSuppressed(IndicatorValues.Row actual) {
        assertThat(actual).as("the row exists").isNotNull();
        assertThat(actual).isEqualTo(new IndicatorValues.Row(null, null, null, true));
    }

    private static void assertNumber(String what, Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected, within(EXACT * Math.max(1, Math.abs(expected))));
        }
    }
}
