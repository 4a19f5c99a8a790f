package se.nyckeltal.warehouse;

import java.util.List;
import java.util.Locale;

/**
 * What leaves the loader's tier: the tables of the analysts' copy and of every export. An
 * allow-list, so that a table or view added to the warehouse later (per employee, say) stays in
 * the loader's file until someone decides it may travel; each table is read with {@code SELECT *},
 * so that a column added to an allowed table travels with it.
 *
 * <p>Nothing here is about one employee: the {@code report} tables (indicator values under
 * disclosure control, the catalogue, the run log, rejects, data tests) and the facts of the
 * finance, payroll and contact-centre extracts with the units and targets, and which delivery they
 * came from (staffing and sick leave only as rows per delivery and month of the whole
 * administration, for months whose value is shown). Staffing and sick leave
 * (one row per employee and month, per sick day, with pseudonym and birth year) stay behind, and
 * so does the raw line of a rejected row of those two extracts.
 */
public final class AnalystTables {

    /** The extracts whose rows are about one employee; their rejected raw lines stay behind. */
    public static final List<String> PERSON_LEVEL_EXTRACTS = List.of("staffing", "sick_leave");

    /** In this order: the public interface first, then the facts. */
    public static final List<AnalystTable> ALL = List.of(
            AnalystTable.whole("report", "indicator"),
            AnalystTable.whole("report", "indicator_values"),
            AnalystTable.whole("report", "indicator_table"),
            AnalystTable.whole("report", "load_runs"),
            new AnalystTable(
                    "report",
                    "rejected_rows",
                    "SELECT * REPLACE (CASE WHEN extract IN ("
                            + String.join(
                                    ", ",
                                    PERSON_LEVEL_EXTRACTS.stream()
                                            .map(e -> "'" + e + "'")
                                            .toList())
                            + ") THEN NULL ELSE raw_line END AS raw_line) FROM report.rejected_rows"),
            AnalystTable.whole("report", "data_quality"),
            AnalystTable.whole("report", "deliveries"),
            AnalystTable.whole("report", "hr_delivery_months"),
            AnalystTable.whole("core", "units"),
            AnalystTable.whole("core", "invoices"),
            AnalystTable.whole("core", "payslips"),
            AnalystTable.whole("core", "contacts"),
            AnalystTable.whole("core", "targets"));

    /**
     * Fragments of a column name that mean "about one person". An allowed table that grows such a
     * column stops the copy and the export instead of sending it out.
     */
    private static final List<String> PERSONAL_NAME_FRAGMENTS =
            List.of("employee", "pseudonym", "birth", "personnummer", "personal_identity");

    private AnalystTables() {}

    public static boolean isPersonalColumn(String columnName) {
        String name = columnName.toLowerCase(Locale.ROOT);
        return PERSONAL_NAME_FRAGMENTS.stream().anyMatch(name::contains);
    }

    /**
     * One table that analysts get.
     *
     * @param select the query whose rows they get (the table's columns, in its order)
     */
    public record AnalystTable(String schema, String name, String select) {

        static AnalystTable whole(String schema, String name) {
            return new AnalystTable(schema, name, "SELECT * FROM " + schema + "." + name);
        }

        public String qualifiedName() {
            return schema + "." + name;
        }
    }
}
