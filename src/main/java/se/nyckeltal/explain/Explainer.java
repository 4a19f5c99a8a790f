package se.nyckeltal.explain;

import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR;
import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_VALUES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import se.nyckeltal.explain.Explanation.Cell;
import se.nyckeltal.explain.Explanation.Delivery;
import se.nyckeltal.explain.Explanation.Figure;
import se.nyckeltal.explain.Explanation.Part;
import se.nyckeltal.failure.UserError;
import se.nyckeltal.warehouse.IndicatorFormulas;
import se.nyckeltal.warehouse.SqlScript;
import se.nyckeltal.warehouse.jooq.report.tables.records.IndicatorRecord;
import se.nyckeltal.warehouse.jooq.report.tables.records.IndicatorValuesRecord;

/**
 * Explains one row of {@code report.indicator_values}: everything but the deliveries comes from
 * the public tables ({@code report.indicator_values}, {@code report.indicator}, {@code core.units}),
 * so that the loader's file and the analysts' copy explain a value alike; the deliveries come
 * from the facts' {@code file_id} and {@code line_number} ({@link Deliveries}).
 */
public final class Explainer {

    private static final SqlScript UNIT_AREA_MONTH = SqlScript.load("queries/explain/unit_area_month.sql");

    private final DSLContext dsl;
    private final WarehouseTier tier;

    public Explainer(DSLContext dsl) {
        this.dsl = dsl;
        this.tier = WarehouseTier.of(dsl);
    }

    public WarehouseTier tier() {
        return tier;
    }

    public Explanation explain(ExplainRequest request) {
        IndicatorRecord indicator = indicator(request.indicatorCode());
        String gender = gender(indicator, request.gender());
        IndicatorValuesRecord row =
                new ValueLookup(dsl, indicator.getIndicatorCode()).find(request.period(), request.org(), gender);
        String code = indicator.getIndicatorCode();
        Explanation.Indicator about = new Explanation.Indicator(
                code,
                indicator.getIndicatorName(),
                indicator.getUnit(),
                IndicatorFormulas.of(code).orElse(""),
                IndicatorModelFiles.of(code));
        Cell cell = new Cell(
                row.getPeriodType(),
                row.getPeriod(),
                row.getPeriodStart(),
                row.getPeriodEnd(),
                row.getOrgLevel(),
                row.getOrgCode(),
                row.getGender());
        List<String> notes = new ArrayList<>();
        if (row.getFrozenAt() != null) {
            notes.add("Frozen since " + row.getFrozenAt() + ": the person-level rows this value needs were erased"
                    + " (retention, nyckeltal.retention.hr-months); it stays as computed then and is never"
                    + " recomputed, and the rows and deliveries of its erased months are no longer there.");
        }
        if (Boolean.TRUE.equals(row.getSuppressed())) {
            notes.add("A withheld value is explained without its numbers, the rows that add up to it or its"
                    + " deliveries: they would tell what disclosure control hides.");
            return new Explanation(
                    tier,
                    about,
                    cell,
                    new Figure(null, null, null, true, row.getSuppression(), reasonOf(row.getSuppression())),
                    List.of(),
                    List.of(),
                    List.of(),
                    notes);
        }
        Figure figure = new Figure(row.getValue(), row.getNumerator(), row.getDenominator(), false, null, null);
        Formula formula = new Formula(indicator);
        List<Part> months = months(row);
        List<Part> organisation = organisation(row, formula, notes);
        List<Delivery> deliveries = new Deliveries(dsl, tier).of(row, CountedRows.of(code), notes);
        if (months.stream().anyMatch(Part::suppressed) || organisation.stream().anyMatch(Part::suppressed)) {
            notes.add(".. is a withheld value (disclosure control).");
        }
        return new Explanation(tier, about, cell, figure, months, organisation, deliveries, notes);
    }

    private IndicatorRecord indicator(String requested) {
        String code = requested.strip().toUpperCase(Locale.ROOT);
        IndicatorRecord indicator = dsl.selectFrom(INDICATOR)
                .where(INDICATOR.INDICATOR_CODE.eq(code))
                .fetchOne();
        if (indicator == null) {
            throw new UserError("No indicator '" + requested + "' in report.indicator: the codes are "
                    + String.join(
                            ", ",
                            dsl.select(INDICATOR.INDICATOR_CODE)
                                    .from(INDICATOR)
                                    .orderBy(INDICATOR.SORT_ORDER)
                                    .fetch(INDICATOR.INDICATOR_CODE)));
        }
        return indicator;
    }

    private static String gender(IndicatorRecord indicator, String requested) {
        String gender = requested.strip().toUpperCase(Locale.ROOT);
        if (!"T".equals(gender) && !Boolean.TRUE.equals(indicator.getHasGender())) {
            throw new UserError(indicator.getIndicatorCode() + " has no values by gender: give --gender T or none");
        }
        return gender;
    }

    static String reasonOf(String suppression) {
        return switch (suppression == null ? "" : suppression) {
            case "PRIMARY" ->
                "its group has at most the disclosure limit of employees (10 unless configured"
                        + " otherwise), or none";
            case "COMPLEMENTARY" ->
                "shown, it would let another withheld value be worked out from the shown"
                        + " ones by adding or subtracting";
            default -> "withheld";
        };
    }

    /** The MONTH values of a YEAR or R12 value, same organisation and gender: they add up to it. */
    private List<Part> months(IndicatorValuesRecord row) {
        if ("MONTH".equals(row.getPeriodType())) {
            return List.of();
        }
        return dsl.selectFrom(INDICATOR_VALUES)
                .where(sameValueOf(row))
                .and(INDICATOR_VALUES.PERIOD_TYPE.eq("MONTH"))
                .and(INDICATOR_VALUES.ORG_LEVEL.eq(row.getOrgLevel()))
                .and(INDICATOR_VALUES.ORG_CODE.eq(row.getOrgCode()))
                .and(INDICATOR_VALUES.PERIOD_START.between(row.getPeriodStart(), row.getPeriodEnd()))
                .orderBy(INDICATOR_VALUES.PERIOD_START)
                .fetch(month -> part("MONTH", month.getPeriod(), month, null));
    }

    /** ALL: its areas (and what units unknown to core.units add); AREA: its units. */
    private List<Part> organisation(IndicatorValuesRecord row, Formula formula, List<String> notes) {
        return switch (row.getOrgLevel()) {
            case "ALL" -> areasOf(row, formula, notes);
            case "AREA" -> unitsOf(row, formula, notes);
            default -> List.of();
        };
    }

    private List<Part> areasOf(IndicatorValuesRecord row, Formula formula, List<String> notes) {
        List<Part> areas = dsl.selectFrom(INDICATOR_VALUES)
                .where(sameValueOf(row))
                .and(INDICATOR_VALUES.PERIOD_TYPE.eq(row.getPeriodType()))
                .and(INDICATOR_VALUES.PERIOD.eq(row.getPeriod()))
                .and(INDICATOR_VALUES.ORG_LEVEL.eq("AREA"))
                .orderBy(INDICATOR_VALUES.ORG_CODE)
                .fetch(area -> part("AREA", area.getOrgCode(), area, null));
        if (areas.stream().anyMatch(Part::suppressed)) {
            return areas;
        }
        // what the areas leave: the rows of units without a version in core.units (counted in ALL only)
        double numerator =
                row.getNumerator() - areas.stream().mapToDouble(Part::numerator).sum();
        Double denominator = formula.remainderDenominator(row.getDenominator(), areas);
        if (Math.abs(numerator) > 1e-9
                || (denominator != null && Math.abs(denominator) > 1e-9 && !formula.monthlyAverage())) {
            List<Part> withRest = new ArrayList<>(areas);
            withRest.add(new Part(
                    "UNKNOWN_UNITS",
                    "-",
                    formula.value(numerator, denominator),
                    numerator,
                    denominator,
                    false,
                    "rows of units without a version in core.units for their month: counted in ALL only"));
            notes.add("The areas do not add up to the whole administration by the rows of units unknown to"
                    + " core.units (data test unknown_unit).");
            return withRest;
        }
        return areas;
    }

    /**
     * The units of an area. A unit that was in the area for the whole period adds its own value of the
     * period; one that changed area within it adds its MONTH values of the months it spent here (withheld
     * if any of them is: a sum over withheld months is no value anyone may see).
     */
    private List<Part> unitsOf(IndicatorValuesRecord row, Formula formula, List<String> notes) {
        Map<String, Map<LocalDate, String>> areaByUnitAndMonth = new LinkedHashMap<>();
        for (Record version : UNIT_AREA_MONTH.query(
                dsl, Map.of("period_start", row.getPeriodStart(), "period_end", row.getPeriodEnd()))) {
            areaByUnitAndMonth
                    .computeIfAbsent(version.get("unit_code", String.class), unit -> new LinkedHashMap<>())
                    .put(version.get("month", LocalDate.class), version.get("business_area", String.class));
        }
        String area = row.getOrgCode();
        List<Part> units = new ArrayList<>();
        areaByUnitAndMonth.forEach((unit, areas) -> {
            List<LocalDate> monthsHere = areas.entrySet().stream()
                    .filter(month -> area.equals(month.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            if (monthsHere.isEmpty()) {
                return;
            }
            if (monthsHere.size() == areas.size()) {
                IndicatorValuesRecord own = dsl.selectFrom(INDICATOR_VALUES)
                        .where(sameValueOf(row))
                        .and(INDICATOR_VALUES.PERIOD_TYPE.eq(row.getPeriodType()))
                        .and(INDICATOR_VALUES.PERIOD.eq(row.getPeriod()))
                        .and(INDICATOR_VALUES.ORG_LEVEL.eq("UNIT"))
                        .and(INDICATOR_VALUES.ORG_CODE.eq(unit))
                        .fetchOne();
                if (own != null) {
                    units.add(part("UNIT", unit, own, null));
                }
                return;
            }
            String note = "in " + area + " " + monthRange(monthsHere) + " only (changed area): its months here";
            Result<IndicatorValuesRecord> monthsOfUnit = dsl.selectFrom(INDICATOR_VALUES)
                    .where(sameValueOf(row))
                    .and(INDICATOR_VALUES.PERIOD_TYPE.eq("MONTH"))
                    .and(INDICATOR_VALUES.ORG_LEVEL.eq("UNIT"))
                    .and(INDICATOR_VALUES.ORG_CODE.eq(unit))
                    .and(INDICATOR_VALUES.PERIOD_START.in(monthsHere))
                    .fetch();
            if (monthsOfUnit.isEmpty()) {
                return;
            }
            if (monthsOfUnit.stream().anyMatch(month -> Boolean.TRUE.equals(month.getSuppressed()))) {
                units.add(new Part("UNIT", unit, null, null, null, true, note));
                return;
            }
            double numerator = monthsOfUnit.stream()
                    .mapToDouble(IndicatorValuesRecord::getNumerator)
                    .sum();
            Double denominator = monthsOfUnit.get(0).getDenominator() == null
                    ? null
                    : monthsOfUnit.stream()
                            .mapToDouble(IndicatorValuesRecord::getDenominator)
                            .sum();
            units.add(
                    new Part("UNIT", unit, formula.value(numerator, denominator), numerator, denominator, false, note));
        });
        if (units.stream().anyMatch(unit -> unit.note() != null)) {
            notes.add("A unit counts in the area of its version valid on the first day of each month: a unit that"
                    + " changed area adds its months here only.");
        }
        return units;
    }

    private static String monthRange(List<LocalDate> months) {
        String first = months.get(0).toString().substring(0, 7);
        String last = months.get(months.size() - 1).toString().substring(0, 7);
        return first.equals(last) ? first : first + "–" + last;
    }

    private static Condition sameValueOf(IndicatorValuesRecord row) {
        return INDICATOR_VALUES
                .INDICATOR_CODE
                .eq(row.getIndicatorCode())
                .and(INDICATOR_VALUES.GENDER.eq(row.getGender()));
    }

    private static Part part(String level, String code, IndicatorValuesRecord row, String note) {
        boolean suppressed = Boolean.TRUE.equals(row.getSuppressed());
        return new Part(level, code, row.getValue(), row.getNumerator(), row.getDenominator(), suppressed, note);
    }

    /** How the catalogue turns a numerator and a denominator into a value, for sums of parts. */
    record Formula(boolean percent, boolean monthlyAverage) {

        Formula(IndicatorRecord indicator) {
            this("%".equals(indicator.getUnit()), "HR_FTE".equals(indicator.getIndicatorCode()));
        }

        Double value(double numerator, Double denominator) {
            if (denominator == null) {
                return numerator;
            }
            if (denominator == 0) {
                return null;
            }
            return percent ? numerator / denominator * 100 : numerator / denominator;
        }

        /** HR_FTE divides by the calendar months of the period, in every part alike. */
        Double remainderDenominator(Double denominator, List<Part> parts) {
            if (denominator == null || monthlyAverage) {
                return denominator;
            }
            return denominator - parts.stream().mapToDouble(Part::denominator).sum();
        }
    }
}
