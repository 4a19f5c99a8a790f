package se.nyckeltal.report;

import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_VALUES;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * The month values of the whole administration ({@code org_level ALL}) for a reported year and the
 * year before, from {@code report.indicator_values}: what the charts draw. A month without a row,
 * a suppressed month and a month with a zero denominator are all null: no figure, a gap in the line.
 */
final class MonthlyValues {

    private final Map<Key, Double[]> values;

    private record Key(String indicatorCode, String gender, int year) {}

    private MonthlyValues(Map<Key, Double[]> values) {
        this.values = values;
    }

    static MonthlyValues load(DSLContext dsl, int year) {
        var v = INDICATOR_VALUES;
        Map<Key, Double[]> values = new HashMap<>();
        for (Record4<String, String, LocalDate, Double> r : dsl.select(
                        v.INDICATOR_CODE, v.GENDER, v.PERIOD_START, v.VALUE)
                .from(v)
                .where(v.PERIOD_TYPE.eq("MONTH"))
                .and(v.ORG_LEVEL.eq("ALL"))
                .and(v.PERIOD_START.between(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31)))
                .fetch()) {
            LocalDate month = r.value3();
            values.computeIfAbsent(new Key(r.value1(), r.value2(), month.getYear()), k -> new Double[LineChart.MONTHS])[
                            month.getMonthValue() - 1] =
                    r.value4();
        }
        return new MonthlyValues(values);
    }

    /** Twelve values, January first, null where there is none. */
    List<Double> of(String indicatorCode, String gender, int year) {
        Double[] months = values.getOrDefault(new Key(indicatorCode, gender, year), new Double[LineChart.MONTHS]);
        return Collections.unmodifiableList(Arrays.asList(months.clone()));
    }
}
