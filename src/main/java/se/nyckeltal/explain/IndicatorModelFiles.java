package se.nyckeltal.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL models under {@code sql/} that compute an indicator: the one place that knows their
 * paths. The period sums of the indicator's extract (and the FTE-months of a per-FTE value), then
 * the model that turns every numerator and denominator into a value.
 */
final class IndicatorModelFiles {

    private static final String VALUES = "sql/models/report/indicator_values_of.sql";
    private static final String FTE_MONTHS = "sql/models/report/fte_period_sum.sql";

    private IndicatorModelFiles() {}

    static List<String> of(String indicatorCode) {
        List<String> files = new ArrayList<>();
        files.addAll(periodSumsOf(indicatorCode));
        if (indicatorCode.endsWith("_PER_FTE_MONTH")) {
            files.add(FTE_MONTHS);
        }
        files.add(VALUES);
        return files;
    }

    /** The extract's sums per period and organisation, then the domain's numerators and denominators. */
    private static List<String> periodSumsOf(String indicatorCode) {
        String prefix = indicatorCode.substring(0, indicatorCode.indexOf('_'));
        return switch (prefix) {
            case "EKO" -> models("invoice_period_sum", "finance_indicator_period_sum");
            case "LON" -> models("payslip_period_sum", "payroll_indicator_period_sum");
            case "KC" -> models("contact_period_sum", "contact_indicator_period_sum");
            case "HR" -> models("staffing_period_sum", "hr_indicator_period_sum");
            default -> throw new IllegalArgumentException("No SQL model known for " + indicatorCode);
        };
    }

    private static List<String> models(String... names) {
        return java.util.Arrays.stream(names)
                .map(name -> "sql/models/report/" + name + ".sql")
                .toList();
    }
}
