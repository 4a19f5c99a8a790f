package se.nyckeltal.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * How a line of a chart looks. Colours differ in lightness as well as hue, and women and men also
 * differ in marker shape, so that a chart still reads when printed in black and white.
 */
enum ChartStyle {
    REPORTED_YEAR(new Color(31, 78, 121), solid(2.5f), circle(7)),
    PREVIOUS_YEAR(new Color(150, 150, 150), solid(1.75f), circle(5)),
    WOMEN(new Color(176, 58, 46), solid(2.25f), circle(7)),
    MEN(new Color(31, 111, 139), solid(2.25f), square(6)),
    BOARD_TARGET(new Color(197, 90, 17), dashed(1.75f, 7f, 4f), null),
    COUNCIL_TARGET(new Color(106, 61, 154), dashed(1.75f, 2f, 3f), null);

    private final Color colour;
    private final Stroke stroke;
    private final Shape marker;

    ChartStyle(Color colour, Stroke stroke, Shape marker) {
        this.colour = colour;
        this.stroke = stroke;
        this.marker = marker;
    }

    Color colour() {
        return colour;
    }

    Stroke stroke() {
        return stroke;
    }

    /** The shape drawn at each value (so that a single month between gaps is still seen); null for targets. */
    Shape marker() {
        return marker;
    }

    private static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static Stroke dashed(float width, float dash, float gap) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {dash, gap}, 0f);
    }

    private static Shape circle(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    private static Shape square(double side) {
        return new Rectangle2D.Double(-side / 2, -side / 2, side, side);
    }
}
