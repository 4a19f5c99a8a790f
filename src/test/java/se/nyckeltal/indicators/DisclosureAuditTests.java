package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.nyckeltal.warehouse.SqlRunner;

/**
 * The audit of disclosure control (data test {@code disclosure_rule_holds}) is the proof that
 * nothing withheld can be worked out from what is shown: it must pass on every organisation,
 * and fail wherever a shown value gives a group away.
 */
class DisclosureAuditTests extends IndicatorTestSupport {

    @Test
    void theAuditCatchesAWithheldCellMadeVisibleAgain() {
        contractExample();
        recomputeAll();
        assertThat(audit()).isZero();

        // Show the unit's K again (it was withheld to hide the 2 men and the X employee): T − K
        // gives them away.
        showAgain("HR_SICK_LEAVE_PCT", "MONTH", "2017-03", "UNIT", "U", "K");

        assertThat(audit()).isPositive();
    }

    @Test
    void theAuditCatchesOneOfTheThreeNonAgeCodesShownAlone() {
        contractExample();
        recomputeAll();

        // One pattern per cell: the long-term share's denominator is the sick hours of the
        // women, which together with T's would give the men's away.
        showAgain("HR_LONG_TERM_SICK_SHARE_PCT", "MONTH", "2017-03", "ALL", "ALL", "K");

        assertThat(audit()).isPositive();
    }

    @Test
    void theAuditCatchesAPrimaryCellShown() {
        contractExample();
        recomputeAll();

        showAgain("HR_SICK_LEAVE_PCT", "YEAR", "2017", "AREA", "A", "M");

        assertThat(audit()).isPositive();
    }

    /**
     * Generated organisations: areas of units of every size, employees of every gender (X
     * too), some without a birth year, some in units unknown to {@code units}, some moving
     * between units and a unit changing area, over 15 months (so there are rolling years).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void onGeneratedOrganisationsTheRuleHoldsAndTheAdministrationsTotalIsShown(long seed) {
        new GeneratedOrganisation(core, new Random(seed)).writeAll();

        recomputeAll();

        assertThat(dataQuality("disclosure_rule_holds")).as("seed %d", seed).containsExactly("0 PASS");
        long administrationTotalsWithheld = ((Number) warehouse.dsl().fetchValue("""
                SELECT count(*) FROM report.indicator_values
                WHERE indicator_code IN ('HR_SICK_LEAVE_PCT', 'HR_SICK_LEAVE_DAY1_14_PCT', 'HR_LONG_TERM_SICK_SHARE_PCT')
                  AND org_level = 'ALL' AND gender = 'T' AND suppressed""")).longValue();
        assertThat(administrationTotalsWithheld).as("seed %d", seed).isZero();
        long complementary = ((Number) warehouse
                        .dsl()
                        .fetchValue("SELECT count(*) FROM report.indicator_values WHERE suppression = 'COMPLEMENTARY'"))
                .longValue();
        assertThat(complementary)
                .as("seed %d: the organisation needs complementary suppression", seed)
                .isPositive();
    }

    /** 14 women, 2 men, 1 X in unit U of area A, March 2017 (INDICATORS.md's example). */
    private void contractExample() {
        core.unit("U", "A", "OTHER", "2016-01-01", null);
        colleagues(14, "k", "2017-03", "2017-03", "U", "K", 1980, "1.0", "160");
        colleagues(2, "m", "2017-03", "2017-03", "U", "M", 1980, "1.0", "160");
        colleagues(1, "x", "2017-03", "2017-03", "U", "X", 1980, "1.0", "160");
        core.sickDay("m-1", "2017-03-06", "2017-03-06", "8");
    }

    /** Plants a breach: the row shown with its values from before disclosure control. */
    private void showAgain(
            String code, String periodType, String period, String orgLevel, String orgCode, String gender) {
        int changed = warehouse.dsl().execute("""
                UPDATE report.indicator_values AS v
                SET value = h.value, numerator = h.numerator, denominator = h.denominator,
                    suppressed = false, suppression = NULL
                FROM core.hr_indicator_value AS h
                WHERE h.indicator_code = v.indicator_code AND h.period_type = v.period_type
                  AND h.period = v.period AND h.org_level = v.org_level AND h.org_code = v.org_code
                  AND h.gender = v.gender
                  AND v.indicator_code = ? AND v.period_type = ? AND v.period = ? AND v.org_level = ?
                  AND v.org_code = ? AND v.gender = ? AND v.suppressed""", code, periodType, period, orgLevel, orgCode, gender);
        assertThat(changed).as("the planted row was withheld").isEqualTo(1);
    }

    /** Runs the data tests alone on the stored values and returns the audit's failing count. */
    private long audit() {
        return warehouse
                .dsl()
                .transactionResult(configuration -> configuration.dsl().connectionResult(connection -> {
                    DataTestResult audit = new DataTests()
                            .run(new SqlRunner(connection), LocalDateTime.now().truncatedTo(ChronoUnit.MICROS)).stream()
                                    .filter(result -> result.checkName().equals("disclosure_rule_holds"))
                                    .findFirst()
                                    .orElseThrow();
                    return audit.failingCount();
                }));
    }
}
