package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Disclosure control on hand-made staffing (docs/indicators.md, "Disclosure control"): primary
 * suppression of groups of ten or fewer, complementary suppression so that nothing withheld can
 * be worked out from what is shown, and the audit that checks the latter.
 */
class DisclosureControlTests extends IndicatorTestSupport {

    /** The codes with rows for U10 and U11 (everyone is a woman of 37). */
    private static final List<String> HR_CODES = List.of(
            "HR_FTE",
            "HR_SICK_LEAVE_PCT",
            "HR_SICK_LEAVE_DAY1_14_PCT",
            "HR_LONG_TERM_SICK_SHARE_PCT",
            "HR_SICK_LEAVE_AGE_30_49_PCT");

    /** The three sick-leave codes with a gender breakdown: one pattern per cell. */
    private static final List<String> SICK_LEAVE_CODES =
            List.of("HR_SICK_LEAVE_PCT", "HR_SICK_LEAVE_DAY1_14_PCT", "HR_LONG_TERM_SICK_SHARE_PCT");

    @Test
    void workedExample5TenEmployeesAreSuppressedElevenAreShown() {
        // U10 beside U12 in area A, U11 beside U30 in area B: U10's complement is U12, not U11
        core.unit("U10", "A", "OTHER", "2016-01-01", null)
                .unit("U12", "A", "OTHER", "2016-01-01", null)
                .unit("U11", "B", "OTHER", "2016-01-01", null)
                .unit("U30", "B", "OTHER", "2016-01-01", null);
        colleagues(10, "ten", "2017-01", "2017-12", "U10", "K", 1980, "1.0", "160");
        colleagues(12, "twelve", "2017-01", "2017-12", "U12", "K", 1980, "1.0", "160");
        colleagues(30, "thirty", "2017-01", "2017-12", "U30", "K", 1980, "1.0", "160");
        colleagues(10, "eleven", "2017-01", "2017-12", "U11", "K", 1980, "1.0", "160");
        // the eleventh employee of U11 has no staffing row in June
        core.staffingMonths("eleven-11", "2017-01", "2017-05", "U11", "K", 1980, "1.0", "160")
                .staffingMonths("eleven-11", "2017-07", "2017-12", "U11", "K", 1980, "1.0", "160");

        recomputeAll();

        for (String code : HR_CODES) {
            assertSuppressed(values.row(code, "YEAR", "2017", "UNIT", "U10", "T"));
            assertThat(values.suppression(code, "YEAR", "2017", "UNIT", "U10", "T"))
                    .as(code)
                    .isEqualTo("PRIMARY");
            assertSuppressed(values.row(code, "R12", "2017-12", "UNIT", "U10", "T"));
            // June: only 10 of the 11 have staffing rows.
            assertSuppressed(values.row(code, "MONTH", "2017-06", "UNIT", "U11", "T"));
            assertThat(values.suppression(code, "MONTH", "2017-06", "UNIT", "U11", "T"))
                    .as(code)
                    .isEqualTo("PRIMARY");
        }
        // HR_FTE has primary suppression only: U11's year and its other months are shown.
        assertRow(values.row("HR_FTE", "YEAR", "2017", "UNIT", "U11", "T"), 131.0 / 12, 131.0, 12.0);
        assertThat(values.row("HR_FTE", "MONTH", "2017-05", "UNIT", "U11", "T").suppressed())
                .isFalse();
        // For the sick-leave codes the year minus its shown months would give June away:
        // another month of 2017, or the year itself, is withheld too.
        long withheldWithJune = ((Number) warehouse.dsl().fetchValue("""
                SELECT count(*) FROM report.indicator_values
                WHERE indicator_code = 'HR_SICK_LEAVE_PCT' AND org_level = 'UNIT' AND org_code = 'U11'
                  AND gender = 'T' AND suppression = 'COMPLEMENTARY'
                  AND (period_type = 'YEAR' OR (period_type = 'MONTH' AND period LIKE '2017-%'))""")).longValue();
        assertThat(withheldWithJune).isPositive();
        // U10's complement in area A is U12, so U11 (in B) keeps its year.
        assertThat(values.suppression("HR_SICK_LEAVE_PCT", "YEAR", "2017", "UNIT", "U12", "T"))
                .isEqualTo("COMPLEMENTARY");
        assertThat(values.row("HR_SICK_LEAVE_PCT", "YEAR", "2017", "UNIT", "U11", "T")
                        .suppressed())
                .isFalse();
        assertThat(dataQuality("disclosure_rule_holds")).containsExactly("0 PASS");
    }

    /** INDICATORS.md: in March a unit has 14 women, 2 men and 1 employee of gender X. */
    @Test
    void theContractsExampleWithholdsTheWomenWhereTheMenAreFew() {
        core.unit("U", "A", "OTHER", "2016-01-01", null);
        colleagues(14, "k", "2017-03", "2017-03", "U", "K", 1980, "1.0", "160");
        colleagues(2, "m", "2017-03", "2017-03", "U", "M", 1980, "1.0", "160");
        colleagues(1, "x", "2017-03", "2017-03", "U", "X", 1980, "1.0", "160");
        core.sickDay("m-1", "2017-03-06", "2017-03-06", "8");

        recomputeAll();

        // The unit is its area and the whole administration: the same cells at every level,
        // and March is the whole of 2017.
        for (String[] cell :
                List.of(new String[] {"ALL", "ALL"}, new String[] {"AREA", "A"}, new String[] {"UNIT", "U"})) {
            for (String[] period : List.of(new String[] {"MONTH", "2017-03"}, new String[] {"YEAR", "2017"})) {
                for (String code : SICK_LEAVE_CODES) {
                    String where = code + " " + String.join(" ", period) + " " + String.join(" ", cell);
                    // M (2) is primary; T − K would give the 2 men and the X employee away, so K goes:
                    // K (14) is smaller than T (17), and ALL/T is never withheld anyway.
                    assertThat(values.suppression(code, period[0], period[1], cell[0], cell[1], "M"))
                            .as(where)
                            .isEqualTo("PRIMARY");
                    assertThat(values.suppression(code, period[0], period[1], cell[0], cell[1], "K"))
                            .as(where)
                            .isEqualTo("COMPLEMENTARY");
                    assertThat(values.row(code, period[0], period[1], cell[0], cell[1], "T")
                                    .suppressed())
                            .as(where)
                            .isFalse();
                }
                // the 17 employees are all 30-49: the age group is T itself
                assertThat(values.row("HR_SICK_LEAVE_AGE_30_49_PCT", period[0], period[1], cell[0], cell[1], "T")
                                .suppressed())
                        .isFalse();
                // FTE is not health data: the 14 women are shown, the 2 men are not
                assertThat(values.row("HR_FTE", period[0], period[1], cell[0], cell[1], "K")
                                .suppressed())
                        .isFalse();
                assertThat(values.suppression("HR_FTE", period[0], period[1], cell[0], cell[1], "M"))
                        .isEqualTo("PRIMARY");
            }
        }
        // 8 sick hours of 17 × 160 scheduled
        assertRow(values.all("HR_SICK_LEAVE_PCT", "MONTH", "2017-03"), 8.0 / 2720 * 100, 8.0, 2720.0);
        assertThat(dataQuality("disclosure_rule_holds")).containsExactly("0 PASS");
    }

    @Test
    void employeesWithoutABirthYearAreATermOfTheAgeRelation() {
        core.unit("U", "A", "OTHER", "2016-01-01", null);
        colleagues(12, "young", "2017-03", "2017-03", "U", "K", 1990, "1.0", "160");
        colleagues(13, "middle", "2017-03", "2017-03", "U", "K", 1980, "1.0", "160");
        colleagues(3, "old", "2017-03", "2017-03", "U", "K", 1960, "1.0", "160");
        colleagues(2, "unborn", "2017-03", "2017-03", "U", "K", null, "1.0", "160");

        recomputeAll();

        // T (30) minus the shown age groups would give the 3 over 50 and the 2 without a birth
        // year away: the smallest age group that covers enough, 29 or younger (12), goes.
        for (String[] cell :
                List.of(new String[] {"ALL", "ALL"}, new String[] {"AREA", "A"}, new String[] {"UNIT", "U"})) {
            String where = String.join(" ", cell);
            assertThat(values.suppression("HR_SICK_LEAVE_AGE_50_PCT", "MONTH", "2017-03", cell[0], cell[1], "T"))
                    .as(where)
                    .isEqualTo("PRIMARY");
            assertThat(values.suppression("HR_SICK_LEAVE_AGE_29_PCT", "MONTH", "2017-03", cell[0], cell[1], "T"))
                    .as(where)
                    .isEqualTo("COMPLEMENTARY");
            assertThat(values.row("HR_SICK_LEAVE_AGE_30_49_PCT", "MONTH", "2017-03", cell[0], cell[1], "T")
                            .suppressed())
                    .as(where)
                    .isFalse();
            assertThat(values.row("HR_SICK_LEAVE_PCT", "MONTH", "2017-03", cell[0], cell[1], "T")
                            .suppressed())
                    .as(where)
                    .isFalse();
        }
        assertThat(dataQuality("disclosure_rule_holds")).containsExactly("0 PASS");
    }

    @Test
    void anAreaWithOneSmallUnitLosesItsSmallestNeighbour() {
        core.unit("U1", "A", "OTHER", "2016-01-01", null)
                .unit("U2", "A", "OTHER", "2016-01-01", null)
                .unit("U3", "A", "OTHER", "2016-01-01", null);
        colleagues(5, "one", "2017-03", "2017-03", "U1", "K", 1980, "1.0", "160");
        colleagues(12, "two", "2017-03", "2017-03", "U2", "K", 1980, "1.0", "160");
        colleagues(15, "three", "2017-03", "2017-03", "U3", "K", 1980, "1.0", "160");

        recomputeAll();

        // the area minus U2 and U3 would give U1 (5) away: U2 (12, enough with U1) goes, not U3 (15)
        for (String code : List.of(
                "HR_SICK_LEAVE_PCT",
                "HR_SICK_LEAVE_DAY1_14_PCT",
                "HR_LONG_TERM_SICK_SHARE_PCT",
                "HR_SICK_LEAVE_AGE_30_49_PCT")) {
            for (String[] period : List.of(new String[] {"MONTH", "2017-03"}, new String[] {"YEAR", "2017"})) {
                String where = code + " " + period[1];
                assertThat(values.suppression(code, period[0], period[1], "UNIT", "U1", "T"))
                        .as(where)
                        .isEqualTo("PRIMARY");
                assertThat(values.suppression(code, period[0], period[1], "UNIT", "U2", "T"))
                        .as(where)
                        .isEqualTo("COMPLEMENTARY");
                assertThat(values.row(code, period[0], period[1], "UNIT", "U3", "T")
                                .suppressed())
                        .as(where)
                        .isFalse();
                assertThat(values.row(code, period[0], period[1], "AREA", "A", "T")
                                .suppressed())
                        .as(where)
                        .isFalse();
            }
        }
        // FTE keeps primary suppression only
        assertRow(values.row("HR_FTE", "MONTH", "2017-03", "UNIT", "U2", "T"), 12.0, 12.0, 1.0);
        assertThat(dataQuality("disclosure_rule_holds")).containsExactly("0 PASS");
    }

    @Test
    void aUnitThatChangedAreaBreaksTheAreaRelationOfThatYearOnly() {
        // R belongs to area A until June and to B from July
        core.unit("R", "A", "OTHER", "2016-01-01", "2017-06-30")
                .unit("R", "B", "OTHER", "2017-07-01", null)
                .unit("SA", "A", "OTHER", "2016-01-01", null)
                .unit("SB", "B", "OTHER", "2016-01-01", null);
        colleagues(12, "r", "2016-01", "2017-12", "R", "K", 1980, "1.0", "160");
        colleagues(15, "a", "2016-01", "2017-12", "SA", "K", 1980, "1.0", "160");
        colleagues(20, "b", "2016-01", "2017-12", "SB", "K", 1980, "1.0", "160");

        recomputeAll();

        // A year or R12 that R spent in two areas has no relation "area = its units" for A or B;
        // every month has one, and so has 2016.
        Map<String, Long> areaRelations =
                warehouse.dsl().fetch("""
                SELECT concat_ws(' ', split_part(relation_key, '|', 2), split_part(relation_key, '|', 3),
                                 split_part(relation_key, '|', 5)) AS area_relation,
                       count(*) FILTER (WHERE NOT is_total) AS units
                FROM report.disclosure_relation_of('report.disclosure_node')
                WHERE relation = 'org' AND relation_key LIKE 'org|%|AREA|%|T'
                GROUP BY ALL""").intoMap(r -> r.get(0, String.class), r -> r.get(1, Long.class));
        assertThat(areaRelations)
                .containsEntry("YEAR 2016 A", 2L)
                .containsEntry("YEAR 2016 B", 1L)
                .containsEntry("MONTH 2017-06 A", 2L)
                .containsEntry("MONTH 2017-07 B", 2L)
                .containsEntry("R12 2016-12 A", 2L)
                .containsEntry("R12 2017-06 A", 2L)
                .doesNotContainKeys("YEAR 2017 A", "YEAR 2017 B", "R12 2017-07 A", "R12 2017-12 B");
        assertThat(dataQuality("disclosure_rule_holds")).containsExactly("0 PASS");
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
