package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
        new GeneratedOrganisation(core, new Random(seed)).write();

        recomputeAll();

        assertThat(dataQuality("disclosure_rule_holds")).as("seed %d", seed).containsExactly("0 PASS");
        long administrationTotalsWithheld = ((Number) warehouse.dsl().fetchValue("""
                SELECT count(*) FROM report.indicator_values
                WHERE indicator_code IN ('HR_SICK_LEAVE_PCT', 'HR_SICK_LEAVE_DAY1_14_PCT', 'HR_LONG_TERM_SICK_SHARE_PCT')
                  AND org_level = 'ALL' AND gender = 'T' AND suppressed""")).longValue();
        assertThat(administrationTotalsWithheld).as("seed %d", seed).isZero();
        long complementary = ((Number) warehouse.dsl().fetchValue(
                "SELECT count(*) FROM report.indicator_values WHERE suppression = 'COMPLEMENTARY'")).longValue();
        assertThat(complementary).as("seed %d: the organisation needs complementary suppression", seed).isPositive();
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
    private void showAgain(String code, String periodType, String period, String orgLevel, String orgCode,
            String gender) {
        int changed = warehouse.dsl().execute("""
                UPDATE report.indicator_values AS v
                SET value = h.value, numerator = h.numerator, denominator = h.denominator,
                    suppressed = false, suppression = NULL
                FROM core.hr_indicator_value AS h
                WHERE h.indicator_code = v.indicator_code AND h.period_type = v.period_type
                  AND h.period = v.period AND h.org_level = v.org_level AND h.org_code = v.org_code
                  AND h.gender = v.gender
                  AND v.indicator_code = ? AND v.period_type = ? AND v.period = ? AND v.org_level = ?
                  AND v.org_code = ? AND v.gender = ? AND v.suppressed""",
                code, periodType, period, orgLevel, orgCode, gender);
        assertThat(changed).as("the planted row was withheld").isEqualTo(1);
    }

    /** Runs the data tests alone on the stored values and returns the audit's failing count. */
    private long audit() {
        return warehouse.dsl().transactionResult(configuration -> configuration.dsl().connectionResult(connection -> {
            DataTestResult audit = new DataTests()
                    .run(new DuckDbSession(connection), LocalDateTime.now().truncatedTo(ChronoUnit.MICROS))
                    .stream().filter(result -> result.checkName().equals("disclosure_rule_holds")).findFirst()
                    .orElseThrow();
            return audit.failingCount();
        }));
    }

    /** A random organisation written into core, from a seed. */
    private static final class GeneratedOrganisation {

        private static final YearMonth FIRST = YearMonth.of(2016, 10);
        private static final int MONTHS = 15;

        private final CoreRows core;
        private final Random random;

        GeneratedOrganisation(CoreRows core, Random random) {
            this.core = core;
            this.random = random;
        }

        void write() {
            int areas = 2 + random.nextInt(3);
            int units = areas + 2 + random.nextInt(6);
            for (int u = 0; u < units; u++) {
                String area = "AREA-" + (u % areas);
                if (u == 0) {
                    // a reorganisation: unit 0 moves to the next area in the middle of the data
                    core.unit("UNIT-0", area, "OTHER", "2016-01-01", "2017-03-31")
                        .unit("UNIT-0", "AREA-" + (1 % areas), "OTHER", "2017-04-01", null);
                } else {
                    core.unit("UNIT-" + u, area, "OTHER", "2016-01-01", null);
                }
            }
            int employees = 60 + random.nextInt(80);
            for (int e = 0; e < employees; e++) {
                writeEmployee("E" + e, units);
            }
        }

        private void writeEmployee(String employee, int units) {
            // unit sizes from 1 to about 30: small units are the point
            String unit = random.nextInt(25) == 0 ? "UNKNOWN-1" : "UNIT-" + (int) (units * Math.pow(random.nextDouble(), 1.6));
            String gender = List.of("K", "K", "K", "M", "M", "X").get(random.nextInt(6));
            Integer birthYear = random.nextInt(15) == 0 ? null : 1955 + random.nextInt(45);
            int start = random.nextInt(4) == 0 ? random.nextInt(MONTHS) : 0;
            int end = random.nextInt(4) == 0 ? start + random.nextInt(MONTHS - start) : MONTHS - 1;
            for (int m = start; m <= end; m++) {
                YearMonth month = FIRST.plusMonths(m);
                if (random.nextInt(30) == 0) {
                    unit = "UNIT-" + random.nextInt(units);
                }
                core.staffing(employee, month.toString(), unit, gender, birthYear, "1.0", "160");
                if (random.nextInt(6) == 0) {
                    String day = month.atDay(2 + random.nextInt(20)).toString();
                    core.sickDay(employee, day, day, String.valueOf(1 + random.nextInt(8)));
                }
            }
        }
    }
}
