package se.nyckeltal.report;

import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR;
import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_TABLE;
import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_VALUES;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The machine-readable exports {@code indicator_values.csv} and {@code indicator_table.csv}: every row
 * of the public tables, columns in the order of docs/warehouse.md (listed here explicitly, so that a column
 * added to a table later does not silently change the files), in a fixed order: the catalogue's sort
 * order, then period type, period, organisational level, org code and gender.
 */
final class IndicatorCsvExport {

    static final List<String> VALUES_HEADER = List.of(
            "indicator_code",
            "period_type",
            "period",
            "period_start",
            "period_end",
            "org_level",
            "org_code",
            "gender",
            "value",
            "numerator",
            "denominator",
            "suppressed",
            "suppression");

    static final List<String> TABLE_HEADER = List.of(
            "indicator_code",
            "indicator_name",
            "year",
            "outcome",
            "outcome_women",
            "outcome_men",
            "previous_year_outcome",
            "board_target",
            "council_target",
            "board_target_met",
            "council_target_met");

    private IndicatorCsvExport() {}

    static void writeIndicatorValues(DSLContext dsl, Writer out) throws IOException {
        SemicolonCsvWriter csv = new SemicolonCsvWriter(out);
        csv.writeRecord(VALUES_HEADER);
        var v = INDICATOR_VALUES;
        // Streamed: the table has a row per unit, gender, indicator and period and can be large.
        try (Cursor<Record> rows = dsl.select(v.fields())
                .from(v)
                .leftJoin(INDICATOR)
                .on(INDICATOR.INDICATOR_CODE.eq(v.INDICATOR_CODE))
                .orderBy(
                        INDICATOR.SORT_ORDER.asc().nullsLast(),
                        v.INDICATOR_CODE.asc(),
                        rank(v.PERIOD_TYPE, "MONTH", "YEAR", "R12"),
                        v.PERIOD_TYPE.asc(),
                        v.PERIOD.asc(),
                        rank(v.ORG_LEVEL, "ALL", "AREA", "UNIT"),
                        v.ORG_LEVEL.asc(),
                        v.ORG_CODE.asc(),
                        rank(v.GENDER, "T", "K", "M"),
                        v.GENDER.asc())
                .fetchLazy()) {
            for (Record r : rows) {
                csv.writeRecord(List.of(
                        CsvCell.text(r.get(v.INDICATOR_CODE)),
                        CsvCell.text(r.get(v.PERIOD_TYPE)),
                        CsvCell.text(r.get(v.PERIOD)),
                        CsvCell.date(r.get(v.PERIOD_START)),
                        CsvCell.date(r.get(v.PERIOD_END)),
                        CsvCell.text(r.get(v.ORG_LEVEL)),
                        CsvCell.text(r.get(v.ORG_CODE)),
                        CsvCell.text(r.get(v.GENDER)),
                        CsvCell.number(r.get(v.VALUE)),
                        CsvCell.number(r.get(v.NUMERATOR)),
                        CsvCell.number(r.get(v.DENOMINATOR)),
                        CsvCell.bool(r.get(v.SUPPRESSED)),
                        CsvCell.text(r.get(v.SUPPRESSION))));
            }
        }
    }

    static void writeIndicatorTable(DSLContext dsl, Writer out) throws IOException {
        SemicolonCsvWriter csv = new SemicolonCsvWriter(out);
        csv.writeRecord(TABLE_HEADER);
        var t = INDICATOR_TABLE;
        try (Cursor<Record> rows = dsl.select(t.fields())
                .from(t)
                .leftJoin(INDICATOR)
                .on(INDICATOR.INDICATOR_CODE.eq(t.INDICATOR_CODE))
                .orderBy(INDICATOR.SORT_ORDER.asc().nullsLast(), t.INDICATOR_CODE.asc(), t.YEAR.asc())
                .fetchLazy()) {
            for (Record r : rows) {
                csv.writeRecord(List.of(
                        CsvCell.text(r.get(t.INDICATOR_CODE)),
                        CsvCell.text(r.get(t.INDICATOR_NAME)),
                        CsvCell.number(r.get(t.YEAR)),
                        CsvCell.number(r.get(t.OUTCOME)),
                        CsvCell.number(r.get(t.OUTCOME_WOMEN)),
                        CsvCell.number(r.get(t.OUTCOME_MEN)),
                        CsvCell.number(r.get(t.PREVIOUS_YEAR_OUTCOME)),
                        CsvCell.number(r.get(t.BOARD_TARGET)),
                        CsvCell.number(r.get(t.COUNCIL_TARGET)),
                        CsvCell.bool(r.get(t.BOARD_TARGET_MET)),
                        CsvCell.bool(r.get(t.COUNCIL_TARGET_MET))));
            }
        }
    }

    /** Sorts the listed values first, in the listed (natural, not alphabetical) order; others after. */
    private static SortField<Integer> rank(Field<String> field, String... order) {
        var rank = DSL.case_(field);
        var ranked = rank.when(order[0], DSL.inline(0));
        for (int i = 1; i < order.length; i++) {
            ranked = ranked.when(order[i], DSL.inline(i));
        }
        return ranked.otherwise(DSL.inline(order.length)).asc();
    }
}
