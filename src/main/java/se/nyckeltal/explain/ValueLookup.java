package se.nyckeltal.explain;

import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_VALUES;

import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.nyckeltal.failure.UserError;
import se.nyckeltal.warehouse.jooq.report.tables.records.IndicatorValuesRecord;

/**
 * Finds the row of {@code report.indicator_values} that a request names, or says in one line why
 * there is none: no such period, no such area or unit in it, no such gender.
 */
final class ValueLookup {

    private final DSLContext dsl;
    private final String code;

    ValueLookup(DSLContext dsl, String code) {
        this.dsl = dsl;
        this.code = code;
    }

    IndicatorValuesRecord find(PeriodSpec period, String org, String gender) {
        Condition ofPeriod = INDICATOR_VALUES
                .INDICATOR_CODE
                .eq(code)
                .and(INDICATOR_VALUES.PERIOD_TYPE.eq(period.periodType()))
                .and(INDICATOR_VALUES.PERIOD.eq(period.period()));
        if (!dsl.fetchExists(INDICATOR_VALUES, ofPeriod)) {
            throw new UserError("No " + code + " value for " + period + ": " + periodsOf(period.periodType()));
        }
        String[] levelAndCode = orgOf(org, ofPeriod, period);
        IndicatorValuesRecord row = dsl.selectFrom(INDICATOR_VALUES)
                .where(ofPeriod)
                .and(INDICATOR_VALUES.ORG_LEVEL.eq(levelAndCode[0]))
                .and(INDICATOR_VALUES.ORG_CODE.eq(levelAndCode[1]))
                .and(INDICATOR_VALUES.GENDER.eq(gender))
                .fetchOne();
        if (row == null) {
            throw new UserError("No " + code + " value for " + period + ", " + levelAndCode[0] + " " + levelAndCode[1]
                    + ", gender " + gender + ": that group has no rows in the period");
        }
        return row;
    }

    private String periodsOf(String periodType) {
        var range = dsl.select(DSL.min(INDICATOR_VALUES.PERIOD), DSL.max(INDICATOR_VALUES.PERIOD))
                .from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.INDICATOR_CODE.eq(code))
                .and(INDICATOR_VALUES.PERIOD_TYPE.eq(periodType))
                .fetchOne();
        if (range == null || range.value1() == null) {
            return "it has no " + periodType + " values";
        }
        String prefix = "R12".equals(periodType) ? "R12:" : "";
        return "its " + periodType + " values run from " + prefix + range.value1() + " to " + prefix + range.value2();
    }

    /** ALL, AREA:X, UNIT:X, or a code that is an area or a unit with values in the period. */
    private String[] orgOf(String org, Condition ofPeriod, PeriodSpec period) {
        String requested = org.strip();
        if (requested.equalsIgnoreCase("ALL")) {
            return new String[] {"ALL", "ALL"};
        }
        String upper = requested.toUpperCase(Locale.ROOT);
        for (String level : List.of("AREA", "UNIT")) {
            if (upper.startsWith(level + ":")) {
                String orgCode = requested.substring(level.length() + 1);
                requireOrg(ofPeriod, List.of(level), orgCode, period);
                return new String[] {level, orgCode};
            }
        }
        List<String> levels = requireOrg(ofPeriod, List.of("AREA", "UNIT"), requested, period);
        if (levels.size() > 1) {
            throw new UserError("'" + requested + "' is both an area and a unit: give --org AREA:" + requested
                    + " or --org UNIT:" + requested);
        }
        return new String[] {levels.get(0), requested};
    }

    private List<String> requireOrg(Condition ofPeriod, List<String> levels, String orgCode, PeriodSpec period) {
        List<String> found = dsl.selectDistinct(INDICATOR_VALUES.ORG_LEVEL)
                .from(INDICATOR_VALUES)
                .where(ofPeriod)
                .and(INDICATOR_VALUES.ORG_LEVEL.in(levels))
                .and(INDICATOR_VALUES.ORG_CODE.eq(orgCode))
                .orderBy(INDICATOR_VALUES.ORG_LEVEL)
                .fetch(INDICATOR_VALUES.ORG_LEVEL);
        if (found.isEmpty()) {
            throw new UserError("No " + code + " value for '" + orgCode + "' in " + period + ": give ALL, an area"
                    + " or a unit with rows in that period (org_code in report.indicator_values)");
        }
        return found;
    }
}
