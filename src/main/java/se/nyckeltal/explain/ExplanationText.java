package se.nyckeltal.explain;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import se.nyckeltal.explain.Explanation.Cell;
import se.nyckeltal.explain.Explanation.Delivery;
import se.nyckeltal.explain.Explanation.Figure;
import se.nyckeltal.explain.Explanation.Part;

/**
 * The explanation for people: a heading, the value and its parts, then the tables of months,
 * areas or units and deliveries. Numbers unrounded (to 10 significant digits), {@code .} as the
 * decimal separator, so that they can be checked against the warehouse; withheld values {@code ..}.
 */
public final class ExplanationText {

    private ExplanationText() {}

    public static void print(Explanation explanation, PrintWriter out) {
        Explanation.Indicator indicator = explanation.indicator();
        Cell cell = explanation.cell();
        Figure figure = explanation.figure();
        out.println(indicator.code() + "  " + indicator.name() + " (" + indicator.unit() + ")");
        out.println("  formula      " + indicator.formula());
        out.println("  computed by  " + String.join(", ", indicator.models()));
        out.println("  value of     " + cell.periodType() + " " + cell.period() + " (" + cell.periodStart() + " to "
                + cell.periodEnd() + "), " + cell.orgLevel() + " " + cell.orgCode() + ", gender " + cell.gender());
        if (figure.suppressed()) {
            out.println("  value        .. withheld (" + figure.suppression() + "): " + figure.suppressionReason());
        } else {
            out.println("  value        " + number(figure.value())
                    + (figure.denominator() == null
                            ? ""
                            : "    numerator " + number(figure.numerator()) + ", denominator "
                                    + number(figure.denominator())));
        }
        out.println("  read from    " + explanation.warehouse().description());
        parts(out, "by month", explanation.months());
        parts(
                out,
                "ALL".equals(cell.orgLevel()) ? "by area" : "by unit of " + cell.orgCode(),
                explanation.organisation());
        deliveries(out, explanation.deliveries());
        explanation.notes().forEach(note -> out.println("Note: " + note));
        out.flush();
    }

    private static void parts(PrintWriter out, String heading, List<Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        out.println();
        String row = "  %-14s %14s %16s %16s  %s%n";
        out.printf(row, heading, "value", "numerator", "denominator", "");
        for (Part part : parts) {
            out.printf(
                    row,
                    part.code(),
                    part.suppressed() ? ".." : number(part.value()),
                    part.suppressed() ? ".." : number(part.numerator()),
                    part.suppressed() ? ".." : number(part.denominator()),
                    part.note() == null ? "" : part.note());
        }
    }

    private static void deliveries(PrintWriter out, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        out.println();
        out.println("  deliveries");
        for (Delivery delivery : deliveries) {
            String rows = delivery.rowsContributing() != null
                    ? rows(delivery.rowsContributing()) + ", lines " + delivery.firstLine() + "–" + delivery.lastLine()
                    : rows(delivery.rowsInPeriodAllUnits()) + " in the period (whole administration)";
            out.println("    " + delivery.fileName() + "  run " + delivery.runId() + "  " + rows + "  sha256 "
                    + delivery.fileChecksum());
        }
    }

    private static String rows(long rows) {
        return rows == 1 ? "1 row" : rows + " rows";
    }

    static String number(Double value) {
        if (value == null) {
            return "-";
        }
        return new BigDecimal(value)
                .round(new MathContext(10))
                .stripTrailingZeros()
                .toPlainString();
    }
}
