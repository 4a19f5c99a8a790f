package se.nyckeltal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.nyckeltal.report.AnnualReport.Figure;
import se.nyckeltal.warehouse.jooq.report.tables.records.IndicatorTableRecord;

/**
 * The charts of one indicator in the annual report, numbered through the page: the monthly trend
 * of the reported year and the year before with the year's targets, and for an indicator with a
 * gender breakdown, women and men per month of the reported year. A chart with nothing to draw is
 * not drawn; the indicator is listed as without chart instead.
 */
final class IndicatorCharts {

    static final String TREND = "trend";
    static final String GENDER = "gender";

    private final MonthlyValues values;
    private final int year;
    private int figureCount;

    /** @param withoutChart what could not be drawn, e.g. "Sjukfrånvaro (kvinnor och män)" */
    record Charts(List<Figure> figures, List<String> withoutChart) {}

    IndicatorCharts(MonthlyValues values, int year) {
        this.values = values;
        this.year = year;
    }

    /** @param outcome the indicator's row of the year in {@code report.indicator_table} (targets), or null */
    Charts of(String code, String name, String unit, boolean hasGender, IndicatorTableRecord outcome) {
        List<Figure> figures = new ArrayList<>();
        List<String> withoutChart = new ArrayList<>();

        // The previous year first, so that the reported year is drawn on top of it.
        List<LineChart.Series> trend = withValues(
                new LineChart.Series(
                        String.valueOf(year - 1), values.of(code, "T", year - 1), ChartStyle.PREVIOUS_YEAR),
                new LineChart.Series(String.valueOf(year), values.of(code, "T", year), ChartStyle.REPORTED_YEAR));
        if (trend.isEmpty()) {
            withoutChart.add(name);
            return new Charts(figures, withoutChart);
        }
        String years = trend.stream().map(LineChart.Series::label).collect(Collectors.joining(" och "));
        figures.add(figure(code, TREND, name + ", per månad " + years, unit, trend, targets(outcome, unit)));

        if (hasGender) {
            LineChart.Series women = new LineChart.Series("Kvinnor", values.of(code, "K", year), ChartStyle.WOMEN);
            LineChart.Series men = new LineChart.Series("Män", values.of(code, "M", year), ChartStyle.MEN);
            List<LineChart.Series> byGender = withValues(women, men);
            if (byGender.isEmpty()) {
                withoutChart.add(name + " (kvinnor och män)");
            } else {
                // Said in the caption, since a line that is not there does not explain itself.
                String missing = !women.hasValues()
                        ? " (kvinnor: inga värden att visa)"
                        : !men.hasValues() ? " (män: inga värden att visa)" : "";
                // Without targets: they are set for all employees, not for women or men.
                figures.add(figure(
                        code,
                        GENDER,
                        name + ", kvinnor och män per månad " + year + missing,
                        unit,
                        byGender,
                        List.of()));
            }
        }
        return new Charts(figures, withoutChart);
    }

    private Figure figure(
            String code,
            String kind,
            String caption,
            String unit,
            List<LineChart.Series> series,
            List<LineChart.TargetLine> targets) {
        int number = ++figureCount;
        // The id comes from the figure's number, not from the indicator code, which is data.
        String svg = LineChartSvg.render(new LineChart("figur-" + number, unit, series, targets));
        return new Figure(code, kind, number, caption, svg);
    }

    private static List<LineChart.Series> withValues(LineChart.Series... series) {
        return List.of(series).stream().filter(LineChart.Series::hasValues).toList();
    }

    private static List<LineChart.TargetLine> targets(IndicatorTableRecord outcome, String unit) {
        List<LineChart.TargetLine> targets = new ArrayList<>();
        if (outcome == null) {
            return targets;
        }
        if (outcome.getBoardTarget() != null && Double.isFinite(outcome.getBoardTarget())) {
            targets.add(new LineChart.TargetLine(
                    "Nämndens mål " + SwedishNumberFormat.target(outcome.getBoardTarget(), unit),
                    outcome.getBoardTarget(),
                    ChartStyle.BOARD_TARGET));
        }
        if (outcome.getCouncilTarget() != null && Double.isFinite(outcome.getCouncilTarget())) {
            targets.add(new LineChart.TargetLine(
                    "KF:s mål " + SwedishNumberFormat.target(outcome.getCouncilTarget(), unit),
                    outcome.getCouncilTarget(),
                    ChartStyle.COUNCIL_TARGET));
        }
        return targets;
    }
}
