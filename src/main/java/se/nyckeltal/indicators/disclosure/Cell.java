package se.nyckeltal.indicators.disclosure;

import java.util.Arrays;

/**
 * A cell of the HR figures (a row of {@code report.indicator_values} for one period, org and
 * population group) or a hidden term (employees of gender X, without a birth year, or in
 * units unknown to {@code units}: never a row, but a part of a sum).
 *
 * @param key             a stable, readable identity (period type, period, org level, org code, group)
 * @param population      distinct employees in the cell (at least 1: empty cells are known to be 0 and left out)
 * @param employees       the employees as sorted ids when the population is at most the limit, else null
 * @param publishable     a row that can be shown (false for the hidden terms)
 * @param protectedTotal  the administration's total of the non-age figures, never withheld to protect another cell
 * @param orgRank         0 unit, 1 area, 2 the whole administration, 3 a hidden org term: a unit goes before its area
 * @param timeRank        0 month, 1 rolling year, 2 year: a month goes before its year
 */
public record Cell(
        String key,
        int population,
        int[] employees,
        boolean publishable,
        boolean protectedTotal,
        int orgRank,
        int timeRank) {

    public Cell {
        if (population < 1) {
            throw new IllegalArgumentException(key + ": a cell without employees is known and not listed");
        }
        if (employees != null) {
            employees = employees.clone();
            Arrays.sort(employees);
        }
    }

    /** A cell as the warehouse names it; ranks follow from the names. */
    public static Cell of(
            String periodType,
            String period,
            String orgLevel,
            String orgCode,
            String populationGroup,
            int population,
            int[] employees,
            boolean publishable) {
        String key = String.join("|", periodType, period, orgLevel, orgCode, populationGroup);
        boolean administrationTotal = orgLevel.equals("ALL") && populationGroup.equals("T");
        int orgRank = switch (orgLevel) {
            case "UNIT" -> 0;
            case "AREA" -> 1;
            case "ALL" -> 2;
            default -> 3;
        };
        int timeRank = switch (periodType) {
            case "MONTH" -> 0;
            case "R12" -> 1;
            default -> 2;
        };
        return new Cell(key, population, employees, publishable, administrationTotal, orgRank, timeRank);
    }

    /** Whether complementary suppression may withhold this cell. */
    boolean suppressible() {
        return publishable && !protectedTotal;
    }
}
