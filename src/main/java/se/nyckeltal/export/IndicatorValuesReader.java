package se.nyckeltal.export;

import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR;
import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_VALUES;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Reads the public indicator tables for the open-data exports: the catalogue and the values,
 * nothing else (no fact, nothing per employee). Ordered as in the report files: the catalogue's
 * sort order, then period type (MONTH, YEAR, R12), period, level (ALL, AREA, UNIT), org code and
 * gender (T, K, M).
 */
final class IndicatorValuesReader {

    private final DSLContext dsl;

    IndicatorValuesReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<CatalogueEntry> catalogue() {
        var i = INDICATOR;
        return dsl.select(i.INDICATOR_CODE, i.INDICATOR_NAME, i.UNIT, i.DIRECTION, i.HAS_GENDER, i.SOURCE_EXTRACT)
                .from(i)
                .orderBy(i.SORT_ORDER, i.INDICATOR_CODE)
                .fetch(r -> new CatalogueEntry(
                        r.value1(), r.value2(), r.value3(), r.value4(), Boolean.TRUE.equals(r.value5()), r.value6()));
    }

    /** Every value row, or those of one period type. */
    List<IndicatorCell> cells(String periodTypeOrNull) {
        var v = INDICATOR_VALUES;
        Condition which = periodTypeOrNull == null ? DSL.noCondition() : v.PERIOD_TYPE.eq(periodTypeOrNull);
        return dsl.select(
                        v.INDICATOR_CODE,
                        v.PERIOD_TYPE,
                        v.PERIOD,
                        v.ORG_LEVEL,
                        v.ORG_CODE,
                        v.GENDER,
                        v.VALUE,
                        v.SUPPRESSED,
                        v.SUPPRESSION)
                .from(v)
                .leftJoin(INDICATOR)
                .on(INDICATOR.INDICATOR_CODE.eq(v.INDICATOR_CODE))
                .where(which)
                .orderBy(
                        INDICATOR.SORT_ORDER.asc().nullsLast(),
                        v.INDICATOR_CODE,
                        rank(v.PERIOD_TYPE, "MONTH", "YEAR", "R12"),
                        v.PERIOD_TYPE,
                        v.PERIOD,
                        rank(v.ORG_LEVEL, "ALL", "AREA", "UNIT"),
                        v.ORG_LEVEL,
                        v.ORG_CODE,
                        rank(v.GENDER, "T", "K", "M"),
                        v.GENDER)
                .fetch(r -> new IndicatorCell(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        // a row without the flag is treated as withheld: never publish what is not known to be shown
                        !Boolean.FALSE.equals(r.value8()),
                        r.value9()));
    }

    /** Sorts the listed values first, in the listed (natural, not alphabetical) order; others after. */
    private static SortField<Integer> rank(Field<String> field, String... order) {
        var ranked = DSL.case_(field).when(order[0], DSL.inline(0));
        for (int i = 1; i < order.length; i++) {
            ranked = ranked.when(order[i], DSL.inline(i));
        }
        return ranked.otherwise(DSL.inline(order.length)).asc();
    }
}
