package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jooq.Record;
import org.junit.jupiter.api.Test;

/** report.indicator_table: yearly outcomes at ALL level, the previous year, targets and their status. */
class IndicatorTableTests extends IndicatorTestSupport {

    private Record tableRow(String code, int year) {
        return warehouse.dsl().fetchOptional("""
                SELECT * FROM report.indicator_table WHERE indicator_code = ? AND year = ?""", code, year).orElse(null);
    }

    private void payslipsOf2016And2017() {
        core.unit("LON-1", "LON", "PAYROLL", "2015-01-01", null)
                // 2016: 1 of 2 electronic = 50 %; 2017: 3 of 4 = 75 %
                .payslip("a", "2016-06-25", "LON-1", "ELECTRONIC")
                .payslip("b", "2016-06-25", "LON-1", "MANUAL")
                .payslip("c", "2017-06-25", "LON-1", "ELECTRONIC")
                .payslip("d", "2017-06-25", "LON-1", "ELECTRONIC")
                .payslip("e", "2017-06-25", "LON-1", "ELECTRONIC")
                .payslip("f", "2017-06-25", "LON-1", "MANUAL");
    }

    @Test
    void higherIsBetterMeetsATargetItReachesAtFullPrecision() {
        payslipsOf2016And2017();
        core.target("LON_ELECTRONIC_PCT", 2017, 75.0, 75.5).target("LON_ELECTRONIC_PCT", 2016, null, 50.0);

        recomputeAll();

        Record row2017 = tableRow("LON_ELECTRONIC_PCT", 2017);
        assertThat(row2017.get("indicator_name", String.class)).isEqualTo("Andel löner via försystem");
        assertThat(row2017.get("outcome", Double.class)).isCloseTo(75.0, within(EXACT));
        assertThat(row2017.get("previous_year_outcome", Double.class)).isCloseTo(50.0, within(EXACT));
        assertThat(row2017.get("board_target", Double.class)).isEqualTo(75.0);
        assertThat(row2017.get("board_target_met", Boolean.class)).isTrue(); // 75 ≥ 75
        assertThat(row2017.get("council_target_met", Boolean.class)).isFalse(); // 75 < 75.5
        // No gender breakdown: no women's or men's outcome.
        assertThat(row2017.get("outcome_women")).isNull();
        assertThat(row2017.get("outcome_men")).isNull();

        Record row2016 = tableRow("LON_ELECTRONIC_PCT", 2016);
        assertThat(row2016.get("previous_year_outcome")).isNull();
        assertThat(row2016.get("board_target_met")).isNull(); // no board target
        assertThat(row2016.get("council_target_met", Boolean.class)).isTrue(); // 50 ≥ 50
    }

    @Test
    void fullPrecisionDecidesNotTheRoundedFigure() {
        core.unit("LON-1", "LON", "PAYROLL", "2015-01-01", null)
                .payslip("a", "2017-06-25", "LON-1", "ELECTRONIC")
                .payslip("b", "2017-06-25", "LON-1", "MANUAL")
                .payslip("c", "2017-06-25", "LON-1", "MANUAL")
                // 1 / 3 = 33.333… %: rounds to 33.3 but is below 33.34
                .target("LON_ELECTRONIC_PCT", 2017, 33.3, 33.34);

        recomputeAll();

        Record row = tableRow("LON_ELECTRONIC_PCT", 2017);
        assertThat(row.get("board_target_met", Boolean.class)).isTrue();
        assertThat(row.get("council_target_met", Boolean.class)).isFalse();
    }

    @Test
    void lowerIsBetterMeetsATargetItStaysAtOrBelow() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null)
                .staffing("k1", "2017-03", "HR-1", "K", 1980, "1.0", "100")
                .sickDay("k1", "2017-03-06", "2017-03-06", "8");
        colleagues(3, "k", "2017-03", "2017-03", "HR-1", "K", 1980, "1.0", "100");
        colleagues(4, "m", "2017-03", "2017-03", "HR-1", "M", 1980, "1.0", "100");
        // sick leave 8 of 800 h = 1 %; women 8 of 400 = 2 %; men 0 %
        core.target("HR_SICK_LEAVE_PCT", 2017, 1.0, 0.9);

        recompute(3, null, null);

        Record row = tableRow("HR_SICK_LEAVE_PCT", 2017);
        assertThat(row.get("outcome", Double.class)).isCloseTo(1.0, within(EXACT));
        assertThat(row.get("outcome_women", Double.class)).isCloseTo(2.0, within(EXACT));
        assertThat(row.get("outcome_men", Double.class)).isCloseTo(0.0, within(EXACT));
        assertThat(row.get("board_target_met", Boolean.class)).isTrue(); // 1 ≤ 1
        assertThat(row.get("council_target_met", Boolean.class)).isFalse(); // 1 > 0.9
    }

    @Test
    void suppressedGenderOutcomesAreNullAndNeutralIndicatorsGetNoStatus() {
        core.unit("HR-1", "HR", "OTHER", "2016-01-01", null);
        colleagues(11, "k", "2017-01", "2017-01", "HR-1", "K", 1980, "1.0", "100");
        colleagues(2, "m", "2017-01", "2017-01", "HR-1", "M", 1980, "1.0", "100");
        core.target("HR_FTE", 2017, 1.0, 1.0);

        recomputeAll();

        Record row = tableRow("HR_FTE", 2017);
        // 13 employees, one month: 13 FTE-months / 12.
        assertThat(row.get("outcome", Double.class)).isCloseTo(13.0 / 12, within(EXACT));
        assertThat(row.get("outcome_women", Double.class)).isCloseTo(11.0 / 12, within(EXACT));
        assertThat(row.get("outcome_men")).as("2 men: suppressed").isNull();
        // HR_FTE is neither better higher nor lower.
        assertThat(row.get("board_target_met")).isNull();
        assertThat(row.get("council_target_met")).isNull();
    }

    @Test
    void aNullOutcomeGetsNoStatusAndIndicatorsWithoutDataHaveNoRow() {
        core.unit("EKO-1", "EKONOMI", "OTHER", "2016-01-01", null)
                .invoice("i1", "CUSTOMER", "2017-03-01", "EKO-1", "ELECTRONIC")
                .target("EKO_CUST_INV_PER_FTE_MONTH", 2017, 10.0, 10.0);

        recomputeAll();

        // No customer-invoicing FTE-months: 1 / 0 has no value.
        Record row = tableRow("EKO_CUST_INV_PER_FTE_MONTH", 2017);
        assertThat(row.get("outcome")).isNull();
        assertThat(row.get("board_target_met")).isNull();
        assertThat(tableRow("EKO_CUST_INV_COUNT", 2017).get("outcome", Double.class))
                .isEqualTo(1.0);
        // Only the invoice indicators have data: six rows, one per EKO_* code.
        assertThat(((Number) warehouse.dsl().fetchValue("SELECT count(*) FROM report.indicator_table")).longValue())
                .isEqualTo(6);
        assertThat(tableRow("LON_PAYSLIP_COUNT", 2017)).isNull();
    }

    @Test
    void theTableIsRebuiltCompletelyEveryTime() {
        payslipsOf2016And2017();
        recomputeAll();
        warehouse.dsl().execute("DELETE FROM core.payslips WHERE pay_date < DATE '2017-01-01'");

        recomputeAll();

        assertThat(tableRow("LON_ELECTRONIC_PCT", 2016)).isNull();
        assertThat(tableRow("LON_ELECTRONIC_PCT", 2017).get("previous_year_outcome"))
                .isNull();
    }
}
