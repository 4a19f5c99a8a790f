package se.nyckeltal.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * The steps a chart's value axis may choose from (1, 2, 5 times a power of ten), labelled as the
 * report writes numbers ({@link SwedishNumberFormat}): decimal comma, no-break space between
 * thousands, {@code " %"} after percentages, and only as many decimals as the step needs
 * ({@code 0,5} but {@code 2}, not {@code 2,0}).
 */
final class SwedishTickUnits {

    private static final double[] MANTISSAS = {1, 2, 5};
    private static final int SMALLEST_EXPONENT = -3;
    private static final int LARGEST_EXPONENT = 9;

    private SwedishTickUnits() {}

    static TickUnitSource forUnit(String unit) {
        TickUnits units = new TickUnits();
        for (int exponent = SMALLEST_EXPONENT; exponent <= LARGEST_EXPONENT; exponent++) {
            for (double mantissa : MANTISSAS) {
                double size = mantissa * Math.pow(10, exponent);
                units.add(new NumberTickUnit(size, format(Math.max(0, -exponent), unit)));
            }
        }
        return units;
    }

    /** Fixed symbols rather than the JDK's Swedish locale data, whose minus sign and grouping vary by version. */
    static DecimalFormat format(int decimals, String unit) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(SwedishNumberFormat.GROUP_SEPARATOR);
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), symbols);
        if (SwedishNumberFormat.PERCENT_UNIT.equals(unit)) {
            format.setPositiveSuffix(SwedishNumberFormat.GROUP_SEPARATOR + SwedishNumberFormat.PERCENT_UNIT);
            format.setNegativeSuffix(SwedishNumberFormat.GROUP_SEPARATOR + SwedishNumberFormat.PERCENT_UNIT);
        }
        return format;
    }
}
