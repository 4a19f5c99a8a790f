package se.nyckeltal.report;

import static se.nyckeltal.warehouse.jooq.report.Tables.DELIVERIES;
import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.nyckeltal.report.AnnualReport.Delivery;

/**
 * The deliveries behind a year's figures: for each {@link FactSource}, the files its rows of the
 * year came from (each fact keeps its {@code file_id} and {@code line_number}: the delivery that won),
 * with the file's name and checksum and its load run ({@code report.deliveries}, {@code report.load_runs}:
 * both in the loader's file and in the analysts' copy),
 * the number of rows of the year and, for facts about no employee, their first and last line. One
 * query per source, made once for all the indicators that share it.
 */
final class Deliveries {

    private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DSLContext dsl;
    private final int year;
    private final Map<FactSource, List<Delivery>> bySource = new EnumMap<>(FactSource.class);

    Deliveries(DSLContext dsl, int year) {
        this.dsl = dsl;
        this.year = year;
    }

    List<Delivery> of(FactSource source) {
        return bySource.computeIfAbsent(source, this::load);
    }

    private List<Delivery> load(FactSource source) {
        Field<Long> fileId = source.fileId().as("file_id");
        Field<Integer> rows = DSL.count().as("rows");
        Field<Long> firstLine = DSL.min(source.lineNumber()).as("first_line");
        Field<Long> lastLine = DSL.max(source.lineNumber()).as("last_line");
        Table<?> rowsPerFile = dsl.select(fileId, rows, firstLine, lastLine)
                .from(source.table())
                .where(source.inYear(year))
                .groupBy(source.fileId())
                .asTable("rows_per_file");
        Field<Long> perFileId = rowsPerFile.field(fileId);
        return dsl.select(
                        perFileId,
                        rowsPerFile.field(rows),
                        rowsPerFile.field(firstLine),
                        rowsPerFile.field(lastLine),
                        DELIVERIES.FILE_NAME,
                        DELIVERIES.FILE_CHECKSUM,
                        DELIVERIES.RUN_ID,
                        LOAD_RUNS.FINISHED_AT)
                .from(rowsPerFile)
                .leftJoin(DELIVERIES)
                .on(DELIVERIES.FILE_ID.eq(perFileId))
                .leftJoin(LOAD_RUNS)
                .on(LOAD_RUNS.RUN_ID.eq(DELIVERIES.RUN_ID).and(LOAD_RUNS.FILE_NAME.eq(DELIVERIES.FILE_NAME)))
                .orderBy(DELIVERIES.RUN_ID, DELIVERIES.FILE_NAME, perFileId)
                .fetch(r -> delivery(
                        source, r, rowsPerFile.field(rows), rowsPerFile.field(firstLine), rowsPerFile.field(lastLine)));
    }

    private static Delivery delivery(
            FactSource source, Record r, Field<Integer> rows, Field<Long> firstLine, Field<Long> lastLine) {
        LocalDateTime loadedAt = r.get(LOAD_RUNS.FINISHED_AT);
        String lines = source.aboutEmployees()
                ? ""
                : SwedishNumberFormat.group(BigDecimal.valueOf(r.get(firstLine))) + "–"
                        + SwedishNumberFormat.group(BigDecimal.valueOf(r.get(lastLine)));
        return new Delivery(
                // Unknown for a file no longer loaded (retracted) or a warehouse older than report.deliveries.
                r.get(DELIVERIES.FILE_NAME) == null ? "(okänd leverans)" : r.get(DELIVERIES.FILE_NAME),
                r.get(DELIVERIES.FILE_CHECKSUM) == null ? "" : r.get(DELIVERIES.FILE_CHECKSUM),
                r.get(DELIVERIES.RUN_ID) == null ? "" : String.valueOf(r.get(DELIVERIES.RUN_ID)),
                loadedAt == null ? "" : LOADED_AT.format(loadedAt),
                SwedishNumberFormat.group(BigDecimal.valueOf(r.get(rows))),
                lines);
    }
}
