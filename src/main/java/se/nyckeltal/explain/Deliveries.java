package se.nyckeltal.explain;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.report.Tables.DELIVERIES;
import static se.nyckeltal.warehouse.jooq.report.Tables.HR_DELIVERY_MONTHS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import se.nyckeltal.explain.Explanation.Delivery;
import se.nyckeltal.warehouse.SqlScript;
import se.nyckeltal.warehouse.jooq.report.tables.records.IndicatorValuesRecord;

/**
 * The deliveries behind a shown value, from the {@code file_id} and {@code line_number} that every
 * fact keeps (the delivery that won its natural key). Events (invoices, payslips, contacts) are
 * traced row by row in either file. Staffing and sick leave are traced row by row in the loader's
 * file only; the analysts' copy has no such rows, and names those deliveries with their rows of the
 * period's months for the whole administration ({@code report.hr_delivery_months}).
 */
final class Deliveries {

    private static final SqlScript EVENT_DELIVERIES = SqlScript.load("queries/explain/event_deliveries.sql");
    private static final SqlScript HR_DELIVERIES = SqlScript.load("queries/explain/hr_deliveries.sql");

    private final DSLContext dsl;
    private final WarehouseTier tier;

    Deliveries(DSLContext dsl, WarehouseTier tier) {
        this.dsl = dsl;
        this.tier = tier;
    }

    List<Delivery> of(IndicatorValuesRecord row, CountedRows counted, List<String> notes) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("period_start", row.getPeriodStart());
        cell.put("period_end", row.getPeriodEnd());
        cell.put("org_level", row.getOrgLevel());
        cell.put("org_code", row.getOrgCode());
        cell.put("gender", row.getGender());
        List<Delivery> deliveries = new ArrayList<>();
        if (counted.eventRows() != null) {
            Map<String, Object> variables = new HashMap<>(cell);
            variables.put("event_rows", counted.eventRows());
            deliveries.addAll(traced(EVENT_DELIVERIES.query(dsl, variables)));
        }
        if (counted.staffing()) {
            if (tier == WarehouseTier.LOADER_FILE) {
                Map<String, Object> variables = new HashMap<>(cell);
                variables.put("age_group", counted.ageGroup());
                variables.put("fte_process", counted.fteProcess());
                variables.put("sick_days", counted.sickDays());
                deliveries.addAll(traced(HR_DELIVERIES.query(dsl, variables)));
            } else {
                deliveries.addAll(wholeAdministration(row, !"NONE".equals(counted.sickDays())));
                notes.add("The analysts' copy holds no staffing or sick-leave rows: their deliveries are named with"
                        + " their rows in the period's months for the whole administration (months whose"
                        + " whole-administration value is withheld left out), not with the rows of this value;"
                        + " the loader's file traces them row by row.");
            }
        }
        deliveries.sort(Comparator.comparing(Delivery::extract)
                .thenComparing(Delivery::fileName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Delivery::runId));
        return deliveries;
    }

    /** Rows per file_id from a lineage query, named from the run log of this file. */
    private List<Delivery> traced(List<? extends Record> rows) {
        Map<Long, Record5<Long, Long, String, String, String>> files =
                files(rows.stream().map(row -> row.get("file_id", Long.class)).toList());
        return rows.stream()
                .map(row -> {
                    var file = files.get(row.get("file_id", Long.class));
                    return new Delivery(
                            row.get("extract", String.class),
                            file == null ? null : file.value3(),
                            file == null ? null : file.value4(),
                            file == null ? 0 : file.value2(),
                            row.get("rows_contributing", Long.class),
                            row.get("first_line", Long.class),
                            row.get("last_line", Long.class),
                            null);
                })
                .toList();
    }

    private List<Delivery> wholeAdministration(IndicatorValuesRecord row, boolean withSickLeave) {
        var rows = DSL.sum(HR_DELIVERY_MONTHS.ROWS_IN_MONTH).cast(Long.class);
        return dsl.select(
                        HR_DELIVERY_MONTHS.EXTRACT,
                        DELIVERIES.FILE_NAME,
                        DELIVERIES.FILE_CHECKSUM,
                        DELIVERIES.RUN_ID,
                        rows)
                .from(HR_DELIVERY_MONTHS)
                .join(DELIVERIES)
                .on(DELIVERIES.FILE_ID.eq(HR_DELIVERY_MONTHS.FILE_ID))
                .where(HR_DELIVERY_MONTHS.MONTH.between(row.getPeriodStart(), row.getPeriodEnd()))
                .and(
                        withSickLeave
                                ? HR_DELIVERY_MONTHS.EXTRACT.in("staffing", "sick_leave")
                                : HR_DELIVERY_MONTHS.EXTRACT.eq("staffing"))
                .groupBy(
                        HR_DELIVERY_MONTHS.EXTRACT,
                        HR_DELIVERY_MONTHS.FILE_ID,
                        DELIVERIES.FILE_NAME,
                        DELIVERIES.FILE_CHECKSUM,
                        DELIVERIES.RUN_ID)
                .fetch(file -> new Delivery(
                        file.value1(), file.value2(), file.value3(), file.value4(), null, null, null, file.value5()));
    }

    /** file_id, run, extract, name, checksum: meta.load_file in the loader's file, report.deliveries in the copy. */
    private Map<Long, Record5<Long, Long, String, String, String>> files(List<Long> fileIds) {
        var query = tier == WarehouseTier.LOADER_FILE
                ? dsl.select(
                                LOAD_FILE.FILE_ID,
                                LOAD_FILE.RUN_ID,
                                LOAD_FILE.FILE_NAME,
                                LOAD_FILE.FILE_CHECKSUM,
                                LOAD_FILE.EXTRACT)
                        .from(LOAD_FILE)
                        .where(LOAD_FILE.FILE_ID.in(fileIds))
                : dsl.select(
                                DELIVERIES.FILE_ID,
                                DELIVERIES.RUN_ID,
                                DELIVERIES.FILE_NAME,
                                DELIVERIES.FILE_CHECKSUM,
                                DELIVERIES.EXTRACT)
                        .from(DELIVERIES)
                        .where(DELIVERIES.FILE_ID.in(fileIds));
        Map<Long, Record5<Long, Long, String, String, String>> files = new HashMap<>();
        query.fetch().forEach(file -> files.put(file.value1(), file));
        return files;
    }
}
