package se.nyckeltal.report;

import java.util.List;

/**
 * The human-readable report of one year, already formatted: the template only places the text.
 * Public only because the template engine reads it by reflection.
 *
 * @param year          the year reported; null when the warehouse has no data at all
 * @param hasData       whether {@code year} has any indicator data
 * @param partialYear   e.g. "januari–mars 2018" when the year's data ends before December, else null
 * @param yearsWithData every year with data, oldest first (shown when the requested year has none)
 * @param details       one per table row, in the table's order: what each figure of the row is made of
 */
public record AnnualReport(
        Integer year,
        boolean hasData,
        String partialYear,
        List<Integer> yearsWithData,
        List<Section> sections,
        List<Detail> details) {

    public Integer previousYear() {
        return year == null ? null : year - 1;
    }

    /**
     * A part of the annual report (Ekonomi, Lön och pension, Kontaktcenter, HR): its table, then its charts.
     *
     * @param withoutChart indicators (or their gender chart) without any month value to draw
     */
    public record Section(String title, List<Row> rows, List<Figure> figures, List<String> withoutChart) {}

    /**
     * A numbered chart below its section's table.
     *
     * @param kind {@code trend} (months of the year and the year before, with targets) or
     *             {@code gender} (women and men per month)
     * @param svg  the chart as an inline SVG element, made by the program (never from warehouse text)
     */
    public record Figure(String indicatorCode, String kind, int number, String caption, String svg) {}

    /**
     * One indicator's line; numbers formatted, {@code ..} where there is no figure.
     *
     * @param anchor the id of the indicator's {@link Detail}; each figure links to {@code anchor-<column>} there
     * @param text   one or two sentences about the year made from the same figures ({@link ReportText})
     */
    public record Row(
            String code,
            String anchor,
            String text,
            String name,
            String outcome,
            String women,
            String men,
            String previousYear,
            String boardTarget,
            TargetStatus boardStatus,
            String councilTarget,
            TargetStatus councilStatus) {}

    /**
     * The drill-down of one indicator, below the tables: the same figures of the year as its table
     * row, read from {@code report.indicator_values} (never recomputed), the months, the split by
     * business area and unit, and the deliveries the figures were computed from.
     *
     * @param outcome      the year's value of the whole administration (gender T), formatted as in the table
     * @param months       a line per series (the year: total, women, men; the year before: total), twelve cells each
     * @param areas        the year's values per business area
     * @param units        the year's values per unit
     * @param sources      the facts counted, by extract, with their deliveries
     */
    public record Detail(
            String code,
            String anchor,
            String name,
            boolean hasGender,
            String text,
            String outcome,
            String women,
            String men,
            String previousYear,
            List<MonthRow> months,
            List<OrgRow> areas,
            List<OrgRow> units,
            List<Sources> sources) {}

    /** A series of the monthly table: its label and twelve formatted values, January first. */
    public record MonthRow(String label, List<String> values) {}

    /** A business area or unit: code, name (empty for an area) and the year's values, formatted. */
    public record OrgRow(String code, String name, String total, String women, String men) {}

    /**
     * The deliveries of one extract behind an indicator's year.
     *
     * @param aboutEmployees files and row counts only: no line numbers of rows about employees
     */
    public record Sources(String title, String extract, boolean aboutEmployees, List<Delivery> deliveries) {}

    /**
     * A delivered file whose rows are counted in the year's figures (the delivery that won, when a
     * row was delivered more than once).
     *
     * @param rows  the file's rows of the year that the figures count, formatted
     * @param lines first and last line of those rows ("2–4 318"); empty for rows about employees
     */
    public record Delivery(
            String fileName, String checksum, String runId, String loadedAt, String rows, String lines) {}

    /** Whether a yearly outcome meets a target; NONE without target, direction or outcome. */
    public enum TargetStatus {
        MET("✓", "Mål uppnått", "met"),
        NOT_MET("✗", "Mål ej uppnått", "not-met"),
        NONE("", "", "none");

        private final String symbol;
        private final String text;
        private final String cssClass;

        TargetStatus(String symbol, String text, String cssClass) {
            this.symbol = symbol;
            this.text = text;
            this.cssClass = cssClass;
        }

        static TargetStatus of(Boolean met) {
            return met == null ? NONE : met ? MET : NOT_MET;
        }

        public String symbol() {
            return symbol;
        }

        public String text() {
            return text;
        }

        public String cssClass() {
            return cssClass;
        }
    }
}
