package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Worked example 5 and the rest of disclosure control: HR values of ten or fewer employees are suppressed. */
class DisclosureControlTests extends IndicatorTestSupport {

    /** The codes with rows for U10 and U11 (everyone is a woman of 37). */
    private static final List<String> HR_CODES = List.of("HR_FTE", "HR_SICK_LEAVE_PCT", "HR_SICK_LEAVE_DAY1_14_PCT",
            "HR_LONG_TERM_SICK_SHARE_PCT", "HR_SICK_LEAVE_AGE_30_49_PCT");

    @Test
    void workedExample5TenEmployeesAreSuppressedElevenAreShown() {
        core.unit("U10", "HR", "OTHER", "2016-01-01", null)
            .unit("U11", "HR", "OTHER", "2016-01-01", null);
        colleagues(10, "ten", "2017-01", "2017-12", "U10", "K", 1980, "1.0", "160");
        colleagues(10, "eleven", "2017-01", "2017-12", "U11", "K", 1980, "1.0", "160");
        // the eleventh employee of U11 has no staffing row in June
        core.staffingMonths("eleven-11", "2017-01", "2017-05", "U11", "K", 1980, "1.0", "160")
            .staffingMonths("eleven-11", "2017-07", "2017-12", "U11", "K", 1980, "1.0", "160");

        recomputeAll();

        for (String code : HR_CODES) {
            assertSuppressed(values.row(code, "YEAR", "2017", "UNIT", "U10", "T"));
            assertSuppressed(values.row(code, "R12", "2017-12", "UNIT", "U10", "T"));
            assertThat(values.row(code, "YEAR", "2017", "UNIT", "U11", "T").suppressed()).as(code).isFalse();
            // June: only 10 of the 11 have staffing rows.
            assertSuppressed(values.row(code, "MONTH", "2017-06", "UNIT", "U11", "T"));
            assertThat(values.row(code, "MONTH", "2017-05", "UNIT", "U11", "T").suppressed()).as(code).isFalse();
        }
        // U11 in 2017: 10 × 12 + 11 = 131 FTE-months over 12 months.
        assertRow(values.row("HR_FTE", "YEAR", "2017", "UNIT", "U11", "T"), 131.0 / 12, 131.0, 12.0);
        // The area and the whole administration have 21 employees; nobody is a man.
        assertRow(values.row("HR_FTE", "YEAR", "2017", "AREA", "HR", "T"), 251.0 / 12, 251.0, 12.0);
        assertRow(values.row("HR_FTE", "MONTH", "2017-06", "ALL", "ALL", "K"), 20.0, 20.0, 1.0);
        assertSuppressed(values.row("HR_FTE", "MONTH", "2017-06", "ALL", "ALL", "M"));
    }

    @Test
    void thePopulationOfAPeriodIsItsDistinctEmployeesNotItsLargestMonth() {
        core.unit("ROT", "HR", "OTHER", "2016-01-01", null);
        // six employees in the first half of 2017, five others in the second: 11 in the year
        colleagues(6, "spring", "2017-01", "2017-06", "ROT", "K", 1980, "1.0", "160");
        colleagues(5, "autumn", "2017-07", "2017-12", "ROT", "M", 1980, "1.0", "160");

        recomputeAll();

        assertSuppressed(values.row("HR_FTE", "MONTH", "2017-03", "UNIT", "ROT", "T"));
        // 11 × 6 = 66 FTE-months: 11 distinct employees are shown.
        assertRow(values.row("HR_FTE", "YEAR", "2017", "UNIT", "ROT", "T"), 66.0 / 12, 66.0, 12.0);
        assertRow(values.row("HR_FTE", "R12", "2017-12", "UNIT", "ROT", "T"), 66.0 / 12, 66.0, 12.0);
        // By gender only 6 women and 5 men.
        assertSuppressed(values.row("HR_FTE", "YEAR", "2017", "UNIT", "ROT", "K"));
        assertSuppressed(values.row("HR_FTE", "YEAR", "2017", "UNIT", "ROT", "M"));
    }

    @Test
    void theLimitIsConfigurableButNeverBelowThree() {
        assertThatThrownBy(() -> new IndicatorRecomputation(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IndicatorRecomputation(3).disclosureLimit()).isEqualTo(3);
        assertThat(new IndicatorRecomputation().disclosureLimit()).isEqualTo(10);

        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null);
        colleagues(4, "k", "2017-03", "2017-03", "HR-1", "K", 1980, "1.0", "160");

        recompute(3, null, null);
        assertRow(values.row("HR_FTE", "MONTH", "2017-03", "UNIT", "HR-1", "T"), 4.0, 4.0, 1.0);
        recompute(4, null, null);
        assertSuppressed(values.row("HR_FTE", "MONTH", "2017-03", "UNIT", "HR-1", "T"));
    }

    @Test
    void eventIndicatorsAreNeverSuppressed() {
        core.unit("EKO-1", "EKONOMI", "CUSTOMER_INVOICING", "2016-01-01", null)
            .staffing("only", "2017-03", "EKO-1", "K", 1980, "1.0", "160")
            .invoice("i1", "CUSTOMER", "2017-03-01", "EKO-1", "ELECTRONIC");

        recomputeAll();

        assertRow(values.row("EKO_CUST_INV_PER_FTE_MONTH", "MONTH", "2017-03", "UNIT", "EKO-1", "T"), 1.0, 1.0, 1.0);
        assertSuppressed(values.row("HR_FTE", "MONTH", "2017-03", "UNIT", "EKO-1", "T"));
        assertThat(((Number) warehouse.dsl().fetchValue("""
                SELECT count(*) FROM report.indicator_values
                WHERE suppressed AND NOT starts_with(indicator_code, 'HR_')""")).longValue()).isZero();
    }
}
