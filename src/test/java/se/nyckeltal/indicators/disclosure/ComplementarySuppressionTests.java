package se.nyckeltal.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyckeltal.indicators.disclosure.Suppression.COMPLEMENTARY;
import static se.nyckeltal.indicators.disclosure.Suppression.PRIMARY;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The pattern on small hand-made problems (limit 10). Each cell lists its employees by number,
 * so every population and every sum's coverage can be checked by hand.
 */
class ComplementarySuppressionTests {

    private final DisclosureProblem problem = new DisclosureProblem();
    private final ComplementarySuppression suppression = new ComplementarySuppression(10);

    /** INDICATORS.md's example: 14 women, 2 men and 1 employee of gender X in a unit in March. */
    @Test
    void workedExampleWithholdsTheWomenNotTheTotal() {
        int t = unitCell("MONTH", "2017-03", "U", "T", range(1, 17));
        int k = unitCell("MONTH", "2017-03", "U", "K", range(1, 14));
        int m = unitCell("MONTH", "2017-03", "U", "M", range(15, 16));
        int x = hidden("MONTH", "2017-03", "U", "X", range(17, 17));
        problem.relate(t, List.of(k, m, x));

        ComplementarySuppression.Result result = suppression.suppress(problem);

        // M (2) is primary; T − K would give M + X (3 employees) away: K (14) goes, being smaller than T (17).
        assertThat(result.pattern()[m]).isEqualTo(PRIMARY);
        assertThat(result.pattern()[k]).isEqualTo(COMPLEMENTARY);
        assertThat(result.pattern()[t]).isNull();
        assertThat(result.unresolved()).isZero();
    }

    @Test
    void oneEmployeeOfGenderXIsNotGivenAwayByTMinusKMinusM() {
        int t = unitCell("MONTH", "2017-03", "U", "T", range(1, 25));
        int k = unitCell("MONTH", "2017-03", "U", "K", range(1, 12));
        int m = unitCell("MONTH", "2017-03", "U", "M", range(13, 24));
        int x = hidden("MONTH", "2017-03", "U", "X", range(25, 25));
        problem.relate(t, List.of(k, m, x));

        ComplementarySuppression.Result result = suppression.suppress(problem);

        // K and M are both 12; K comes first. T − M then gives K + X: 13 employees.
        assertThat(result.pattern()[k]).isEqualTo(COMPLEMENTARY);
        assertThat(result.pattern()[m]).isNull();
        assertThat(result.pattern()[t]).isNull();
        assertThat(result.pattern()[x]).isNull();
    }

    @Test
    void aMonthOfTenForcesASecondMonthNotTheYear() {
        List<Integer> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            // employee 11 has no staffing row in June
            int[] employees = month == 6 ? range(1, 10) : range(1, 11);
            months.add(unitCell("MONTH", "2017-%02d".formatted(month), "U", "T", employees));
        }
        int year = unitCell("YEAR", "2017", "U", "T", range(1, 11));
        problem.relate(year, months);

        ComplementarySuppression.Result result = suppression.suppress(problem);

        assertThat(result.pattern()[months.get(5)]).isEqualTo(PRIMARY);
        // every other month and the year cover 11: a month before its year, the first one first
        assertThat(result.pattern()[months.get(0)]).isEqualTo(COMPLEMENTARY);
        assertThat(IntStream.range(1, 12).filter(i -> i != 5).mapToObj(i -> result.pattern()[months.get(i)]))
                .containsOnlyNulls();
        assertThat(result.pattern()[year]).isNull();
    }

    @Test
    void anAreaWithOneSmallUnitLosesItsSmallestNeighbourThatCoversEnough() {
        int area = cell("MONTH", "2017-03", "AREA", "A", "T", range(1, 32));
        int small = unitCell("MONTH", "2017-03", "U1", "T", range(1, 5));
        int middle = unitCell("MONTH", "2017-03", "U2", "T", range(6, 17));
        int large = unitCell("MONTH", "2017-03", "U3", "T", range(18, 32));
        problem.relate(area, List.of(small, middle, large));

        ComplementarySuppression.Result result = suppression.suppress(problem);

        assertThat(result.pattern()[small]).isEqualTo(PRIMARY);
        assertThat(result.pattern()[middle]).isEqualTo(COMPLEMENTARY);
        assertThat(result.pattern()[large]).isNull();
        assertThat(result.pattern()[area]).isNull();
    }

    @Test
    void aNeighbourTooSmallToCoverIsPassedOverForOneThatCovers() {
        int area = cell("MONTH", "2017-03", "AREA", "A", "T", range(1, 40));
        int small = unitCell("MONTH", "2017-03", "U1", "T", range(1, 4));
        int alsoSmall = unitCell("MONTH", "2017-03", "U2", "T", range(5, 9));
        int enough = unitCell("MONTH", "2017-03", "U3", "T", range(10, 21));
        int large = unitCell("MONTH", "2017-03", "U4", "T", range(22, 40));
        problem.relate(area, List.of(small, alsoSmall, enough, large));

        ComplementarySuppression.Result result = suppression.suppress(problem);

        // U1 and U2 (4 + 5 = 9 employees) are both primary and cover too few together: U3 (12) goes too.
        assertThat(result.pattern()[small]).isEqualTo(PRIMARY);
        assertThat(result.pattern()[alsoSmall]).isEqualTo(PRIMARY);
        assertThat(result.pattern()[enough]).isEqualTo(COMPLEMENTARY);
        assertThat(result.pattern()[large]).isNull();
    }

    @Test
    void employeesWithoutABirthYearAreATermOfTheAgeRelation() {
        int t = unitCell("MONTH", "2017-03", "U", "T", range(1, 30));
        int young = unitCell("MONTH", "2017-03", "U", "29_OR_YOUNGER", range(1, 12));
        int middle = unitCell("MONTH", "2017-03", "U", "30_49", range(13, 25));
        int old = unitCell("MONTH", "2017-03", "U", "50_OR_OLDER", range(26, 28));
        int noBirthYear = hidden("MONTH", "2017-03", "U", "NO_BIRTH_YEAR", range(29, 30));
        problem.relate(t, List.of(young, middle, old, noBirthYear));

        ComplementarySuppression.Result result = suppression.suppress(problem);

        // T − the shown age groups would give the 3 over 50 and the 2 without a birth year away
        assertThat(result.pattern()[old]).isEqualTo(PRIMARY);
        assertThat(result.pattern()[young]).isEqualTo(COMPLEMENTARY);
        assertThat(result.pattern()[middle]).isNull();
        assertThat(result.pattern()[t]).isNull();
    }

    @Test
    void aCellThatAnotherRelationGivesStraightBackIsPassedOver() {
        // Withholding the unit's K would hide nothing: the area's K minus the other unit's K
        // gives it back, and with it T − K = M. The unit's T goes instead, though larger.
        int unitT = unitCell("MONTH", "2017-03", "U", "T", range(1, 17));
        int unitK = unitCell("MONTH", "2017-03", "U", "K", range(1, 14));
        int unitM = unitCell("MONTH", "2017-03", "U", "M", range(15, 17));
        int otherK = unitCell("MONTH", "2017-03", "V", "K", range(18, 40));
        int areaK = cell("MONTH", "2017-03", "AREA", "A", "K", concat(range(1, 14), range(18, 40)));
        problem.relate(unitT, List.of(unitK, unitM));
        problem.relate(areaK, List.of(unitK, otherK));

        ComplementarySuppression.Result result = suppression.suppress(problem);

        assertThat(result.pattern()[unitM]).isEqualTo(PRIMARY);
        assertThat(result.pattern()[unitT]).isEqualTo(COMPLEMENTARY);
        assertThat(result.pattern()[unitK]).isNull();
        assertThat(result.pattern()[otherK]).isNull();
        assertThat(result.pattern()[areaK]).isNull();
        assertThat(result.passes()).isEqualTo(2);
        assertThat(result.unresolved()).isZero();
    }

    @Test
    void aCellThatNoOtherRelationGivesBackIsPreferredEvenIfLarger() {
        // Unit U has 10 employees in June and 11 in the other months; V has 30 throughout; the
        // area is U + V. June's U is worked out from the area (minus V) and from U's year
        // (minus the other months). V's June and U's other months are each given straight back
        // by another relation (V's year, the area of that month); June's area and U's year are not.
        List<Integer> unitMonths = new ArrayList<>();
        List<Integer> otherMonths = new ArrayList<>();
        List<Integer> areaMonths = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            String period = "2017-%02d".formatted(month);
            int[] unitEmployees = month == 6 ? range(1, 10) : range(1, 11);
            int u = unitCell("MONTH", period, "U", "T", unitEmployees);
            int v = unitCell("MONTH", period, "V", "T", range(101, 130));
            int area = cell("MONTH", period, "AREA", "A", "T", concat(unitEmployees, range(101, 130)));
            problem.relate(area, List.of(u, v));
            unitMonths.add(u);
            otherMonths.add(v);
            areaMonths.add(area);
        }
        int unitYear = unitCell("YEAR", "2017", "U", "T", range(1, 11));
        problem.relate(unitYear, unitMonths);
        problem.relate(unitCell("YEAR", "2017", "V", "T", range(101, 130)), otherMonths);

        ComplementarySuppression.Result result = suppression.suppress(problem);

        assertThat(result.pattern()[unitMonths.get(5)]).isEqualTo(PRIMARY);
        assertThat(result.pattern()[areaMonths.get(5)]).isEqualTo(COMPLEMENTARY);
        assertThat(result.pattern()[unitYear]).isEqualTo(COMPLEMENTARY);
        assertThat(result.count(COMPLEMENTARY)).isEqualTo(2);
        assertThat(result.unresolved()).isZero();
    }

    @Test
    void theAdministrationsTotalIsNeverWithheldEvenWhenNothingElseCanSettleABreach() {
        List<Integer> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int[] employees = month == 6 ? range(1, 10) : range(1, 11);
            months.add(cell("MONTH", "2017-%02d".formatted(month), "ALL", "ALL", "T", employees));
        }
        int year = cell("YEAR", "2017", "ALL", "ALL", "T", range(1, 11));
        problem.relate(year, months);

        ComplementarySuppression.Result result = suppression.suppress(problem);

        assertThat(result.pattern()[months.get(5)]).isEqualTo(PRIMARY);
        assertThat(result.pattern()).doesNotContain(COMPLEMENTARY);
        assertThat(result.unresolved()).isEqualTo(1);
    }

    private int unitCell(String periodType, String period, String unit, String group, int[] employees) {
        return cell(periodType, period, "UNIT", unit, group, employees);
    }

    private int cell(String periodType, String period, String orgLevel, String orgCode, String group, int[] employees) {
        return problem.add(Cell.of(periodType, period, orgLevel, orgCode, group, employees.length, employees, true));
    }

    private int hidden(String periodType, String period, String unit, String group, int[] employees) {
        return problem.add(Cell.of(periodType, period, "UNIT", unit, group, employees.length, employees, false));
    }

    private static int[] range(int first, int last) {
        return IntStream.rangeClosed(first, last).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        return IntStream.concat(IntStream.of(a), IntStream.of(b)).toArray();
    }
}
