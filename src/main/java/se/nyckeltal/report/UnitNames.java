package se.nyckeltal.report;

import static se.nyckeltal.warehouse.jooq.core.Tables.UNITS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Unit names for the drill-down: of the latest version of each unit valid during the year ({@code core.units}). */
final class UnitNames {

    private UnitNames() {}

    static Map<String, String> of(DSLContext dsl, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, String> names = new HashMap<>();
        // Oldest first: a later version's name replaces an earlier one's.
        dsl.select(UNITS.UNIT_CODE, UNITS.UNIT_NAME)
                .from(UNITS)
                .where(UNITS.VALID_FROM.le(last))
                .and(UNITS.VALID_TO.isNull().or(UNITS.VALID_TO.ge(first)))
                .orderBy(UNITS.VALID_FROM)
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }
}
