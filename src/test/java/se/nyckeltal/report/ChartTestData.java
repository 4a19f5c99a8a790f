package se.nyckeltal.report;

import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * Test rows for the report's charts, shared by the HTML and the browser tests: month values of
 * 2016 and 2017 for four indicators, with gaps, suppressed months and targets.
 *
 * <ul>
 * <li>EKO_CUST_INV_COUNT: every month of 2016 (100..210) and 2017 (110..220); no target. An AREA row
 * of 99 999 in May 2017, which the chart (whole administration only) must leave out.</li>
 * <li>KC_AVAILABILITY_PCT: 2017 only, July NULL (no calls: denominator 0); targets 2017 board 90, council 85.</li>
 * <li>HR_FTE: T every month of 2017; K and M suppressed every month (no gender chart).</li>
 * <li>HR_SICK_LEAVE_PCT: T every month of 2016 and 2017; K 2017 with March suppressed; M 2017 all
 * suppressed; targets 2017 board 6.0, council 7.0 (2016: board 5.0, not to be drawn).</li>
 * </ul>
 */
final class ChartTestData {

    /** The columns a test row gives (frozen_at, set only by retention, stays NULL). */
    private static final String COLUMNS =
            "(indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender, value, numerator, denominator, suppressed, suppression)";

    private ChartTestData() {}

    static void insert(DSLContext dsl) {
        for (int m = 1; m <= 12; m++) {
            month(dsl, "EKO_CUST_INV_COUNT", 2016, m, "ALL", "T", 90.0 + 10 * m);
            month(dsl, "EKO_CUST_INV_COUNT", 2017, m, "ALL", "T", 100.0 + 10 * m);
            month(dsl, "KC_AVAILABILITY_PCT", 2017, m, "ALL", "T", m == 7 ? null : 80.0 + m);
            month(dsl, "HR_FTE", 2017, m, "ALL", "T", 20.0 + m / 4.0);
            month(dsl, "HR_FTE", 2017, m, "ALL", "K", null);
            month(dsl, "HR_FTE", 2017, m, "ALL", "M", null);
            month(dsl, "HR_SICK_LEAVE_PCT", 2016, m, "ALL", "T", 5.0 + m / 10.0);
            month(dsl, "HR_SICK_LEAVE_PCT", 2017, m, "ALL", "T", 6.0 + m / 10.0);
            month(dsl, "HR_SICK_LEAVE_PCT", 2017, m, "ALL", "K", m == 3 ? null : 7.0 + m / 10.0);
            month(dsl, "HR_SICK_LEAVE_PCT", 2017, m, "ALL", "M", null);
        }
        month(dsl, "EKO_CUST_INV_COUNT", 2017, 5, "AREA", "T", 99999.0);
        dsl.execute("""
                insert into report.indicator_table values
                 ('EKO_CUST_INV_COUNT', 'Antal kundfakturor', 2017, 1950, NULL, NULL, 1830, NULL, NULL, NULL, NULL),
                 ('KC_AVAILABILITY_PCT', 'Anträffbarhet', 2017, 86, NULL, NULL, NULL, 90, 85, false, true),
                 ('HR_FTE', 'Antal årsarbetare, genomsnitt', 2017, 21.6, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                 ('HR_SICK_LEAVE_PCT', 'Sjukfrånvaro', 2016, 5.65, NULL, NULL, NULL, 5.0, NULL, false, NULL),
                 ('HR_SICK_LEAVE_PCT', 'Sjukfrånvaro', 2017, 6.65, 7.6, NULL, 5.65, 6.0, 7.0, false, true)
                """);
    }

    /**
     * One MONTH row. A null HR value is suppressed (numerator and denominator NULL too); any other
     * null value has a zero denominator.
     */
    private static void month(
            DSLContext dsl, String code, int year, int month, String level, String gender, Double value) {
        LocalDate start = LocalDate.of(year, month, 1);
        boolean suppressed = value == null && code.startsWith("HR_");
        Double zeroOrNull = suppressed ? null : Double.valueOf(0);
        Double numerator = value != null ? value : zeroOrNull;
        Double denominator = value != null ? Double.valueOf(1) : zeroOrNull;
        dsl.execute(
                "insert into report.indicator_values " + COLUMNS + " values (?, 'MONTH', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "CASE WHEN ? THEN 'PRIMARY' END)",
                code,
                String.format("%d-%02d", year, month),
                start,
                start.withDayOfMonth(start.lengthOfMonth()),
                level,
                level.equals("ALL") ? "ALL" : "A1",
                gender,
                value,
                numerator,
                denominator,
                suppressed,
                suppressed);
    }
}
