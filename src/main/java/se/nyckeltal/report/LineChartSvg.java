package se.nyckeltal.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;

/**
 * Draws a {@link LineChart} with JFreeChart into an SVG element (JFreeSVG) to be placed inline in
 * the HTML page: no script, no external file, so the report works offline and prints as it is.
 *
 * <p>Deterministic: the same chart gives the same bytes (fixed ids, coordinates rounded to two
 * decimals, no time stamps), so the page can be compared in tests and between runs.
 *
 * <p>Each series' line is one {@code <path>} in a group {@code <g id="ID-line-S" jfreesvg:ref="series:LABEL">},
 * broken where a month has no value (a new sub-path, {@code M}); each month's marker is a group
 * {@code ID-point-S-M} (series, month 0–11), absent for a month without value; each target line a
 * group {@code <g id="ID-target-N" jfreesvg:ref="target:LABEL">}. So a gap is as visible in the
 * markup as in the picture, and a month alone between two gaps still shows as its marker.
 */
final class LineChartSvg {

    static final int WIDTH = 560;
    static final int HEIGHT = 260;

    /** The month axis, as the Swedish annual report abbreviates months. */
    private static final String[] MONTH_LABELS = {
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"
    };

    /** Logical font: JFreeSVG writes it as the browser's {@code sans-serif}. */
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static final Color AXIS_GREY = new Color(110, 110, 110);
    private static final Color GRID_GREY = new Color(221, 221, 221);
    /** Room below and above the values and targets, as a share of their span. */
    private static final double MARGIN = 0.15;
    /** How far below zero the axis starts when the values reach down to zero, as a share of the axis' top. */
    private static final double ZERO_EDGE = 0.03;

    private LineChartSvg() {}

    static String render(LineChart chart) {
        XYPlot plot = new XYPlot(dataset(chart), monthAxis(), valueAxis(chart), new GroupingRenderer(chart));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID_GREY);
        plot.setRangeGridlineStroke(new BasicStroke(0.75f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // Behind the lines: a target is the background against which the months are read.
        for (LineChart.TargetLine target : chart.targets()) {
            plot.addRangeMarker(
                    new ValueMarker(
                            target.value(),
                            target.style().colour(),
                            target.style().stroke()),
                    Layer.BACKGROUND);
        }
        plot.setFixedLegendItems(legend(chart, plot));

        JFreeChart jfree = new JFreeChart(null, LABEL_FONT, plot, true);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setPadding(new RectangleInsets(6, 4, 2, 10));
        LegendTitle legend = jfree.getLegend();
        legend.setItemFont(LABEL_FONT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(new RectangleInsets(6, 0, 0, 0));

        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix(chart.id() + "-"); // the default is a time stamp: not deterministic, not unique per page
        svg.setGeomDoubleConverter(new DoubleConverter(2));
        svg.setTransformDoubleConverter(new DoubleConverter(2));
        jfree.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return svg.getSVGElement(chart.id(), false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static XYSeriesCollection dataset(LineChart chart) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (LineChart.Series series : chart.series()) {
            XYSeries xy = new XYSeries(series.label(), false, false);
            for (int month = 0; month < LineChart.MONTHS; month++) {
                // A null y is kept as null: the renderer breaks the line there instead of drawing a zero.
                xy.add(month, series.monthlyValues().get(month));
            }
            dataset.addSeries(xy);
        }
        return dataset;
    }

    private static SymbolAxis monthAxis() {
        SymbolAxis axis = new SymbolAxis(null, MONTH_LABELS);
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setRange(-0.5, LineChart.MONTHS - 0.5);
        style(axis);
        return axis;
    }

    private static NumberAxis valueAxis(LineChart chart) {
        NumberAxis axis = new NumberAxis(null);
        axis.setStandardTickUnits(SwedishTickUnits.forUnit(chart.unit()));
        axis.setAutoRange(false);
        double[] range = valueRange(chart);
        axis.setRange(range[0], range[1]);
        axis.setAxisLineVisible(false);
        style(axis);
        return axis;
    }

    /**
     * The values and targets with some room around them: a trend chart is read for change and for
     * the distance to the target, which an axis from zero flattens (85 % against a 90 % target is a
     * hair's breadth on a 0–100 axis). Never (visibly) below zero for values that are not negative.
     *
     * @return {lower, upper}
     */
    static double[] valueRange(LineChart chart) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (LineChart.Series series : chart.series()) {
            for (Double value : series.monthlyValues()) {
                if (value != null && Double.isFinite(value)) {
                    lowest = Math.min(lowest, value);
                    highest = Math.max(highest, value);
                }
            }
        }
        for (LineChart.TargetLine target : chart.targets()) {
            lowest = Math.min(lowest, target.value());
            highest = Math.max(highest, target.value());
        }
        if (lowest > highest) { // nothing to draw
            return new double[] {0, 1};
        }
        double span = highest - lowest;
        double margin = span > 0 ? span * MARGIN : Math.max(Math.abs(highest) * MARGIN, 1);
        double lower = lowest - margin;
        double upper = highest + margin;
        if (lowest >= 0 && lower < 0) {
            // Down to just below zero: a marker at zero is not cut in half by the plot's edge,
            // and the step is too short for a negative tick label.
            lower = -upper * ZERO_EDGE;
        }
        return new double[] {lower, upper};
    }

    private static void style(ValueAxis axis) {
        axis.setTickLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(AXIS_GREY);
        axis.setAxisLinePaint(AXIS_GREY);
        axis.setTickMarkPaint(AXIS_GREY);
    }

    /** The series as the renderer shows them, then the targets as line samples with their value. */
    private static LegendItemCollection legend(LineChart chart, XYPlot plot) {
        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getLegendItems());
        for (LineChart.TargetLine target : chart.targets()) {
            items.add(new LegendItem(
                    target.label(),
                    null,
                    null,
                    null,
                    new Line2D.Double(-10, 0, 10, 0),
                    target.style().stroke(),
                    target.style().colour()));
        }
        return items;
    }

    /**
     * Lines and markers in the charts' styles; each series path in path mode (one {@code <path>}
     * per series, broken at a missing month) and wrapped, like each target line, in a named SVG group.
     */
    private static final class GroupingRenderer extends XYLineAndShapeRenderer {

        private static final long serialVersionUID = 1L;

        private final String chartId;
        private final List<LineChart.Series> series;
        private final Map<Marker, Integer> targetIndex = new IdentityHashMap<>();
        private final List<LineChart.TargetLine> targets;

        GroupingRenderer(LineChart chart) {
            super(true, true);
            this.chartId = chart.id();
            this.series = chart.series();
            this.targets = chart.targets();
            setDrawSeriesLineAsPath(true);
            setAutoPopulateSeriesPaint(false);
            setAutoPopulateSeriesStroke(false);
            setAutoPopulateSeriesShape(false);
            for (int i = 0; i < series.size(); i++) {
                ChartStyle style = series.get(i).style();
                setSeriesPaint(i, style.colour());
                setSeriesStroke(i, style.stroke());
                setSeriesShape(i, style.marker());
                setSeriesShapesFilled(i, true);
            }
        }

        @Override
        protected void drawFirstPassShape(Graphics2D g2, int pass, int seriesIndex, int item, Shape shape) {
            beginGroup(
                    g2,
                    chartId + "-line-" + seriesIndex,
                    "series:" + series.get(seriesIndex).label());
            super.drawFirstPassShape(g2, pass, seriesIndex, item, shape);
            endGroup(g2);
        }

        /** The marker of one month's value; no group where the month has no value (nothing is drawn). */
        @Override
        protected void drawSecondaryPass(
                Graphics2D g2,
                XYPlot plot,
                XYDataset dataset,
                int pass,
                int seriesIndex,
                int item,
                ValueAxis domainAxis,
                Rectangle2D dataArea,
                ValueAxis rangeAxis,
                CrosshairState crosshairState,
                EntityCollection entities) {
            boolean drawn = !Double.isNaN(dataset.getYValue(seriesIndex, item));
            if (drawn) {
                beginGroup(g2, chartId + "-point-" + seriesIndex + "-" + item, "month:" + MONTH_LABELS[item]);
            }
            super.drawSecondaryPass(
                    g2,
                    plot,
                    dataset,
                    pass,
                    seriesIndex,
                    item,
                    domainAxis,
                    dataArea,
                    rangeAxis,
                    crosshairState,
                    entities);
            if (drawn) {
                endGroup(g2);
            }
        }

        @Override
        public void drawRangeMarker(Graphics2D g2, XYPlot plot, ValueAxis axis, Marker marker, Rectangle2D dataArea) {
            // Markers are drawn in the order they were added, which is the order of the targets.
            int index = targetIndex.computeIfAbsent(marker, m -> targetIndex.size());
            beginGroup(
                    g2,
                    chartId + "-target-" + index,
                    "target:" + targets.get(index).label());
            super.drawRangeMarker(g2, plot, axis, marker, dataArea);
            endGroup(g2);
        }

        private static void beginGroup(Graphics2D g2, String id, String ref) {
            Map<String, String> group = new LinkedHashMap<>();
            group.put("id", id);
            group.put("ref", ref);
            g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
        }

        private static void endGroup(Graphics2D g2) {
            g2.setRenderingHint(SVGHints.KEY_END_GROUP, "end");
        }
    }
}
