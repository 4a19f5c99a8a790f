package se.nyckeltal.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL models under {@code sql/} that compute an indicator: the one place that knows their
 * paths. The period sums of the indicator's extract (and the FTE-months of a per-FTE value), then
 * the model that turns every numerator and denominator into a value.
 */
final class IndicatorModelFiles {

    private static final String VALUES = "sql/report/indicator_values_of.sql";
    private static final String FTE_MONTHS = "sql/report/fte_period_sum.sql";

    private IndicatorModelFiles() {}

    static List<String> of(String indicatorCode) {
        List<String> files = new ArrayList<>();
        files.add(periodSumOf(indicatorCode));
        if (indicatorCode.endsWith("_PER_FTE_MONTH")) {
            files.add(FTE_MONTHS);
        }
        files.add(VALUES);
        return files;
    }

    private static String periodSumOf(String indicatorCode) {
        String prefix = indicatorCode.substring(0, indicatorCode.indexOf('_'));
        return switch (prefix) {
            case "EKO" -> "sql/report/invoice_period_sum.sql";
            case "LON" -> "sql/report/payslip_period_sum.sql";
            case "KC" -> "sql/report/contact_period_sum.sql";
            case "HR" -> "sql/report/staffing_period_sum.sql";
            default -> throw new IllegalArgumentException("No SQL model known for " + indicatorCode);
        };
    }
}
