package se.nyckeltal.report;

import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_VALUES;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * The YEAR values of a reported year and the year before from {@code report.indicator_values},
 * every level, org code and gender, as stored: a suppressed value is NULL there and stays so here.
 */
final class YearValues {

    static final String ALL = "ALL";
    static final String AREA = "AREA";
    static final String UNIT = "UNIT";

    /** A stored value: null when withheld or without a figure; {@code withheld} says which. */
    record Cell(Double value, boolean withheld) {}

    private record Key(String indicatorCode, String period, String level, String orgCode, String gender) {}

    private final Map<Key, Cell> cells;
    /** Per indicator and level, the org codes with a value in the reported year, sorted. */
    private final Map<String, TreeMap<String, Boolean>> orgCodes;

    private final int year;

    private YearValues(int year, Map<Key, Cell> cells, Map<String, TreeMap<String, Boolean>> orgCodes) {
        this.year = year;
        this.cells = cells;
        this.orgCodes = orgCodes;
    }

    static YearValues load(DSLContext dsl, int year) {
        var v = INDICATOR_VALUES;
        Map<Key, Cell> cells = new HashMap<>();
        Map<String, TreeMap<String, Boolean>> orgCodes = new HashMap<>();
        String reported = String.valueOf(year);
        dsl.select(v.INDICATOR_CODE, v.PERIOD, v.ORG_LEVEL, v.ORG_CODE, v.GENDER, v.VALUE, v.SUPPRESSED)
                .from(v)
                .where(v.PERIOD_TYPE.eq("YEAR"))
                .and(v.PERIOD.in(reported, String.valueOf(year - 1)))
                .fetch()
                .forEach(r -> {
                    cells.put(
                            new Key(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()),
                            new Cell(r.value6(), Boolean.TRUE.equals(r.value7())));
                    if (r.value2().equals(reported)) {
                        orgCodes.computeIfAbsent(r.value1() + "/" + r.value3(), k -> new TreeMap<>())
                                .put(r.value4(), true);
                    }
                });
        return new YearValues(year, cells, orgCodes);
    }

    /** The value of the reported year ({@code yearsBack} 0) or the year before (1). */
    Cell of(String indicatorCode, int yearsBack, String level, String orgCode, String gender) {
        return cells.getOrDefault(
                new Key(indicatorCode, String.valueOf(year - yearsBack), level, orgCode, gender),
                new Cell(null, false));
    }

    /** Whether the whole administration's value (gender T) of the year is withheld by disclosure control. */
    boolean withheld(String indicatorCode, int yearsBack) {
        return of(indicatorCode, yearsBack, ALL, ALL, "T").withheld();
    }

    /** The business areas or units with a value of the reported year, by code. */
    List<String> orgCodes(String indicatorCode, String level) {
        TreeMap<String, Boolean> codes = orgCodes.get(indicatorCode + "/" + level);
        return codes == null ? List.of() : List.copyOf(codes.keySet());
    }
}
