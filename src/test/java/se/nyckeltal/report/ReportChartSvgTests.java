package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.Test;
import se.nyckeltal.report.SvgChart.Point;

/** The charts as SVG: {@link LineChartSvg}, read back as the browser reads it. */
class ReportChartSvgTests {

    private static final String NBSP = "\u00A0";
    /** Coordinates are written with two decimals. */
    private static final Offset<Double> ROUNDING = within(0.011);

    private static LineChart.Series series(String label, ChartStyle style, Double... months) {
        return new LineChart.Series(label, Arrays.asList(months), style);
    }

    private static SvgChart render(LineChart chart) {
        return SvgChart.parse(LineChartSvg.render(chart));
    }

    @Test
    void aSuppressedMonthBreaksTheLineInsteadOfDroppingToZero() {
        // June suppressed (null): January–May and July–December are two separate pieces of line.
        SvgChart svg = render(new LineChart(
                "figur-1",
                "%",
                List.of(series(
                        "2017",
                        ChartStyle.REPORTED_YEAR,
                        10.0,
                        12.0,
                        11.0,
                        13.0,
                        12.0,
                        null,
                        14.0,
                        15.0,
                        13.0,
                        12.0,
                        11.0,
                        10.0)),
                List.of()));

        List<List<Point>> pieces = svg.subPaths("figur-1-line-0");

        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0)).hasSize(5); // jan..maj
        assertThat(pieces.get(1)).hasSize(6); // jul..dec
        double monthWidth = pieces.get(0).get(1).x() - pieces.get(0).get(0).x();
        assertThat(monthWidth).isPositive();
        // From May to July is two months: June is skipped, not drawn anywhere.
        assertThat(pieces.get(1).get(0).x() - pieces.get(0).get(4).x()).isCloseTo(2 * monthWidth, ROUNDING);
        // Higher values are drawn higher (smaller y): February 12 above January 10.
        assertThat(pieces.get(0).get(1).y()).isLessThan(pieces.get(0).get(0).y());
    }

    @Test
    void zeroIsAValueButNullIsAGap() {
        // January 0 is drawn (a month alone: its marker, no line), February has no value, March–December 5.
        SvgChart svg = render(new LineChart(
                "figur-2",
                "st",
                List.of(series(
                        "2017", ChartStyle.REPORTED_YEAR, 0.0, null, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0)),
                List.of()));

        List<List<Point>> pieces = svg.subPaths("figur-2-line-0");

        assertThat(pieces).extracting(List::size).containsExactly(10); // mar..dec
        assertThat(svg.hasGroup("figur-2-point-0-0")).as("January's marker").isTrue();
        assertThat(svg.hasGroup("figur-2-point-0-1")).as("February's marker").isFalse();
        assertThat(svg.hasGroup("figur-2-point-0-2")).as("March's marker").isTrue();
        // The zero is below the fives, one month left of February, which is one month left of March.
        Point january = svg.centre("figur-2-point-0-0");
        Point march = pieces.get(0).get(0);
        assertThat(january.y()).isGreaterThan(march.y());
        assertThat(svg.centre("figur-2-point-0-2").x()).isCloseTo(march.x(), ROUNDING);
        double monthWidth = pieces.get(0).get(1).x() - march.x();
        assertThat(march.x() - january.x()).isCloseTo(2 * monthWidth, ROUNDING);
    }

    @Test
    void targetsAreHorizontalLinesAtTheirValueAcrossTheYear() {
        // February's value equals the council target (12), December's the board target (5).
        SvgChart svg = render(new LineChart(
                "figur-3",
                "%",
                List.of(series(
                        "2017",
                        ChartStyle.REPORTED_YEAR,
                        10.0,
                        12.0,
                        11.0,
                        13.0,
                        12.0,
                        11.0,
                        14.0,
                        15.0,
                        13.0,
                        12.0,
                        11.0,
                        5.0)),
                List.of(
                        new LineChart.TargetLine("Nämndens mål 5,0 %", 5.0, ChartStyle.BOARD_TARGET),
                        new LineChart.TargetLine("KF:s mål 12,0 %", 12.0, ChartStyle.COUNCIL_TARGET))));
        List<Point> months = svg.subPaths("figur-3-line-0").get(0);
        List<Point> board = svg.line("figur-3-target-0");
        List<Point> council = svg.line("figur-3-target-1");

        assertThat(board.get(0).y()).isCloseTo(board.get(1).y(), ROUNDING);
        assertThat(board.get(0).y()).isCloseTo(months.get(11).y(), ROUNDING);
        assertThat(council.get(0).y()).isCloseTo(council.get(1).y(), ROUNDING);
        assertThat(council.get(0).y()).isCloseTo(months.get(1).y(), ROUNDING);
        // From the left of January to the right of December.
        assertThat(board.get(0).x()).isLessThan(months.get(0).x());
        assertThat(board.get(1).x()).isGreaterThan(months.get(11).x());
        assertThat(svg.group("figur-3-target-0").getAttribute("jfreesvg:ref")).isEqualTo("target:Nämndens mål 5,0 %");
        // The legend names the lines.
        assertThat(svg.texts()).contains("2017", "Nämndens mål 5,0 %", "KF:s mål 12,0 %");
    }

    @Test
    void aTargetFarFromTheValuesStillShows() {
        // Values 85–90, target 95: the axis reaches 95 + 15 % of the span 85..95 (1,5) = 96,5,
        // and starts at 85 - 1,5 = 83,5 (a trend chart is read for change, not from zero).
        LineChart chart = new LineChart(
                "figur-4",
                "%",
                List.of(series(
                        "2017",
                        ChartStyle.REPORTED_YEAR,
                        85.0,
                        86.0,
                        87.0,
                        88.0,
                        89.0,
                        90.0,
                        90.0,
                        89.0,
                        88.0,
                        87.0,
                        86.0,
                        85.0)),
                List.of(new LineChart.TargetLine("Nämndens mål 95,0 %", 95.0, ChartStyle.BOARD_TARGET)));

        assertThat(LineChartSvg.valueRange(chart)).containsExactly(new double[] {83.5, 96.5}, within(1e-9));
    }

    @Test
    void theAxisShowsNothingBelowZeroForValuesThatCannotBeNegative() {
        // Values 0–10: the top is 10 + 15 % of 10 = 11,5; the bottom not 0 - 1,5 but just below zero,
        // 3 % of 11,5 = 0,345, so that a marker at zero is drawn whole.
        LineChart chart = new LineChart(
                "figur-5",
                "st",
                List.of(series(
                        "2017",
                        ChartStyle.REPORTED_YEAR,
                        0.0,
                        10.0,
                        4.0,
                        6.0,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                List.of());

        assertThat(LineChartSvg.valueRange(chart)).containsExactly(new double[] {-0.345, 11.5}, within(1e-9));
        // No tick label below zero.
        List<String> texts = render(chart).texts();
        assertThat(texts).contains("0").noneMatch(t -> t.startsWith("-") || t.startsWith("\u2212"));
    }

    @Test
    void monthsAreLabelledInSwedishFromJanuaryToDecember() {
        SvgChart svg = render(new LineChart(
                "figur-6",
                "st",
                List.of(series(
                        "2017",
                        ChartStyle.REPORTED_YEAR,
                        1.0,
                        2.0,
                        3.0,
                        4.0,
                        5.0,
                        6.0,
                        7.0,
                        8.0,
                        9.0,
                        10.0,
                        11.0,
                        12.0)),
                List.of()));

        assertThat(svg.texts())
                .containsSubsequence(
                        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
    }

    @Test
    void percentTicksHaveDecimalCommaAndPercentSign() {
        // A span of a little over one percentage point: steps below one, so some labels need a decimal.
        SvgChart svg = render(new LineChart(
                "figur-7",
                "%",
                List.of(series(
                        "2017", ChartStyle.REPORTED_YEAR, 6.2, 6.4, 6.9, 7.4, 7.1, 6.8, 6.5, 6.3, 6.6, 7.0, 7.2, 7.3)),
                List.of()));

        List<String> ticks = svg.texts().stream().filter(t -> t.endsWith("%")).toList();

        assertThat(ticks).isNotEmpty().allMatch(t -> t.matches("[0-9]+(,[0-9]+)?" + NBSP + "%"), "6,5 % style");
        assertThat(ticks).anyMatch(t -> t.contains(","));
    }

    @Test
    void countTicksGroupThousandsWithANoBreakSpace() {
        SvgChart svg = render(new LineChart(
                "figur-8",
                "st",
                List.of(series(
                        "2017",
                        ChartStyle.REPORTED_YEAR,
                        1200.0,
                        1300.0,
                        1400.0,
                        1500.0,
                        1600.0,
                        1500.0,
                        1400.0,
                        1300.0,
                        1200.0,
                        1300.0,
                        1400.0,
                        1500.0)),
                List.of()));

        assertThat(svg.texts())
                .anyMatch(t -> t.matches("1" + NBSP + "[0-9]00"))
                .noneMatch(t -> t.matches("1[,.]?[0-9]00"));
    }

    @Test
    void theSameChartGivesTheSameBytesAndItsIdsAreItsOwn() {
        LineChart chart = new LineChart(
                "figur-9",
                "%",
                List.of(
                        series(
                                "2016",
                                ChartStyle.PREVIOUS_YEAR,
                                5.0,
                                6.0,
                                null,
                                7.0,
                                6.0,
                                5.0,
                                4.0,
                                5.0,
                                6.0,
                                7.0,
                                6.0,
                                5.0),
                        series(
                                "2017",
                                ChartStyle.REPORTED_YEAR,
                                6.0,
                                5.0,
                                4.0,
                                null,
                                6.0,
                                7.0,
                                5.0,
                                4.0,
                                5.0,
                                6.0,
                                7.0,
                                8.0)),
                List.of(new LineChart.TargetLine("Nämndens mål 6,0 %", 6.0, ChartStyle.BOARD_TARGET)));

        String first = LineChartSvg.render(chart);

        assertThat(LineChartSvg.render(chart)).isEqualTo(first);
        // Several charts share one page: every id (clip paths included) carries the chart's id.
        assertThat(SvgChart.parse(first).ids()).isNotEmpty().allMatch(id -> id.startsWith("figur-9"));
    }

    @Test
    void tickLabelsAreFormattedLikeTheTable() {
        TickUnitSource percent = SwedishTickUnits.forUnit("%");
        TickUnitSource count = SwedishTickUnits.forUnit("st");

        TickUnit halfPercent = percent.getCeilingTickUnit(0.4); // the step 0,5
        TickUnit thousand = count.getCeilingTickUnit(900); // the step 1 000

        assertThat(halfPercent.getSize()).isEqualTo(0.5);
        assertThat(halfPercent.valueToString(2.5)).isEqualTo("2,5" + NBSP + "%");
        assertThat(halfPercent.valueToString(3)).isEqualTo("3,0" + NBSP + "%");
        assertThat(thousand.getSize()).isEqualTo(1000);
        assertThat(thousand.valueToString(12000)).isEqualTo("12" + NBSP + "000");
    }
}
