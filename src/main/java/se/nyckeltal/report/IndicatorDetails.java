package se.nyckeltal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.nyckeltal.report.AnnualReport.Detail;
import se.nyckeltal.report.AnnualReport.MonthRow;
import se.nyckeltal.report.AnnualReport.OrgRow;
import se.nyckeltal.report.AnnualReport.Sources;

/**
 * Builds the drill-down of each indicator of a reported year ({@link Detail}) from what the report
 * has already read: the stored YEAR and MONTH values (formatted as the tables format them, {@code ..}
 * where a value is withheld or missing), the unit names and the deliveries behind the facts.
 */
final class IndicatorDetails {

    private final int year;
    private final YearValues yearValues;
    private final MonthlyValues monthlyValues;
    private final Map<String, String> unitNames;
    private final Deliveries deliveries;

    IndicatorDetails(
            int year,
            YearValues yearValues,
            MonthlyValues monthlyValues,
            Map<String, String> unitNames,
            Deliveries deliveries) {
        this.year = year;
        this.yearValues = yearValues;
        this.monthlyValues = monthlyValues;
        this.unitNames = unitNames;
        this.deliveries = deliveries;
    }

    YearValues yearValues() {
        return yearValues;
    }

    Detail of(
            String code,
            String anchor,
            String name,
            String unit,
            boolean hasGender,
            String sourceExtract,
            String text) {
        return new Detail(
                code,
                anchor,
                name,
                hasGender,
                text,
                value(code, 0, YearValues.ALL, YearValues.ALL, "T", unit),
                gendered(code, YearValues.ALL, YearValues.ALL, "K", unit, hasGender),
                gendered(code, YearValues.ALL, YearValues.ALL, "M", unit, hasGender),
                value(code, 1, YearValues.ALL, YearValues.ALL, "T", unit),
                months(code, unit, hasGender),
                orgRows(code, YearValues.AREA, unit, hasGender),
                orgRows(code, YearValues.UNIT, unit, hasGender),
                sources(code, sourceExtract));
    }

    private String value(String code, int yearsBack, String level, String org, String gender, String unit) {
        return SwedishNumberFormat.outcome(
                yearValues.of(code, yearsBack, level, org, gender).value(), unit);
    }

    /** As the table: an indicator without gender breakdown has empty gender cells. */
    private String gendered(String code, String level, String org, String gender, String unit, boolean hasGender) {
        return hasGender ? value(code, 0, level, org, gender, unit) : "";
    }

    private List<MonthRow> months(String code, String unit, boolean hasGender) {
        List<MonthRow> rows = new ArrayList<>();
        rows.add(monthRow(year + ", totalt", code, "T", year, unit));
        if (hasGender) {
            rows.add(monthRow(year + ", kvinnor", code, "K", year, unit));
            rows.add(monthRow(year + ", män", code, "M", year, unit));
        }
        rows.add(monthRow((year - 1) + ", totalt", code, "T", year - 1, unit));
        return rows;
    }

    private MonthRow monthRow(String label, String code, String gender, int ofYear, String unit) {
        return new MonthRow(
                label,
                monthlyValues.of(code, gender, ofYear).stream()
                        .map(v -> SwedishNumberFormat.outcome(v, unit))
                        .toList());
    }

    private List<OrgRow> orgRows(String code, String level, String unit, boolean hasGender) {
        return yearValues.orgCodes(code, level).stream()
                .map(org -> new OrgRow(
                        org,
                        YearValues.UNIT.equals(level) ? unitNames.getOrDefault(org, "") : "",
                        value(code, 0, level, org, "T", unit),
                        gendered(code, level, org, "K", unit, hasGender),
                        gendered(code, level, org, "M", unit, hasGender)))
                .toList();
    }

    private List<Sources> sources(String code, String sourceExtract) {
        return FactSource.of(code, sourceExtract).stream()
                .map(source ->
                        new Sources(source.title(), source.extract(), source.aboutEmployees(), deliveries.of(source)))
                .toList();
    }
}
