package se.nyckeltal.sample;

import java.io.IOException;
import java.util.List;

/**
 * {@code targets/targets.csv}: board and council targets for each year of the period, chosen so
 * that the sample's outcomes (see {@link ReportFigures}) meet some and miss others.
 */
final class TargetsExtract {

    /** Targets in tenths; {@code null} = not set. "first" applies to the period's first year, "later" to the rest. */
    private record Target(
            String indicator, Integer firstBoard, Integer firstCouncil, Integer laterBoard, Integer laterCouncil) {}

    private static final List<Target> TARGETS = List.of(
            new Target("EKO_CUST_INV_PER_FTE_MONTH", 50_000, null, 50_000, null),
            new Target("EKO_SUPP_INV_PER_FTE_MONTH", 35_000, null, 38_000, null),
            new Target("EKO_CUST_INV_ELECTRONIC_PCT", 800, 750, 850, 800),
            new Target("EKO_SUPP_INV_ELECTRONIC_PCT", 900, null, 920, 900),
            new Target("LON_PAYSLIPS_PER_FTE_MONTH", 10_000, 9_500, 10_000, 9_500),
            new Target("LON_ELECTRONIC_PCT", 850, null, 850, null),
            new Target("KC_ANSWERED_60S_PCT", 650, 600, 700, 650),
            new Target("KC_AVAILABILITY_PCT", 900, 850, 900, 850),
            new Target("KC_FIRST_CONTACT_RESOLUTION_PCT", 850, null, 850, null),
            new Target("HR_SICK_LEAVE_PCT", 65, 60, 60, 60),
            new Target("HR_SICK_LEAVE_DAY1_14_PCT", null, 25, null, 25),
            new Target("HR_LONG_TERM_SICK_SHARE_PCT", 450, null, 400, null));

    private TargetsExtract() {}

    static void write(SamplePeriod period, WrittenFiles files) throws IOException {
        int firstYear = period.first().month().getYear();
        int lastYear = period.last().month().getYear();
        files.write(SampleExtract.TARGETS, "targets.csv", out -> {
            for (int year = firstYear; year <= lastYear; year++) {
                for (Target target : TARGETS) {
                    boolean first = year == firstYear;
                    out.text(target.indicator()).integer(year);
                    tenths(out, first ? target.firstBoard() : target.laterBoard());
                    tenths(out, first ? target.firstCouncil() : target.laterCouncil());
                    out.endRow();
                }
            }
        });
    }

    private static void tenths(SwedishCsvWriter out, Integer value) {
        if (value == null) {
            out.empty();
        } else {
            out.decimal(value, 1);
        }
    }
}
