package se.nyckeltal.explain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one indicator value comes from. For a withheld value, {@code figure} has no numbers and
 * {@code months}, {@code organisation} and {@code deliveries} are empty: nothing that disclosure
 * control hides is given.
 *
 * @param warehouse    which file was read: {@link WarehouseTier#LOADER_FILE} or {@link WarehouseTier#PUBLISHED_COPY}
 * @param months       for a YEAR or R12 value: its MONTH values, which add up to it
 * @param organisation for an ALL or AREA value: the areas, or the units, that add up to it
 * @param notes        what the reader needs to read the rest right
 */
public record Explanation(
        WarehouseTier warehouse,
        Indicator indicator,
        Cell cell,
        Figure figure,
        List<Part> months,
        List<Part> organisation,
        List<Delivery> deliveries,
        List<String> notes) {

    /** The catalogue's entry, the formula in words and the SQL files that compute it. */
    public record Indicator(String code, String name, String unit, String formula, List<String> models) {}

    /** The row of {@code report.indicator_values}. */
    public record Cell(
            String periodType,
            String period,
            LocalDate periodStart,
            LocalDate periodEnd,
            String orgLevel,
            String orgCode,
            String gender) {}

    /**
     * The value and its parts; all three null when withheld ({@code suppression} PRIMARY or
     * COMPLEMENTARY, {@code suppressionReason} in words), the value alone null when the denominator is 0.
     */
    public record Figure(
            Double value,
            Double numerator,
            Double denominator,
            boolean suppressed,
            String suppression,
            String suppressionReason) {}

    /**
     * One row that adds up to the value: a month, an area or a unit. Withheld: numbers null,
     * printed as {@code ..}.
     *
     * @param note e.g. the months a unit that changed area spent in this one
     */
    public record Part(
            String level,
            String code,
            Double value,
            Double numerator,
            Double denominator,
            boolean suppressed,
            String note) {}

    /**
     * One delivery behind the value. In the loader's file: the rows of it that count in the value,
     * with the first and last line number. In the analysts' copy, for staffing and sick leave: only
     * its rows in the period's months for the whole administration ({@code rowsInPeriodAllUnits}).
     */
    public record Delivery(
            String extract,
            String fileName,
            String fileChecksum,
            long runId,
            Long rowsContributing,
            Long firstLine,
            Long lastLine,
            Long rowsInPeriodAllUnits) {}
}
