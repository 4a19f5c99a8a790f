package se.nyckeltal.indicators;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads report.indicator_values (or the HR values before disclosure control) for assertions. */
final class IndicatorValues {

    /** One stored row's numbers. */
    record Row(Double value, Double numerator, Double denominator, boolean suppressed) {}

    private final DSLContext dsl;
    private final String table;

    IndicatorValues(DSLContext dsl) {
        this(dsl, "report.indicator_values");
    }

    private IndicatorValues(DSLContext dsl, String table) {
        this.dsl = dsl;
        this.table = table;
    }

    /** The HR values as computed, before disclosure control (core.hr_indicator_value): for testing formulas. */
    static IndicatorValues beforeDisclosureControl(DSLContext dsl) {
        return new IndicatorValues(dsl, "(SELECT *, false AS suppressed FROM core.hr_indicator_value)");
    }

    /** Why the row is withheld (PRIMARY, COMPLEMENTARY), or null when shown or missing. */
    String suppression(String code, String periodType, String period, String orgLevel, String orgCode, String gender) {
        return dsl.fetchOptional("""
                SELECT suppression FROM report.indicator_values
                WHERE indicator_code = ? AND period_type = ? AND period = ? AND org_level = ? AND org_code = ?
                  AND gender = ?""", code, periodType, period, orgLevel, orgCode, gender)
                .map(r -> r.get(0, String.class))
                .orElse(null);
    }

    /** The row, or null when it does not exist. */
    Row row(String code, String periodType, String period, String orgLevel, String orgCode, String gender) {
        Record r = dsl.fetchOptional("""
                SELECT value, numerator, denominator, suppressed FROM %s
                WHERE indicator_code = ? AND period_type = ? AND period = ? AND org_level = ? AND org_code = ?
                  AND gender = ?""".formatted(table), code, periodType, period, orgLevel, orgCode, gender)
                .orElse(null);
        if (r == null) {
            return null;
        }
        return new Row(r.get(0, Double.class), r.get(1, Double.class), r.get(2, Double.class), r.get(3, Boolean.class));
    }

    /** ALL level, gender T. */
    Row all(String code, String periodType, String period) {
        return row(code, periodType, period, "ALL", "ALL", "T");
    }

    /** The org codes with rows at a level, sorted. */
    List<String> orgCodes(String code, String periodType, String period, String orgLevel, String gender) {
        return dsl.fetch("""
                SELECT org_code FROM report.indicator_values
                WHERE indicator_code = ? AND period_type = ? AND period = ? AND org_level = ? AND gender = ?
                ORDER BY org_code""", code, periodType, period, orgLevel, gender).getValues(0, String.class);
    }

    /** The periods of one type stored for an indicator, sorted. */
    List<String> periods(String code, String periodType) {
        return dsl.fetch("""
                SELECT DISTINCT period FROM report.indicator_values
                WHERE indicator_code = ? AND period_type = ? ORDER BY period""", code, periodType).getValues(0, String.class);
    }

    /** The genders of an org's rows, sorted. */
    List<String> genders(String code, String periodType, String period, String orgLevel, String orgCode) {
        return dsl.fetch("""
                SELECT gender FROM report.indicator_values
                WHERE indicator_code = ? AND period_type = ? AND period = ? AND org_level = ? AND org_code = ?
                ORDER BY gender""", code, periodType, period, orgLevel, orgCode).getValues(0, String.class);
    }
}
