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
 */
public record AnnualReport(
        Integer year, boolean hasData, String partialYear, List<Integer> yearsWithData, List<Section> sections) {

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

    /** One indicator's line; numbers formatted, {@code ..} where there is no figure. */
    public record Row(
            String code,
            String name,
            String outcome,
            String women,
            String men,
            String previousYear,
            String boardTarget,
            TargetStatus boardStatus,
            String councilTarget,
            TargetStatus councilStatus) {}

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
