package se.nyckeltal.report;

import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR;
import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_TABLE;
import static se.nyckeltal.warehouse.jooq.report.Tables.INDICATOR_VALUES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.nyckeltal.report.AnnualReport.Detail;
import se.nyckeltal.report.AnnualReport.Figure;
import se.nyckeltal.report.AnnualReport.Row;
import se.nyckeltal.report.AnnualReport.Section;
import se.nyckeltal.report.AnnualReport.TargetStatus;
import se.nyckeltal.warehouse.jooq.report.tables.records.IndicatorRecord;
import se.nyckeltal.warehouse.jooq.report.tables.records.IndicatorTableRecord;

/**
 * Reads one year of {@code report.indicator_table} with the catalogue {@code report.indicator}
 * (Swedish name, unit, gender breakdown) into an {@link AnnualReport}: every catalogue indicator
 * gets its line, in the annual report's sections and the catalogue's order, {@code ..} where the
 * year has no figure, and below each section's table the charts of its indicators ({@link IndicatorCharts}).
 */
final class AnnualReportQuery {

    /** The annual report's sections, in its order, by indicator code prefix. */
    private static final Map<String, String> SECTIONS = sections();

    private static final String OTHER_SECTION = "Övriga nyckeltal";

    private static final String[] MONTHS_SV = {
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december"
    };

    private AnnualReportQuery() {}

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("EKO_", "Ekonomi");
        sections.put("LON_", "Lön och pension");
        sections.put("KC_", "Kontaktcenter");
        sections.put("HR_", "HR");
        return sections;
    }

    /** @param requestedYear the year to show; null for the latest year with data */
    static AnnualReport load(DSLContext dsl, Integer requestedYear) {
        List<Integer> yearsWithData = yearsWithData(dsl);
        Integer year = requestedYear != null
                ? requestedYear
                : yearsWithData.isEmpty() ? null : yearsWithData.get(yearsWithData.size() - 1);
        if (year == null || !yearsWithData.contains(year)) {
            return new AnnualReport(year, false, null, yearsWithData, List.of(), List.of());
        }
        String partialYear = partialYear(dsl, year);
        MonthlyValues monthly = MonthlyValues.load(dsl, year);
        IndicatorDetails details = new IndicatorDetails(
                year, YearValues.load(dsl, year), monthly, UnitNames.of(dsl, year), new Deliveries(dsl, year));
        List<Detail> detailsOut = new ArrayList<>();
        List<Section> sections = sectionsOf(
                dsl,
                year,
                partialYear == null ? "år " + year : partialYear,
                new IndicatorCharts(monthly, year),
                details,
                detailsOut);
        return new AnnualReport(year, true, partialYear, yearsWithData, sections, List.copyOf(detailsOut));
    }

    /** Years in the indicator table, and years with indicator values (in case the table lags behind). */
    static List<Integer> yearsWithData(DSLContext dsl) {
        TreeSet<Integer> years = new TreeSet<>(
                dsl.selectDistinct(INDICATOR_TABLE.YEAR).from(INDICATOR_TABLE).fetch(INDICATOR_TABLE.YEAR));
        years.addAll(dsl.selectDistinct(DSL.year(INDICATOR_VALUES.PERIOD_START))
                .from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.PERIOD_TYPE.eq("YEAR"))
                .fetch(0, Integer.class));
        return List.copyOf(years);
    }

    /** "januari–mars 2018" when the year's last month with data is before December (a partial year). */
    private static String partialYear(DSLContext dsl, int year) {
        LocalDate lastDay = dsl.select(DSL.max(INDICATOR_VALUES.PERIOD_END))
                .from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.PERIOD_TYPE.eq("MONTH"))
                .and(INDICATOR_VALUES.PERIOD_START.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .fetchOne(0, LocalDate.class);
        if (lastDay == null || lastDay.getMonthValue() == 12) {
            return null;
        }
        return lastDay.getMonthValue() == 1
                ? "januari " + year
                : "januari–" + MONTHS_SV[lastDay.getMonthValue() - 1] + " " + year;
    }

    /**
     * @param period      the year as the text names it: "år 2017", or "januari–mars 2017" for a partial year
     * @param detailsOut  receives the drill-down of every row, in the order of the sections' rows
     */
    private static List<Section> sectionsOf(
            DSLContext dsl,
            int year,
            String period,
            IndicatorCharts charts,
            IndicatorDetails details,
            List<Detail> detailsOut) {
        Map<String, IndicatorTableRecord> outcomes = new LinkedHashMap<>();
        for (IndicatorTableRecord r : dsl.selectFrom(INDICATOR_TABLE)
                .where(INDICATOR_TABLE.YEAR.eq(year))
                .orderBy(INDICATOR_TABLE.INDICATOR_CODE)
                .fetch()) {
            outcomes.putIfAbsent(r.getIndicatorCode(), r);
        }
        Map<String, SectionBuilder> bySection = new LinkedHashMap<>();
        SECTIONS.values().forEach(title -> bySection.put(title, new SectionBuilder(title)));
        bySection.put(OTHER_SECTION, new SectionBuilder(OTHER_SECTION));

        for (IndicatorRecord indicator :
                dsl.selectFrom(INDICATOR).orderBy(INDICATOR.SORT_ORDER).fetch()) {
            IndicatorTableRecord outcome = outcomes.remove(indicator.getIndicatorCode());
            bySection
                    .get(sectionOf(indicator.getIndicatorCode()))
                    .add(
                            new Indicator(
                                    indicator.getIndicatorCode(),
                                    indicator.getIndicatorName(),
                                    indicator.getUnit(),
                                    indicator.getDirection(),
                                    indicator.getHasGender(),
                                    indicator.getSourceExtract()),
                            outcome);
        }
        // Not expected: a table row without a catalogue entry. Shown rather than dropped, unit guessed.
        for (IndicatorTableRecord outcome : outcomes.values()) {
            String code = outcome.getIndicatorCode();
            bySection
                    .get(sectionOf(code))
                    .add(
                            new Indicator(
                                    code,
                                    outcome.getIndicatorName(),
                                    code.endsWith("_PCT") ? SwedishNumberFormat.PERCENT_UNIT : "st",
                                    "none",
                                    true,
                                    ""),
                            outcome);
        }
        // Rows are numbered (anchors of the drill-down) in the order the page shows them.
        int number = 0;
        List<Section> sections = new ArrayList<>();
        for (SectionBuilder section : bySection.values()) {
            if (!section.hasRows()) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (Pending pending : section.pending) {
                Indicator indicator = pending.indicator();
                String anchor = "nyckeltal-" + ++number;
                String text = ReportText.of(figures(indicator, year, period, pending.outcome(), details.yearValues()));
                rows.add(row(indicator, anchor, text, pending.outcome()));
                detailsOut.add(details.of(
                        indicator.code(),
                        anchor,
                        indicator.name(),
                        indicator.unit(),
                        indicator.hasGender(),
                        indicator.sourceExtract(),
                        text));
                IndicatorCharts.Charts drawn = charts.of(
                        indicator.code(), indicator.name(), indicator.unit(), indicator.hasGender(), pending.outcome());
                section.figures.addAll(drawn.figures());
                section.withoutChart.addAll(drawn.withoutChart());
            }
            sections.add(new Section(
                    section.title, List.copyOf(rows), List.copyOf(section.figures), List.copyOf(section.withoutChart)));
        }
        return sections;
    }

    /** A catalogue entry (or a guess, for a table row the catalogue lacks). */
    private record Indicator(
            String code, String name, String unit, String direction, boolean hasGender, String sourceExtract) {}

    private record Pending(Indicator indicator, IndicatorTableRecord outcome) {}

    private static ReportText.Figures figures(
            Indicator indicator, int year, String period, IndicatorTableRecord r, YearValues values) {
        return new ReportText.Figures(
                indicator.name(),
                indicator.unit(),
                indicator.direction(),
                year,
                period,
                r == null ? null : r.getOutcome(),
                values.withheld(indicator.code(), 0),
                r == null ? null : r.getPreviousYearOutcome(),
                values.withheld(indicator.code(), 1),
                r == null ? null : r.getBoardTarget(),
                r == null ? null : r.getBoardTargetMet(),
                r == null ? null : r.getCouncilTarget(),
                r == null ? null : r.getCouncilTargetMet());
    }

    /** Collects a section's indicators in the catalogue's order, then its charts. */
    private static final class SectionBuilder {
        private final String title;
        private final List<Pending> pending = new ArrayList<>();
        private final List<Figure> figures = new ArrayList<>();
        private final List<String> withoutChart = new ArrayList<>();

        SectionBuilder(String title) {
            this.title = title;
        }

        void add(Indicator indicator, IndicatorTableRecord outcome) {
            pending.add(new Pending(indicator, outcome));
        }

        boolean hasRows() {
            return !pending.isEmpty();
        }
    }

    private static String sectionOf(String code) {
        return SECTIONS.entrySet().stream()
                .filter(s -> code.startsWith(s.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(OTHER_SECTION);
    }

    private static Row row(Indicator indicator, String anchor, String text, IndicatorTableRecord r) {
        String code = indicator.code();
        String name = indicator.name();
        String unit = indicator.unit();
        boolean hasGender = indicator.hasGender();
        if (r == null) {
            String gendered = hasGender ? SwedishNumberFormat.MISSING : "";
            return new Row(
                    code,
                    anchor,
                    text,
                    name,
                    SwedishNumberFormat.MISSING,
                    gendered,
                    gendered,
                    SwedishNumberFormat.MISSING,
                    "",
                    TargetStatus.NONE,
                    "",
                    TargetStatus.NONE);
        }
        return new Row(
                code,
                anchor,
                text,
                name,
                SwedishNumberFormat.outcome(r.getOutcome(), unit),
                byGender(r.getOutcomeWomen(), unit, hasGender),
                byGender(r.getOutcomeMen(), unit, hasGender),
                SwedishNumberFormat.outcome(r.getPreviousYearOutcome(), unit),
                SwedishNumberFormat.target(r.getBoardTarget(), unit),
                TargetStatus.of(r.getBoardTargetMet()),
                SwedishNumberFormat.target(r.getCouncilTarget(), unit),
                TargetStatus.of(r.getCouncilTargetMet()));
    }

    /** An indicator without gender breakdown has an empty cell (nothing to report), not {@code ..}. */
    private static String byGender(Double value, String unit, boolean hasGender) {
        return value == null && !hasGender ? "" : SwedishNumberFormat.outcome(value, unit);
    }
}
