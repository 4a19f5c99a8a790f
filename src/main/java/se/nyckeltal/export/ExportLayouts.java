package se.nyckeltal.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Parquet layout of each exported table. Facts are partitioned by the calendar month of the
 * date that decides their indicator month, so that a reader filtering on {@code year}/{@code month}
 * opens only those folders; indicator values by period type, which every query filters on.
 * Everything else (dimensions, catalogue, logs, new tables) is small enough for one file.
 */
final class ExportLayouts {

    private static final Map<String, TableLayout> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("core.invoices", TableLayout.byYearAndMonthOf("registered_date"));
        LAYOUTS.put("core.payslips", TableLayout.byYearAndMonthOf("pay_date"));
        LAYOUTS.put("core.contacts", TableLayout.byYearAndMonthOf("received_at"));
        LAYOUTS.put("report.indicator_values", TableLayout.byOwnColumns("period_type"));
    }

    private ExportLayouts() {}

    static TableLayout of(String schema, String table) {
        return LAYOUTS.getOrDefault(schema + "." + table, TableLayout.singleFile());
    }
}
