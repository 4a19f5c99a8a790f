package se.nyckeltal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the annual report prints them (docs/indicators.md, "Rounding"): percentages to one decimal,
 * counts and per-FTE values to whole numbers, half away from zero; thousands separated by a
 * no-break space ({@code 5 423}), decimal comma ({@code 6,7}), percent after a no-break space
 * ({@code 6,7 %}); a missing value as {@code ..}, the Swedish statistical sign for "no figure".
 *
 * <p>Rounding starts from {@code BigDecimal.valueOf(value)}, the shortest decimal that denotes the
 * double (what the CSV shows), not from the double's exact binary value: the double nearest 1.45 is
 * 1.4499999999999999555…, which {@code new BigDecimal(1.45)} would round down to 1.4, while the
 * figure the warehouse reports is 1.45 and rounds half away from zero to 1.5.
 */
public final class SwedishNumberFormat {

    /** The thousands separator: a no-break space, so that a number never breaks over two lines. */
    public static final char GROUP_SEPARATOR = '\u00A0';

    public static final String MISSING = "..";
    public static final String PERCENT_UNIT = "%";

    private SwedishNumberFormat() {}

    /** A computed value of an indicator with the unit {@code %} or {@code st}, rounded per the contract. */
    public static String outcome(Double value, String unit) {
        BigDecimal rounded = rounded(value, unit);
        return rounded == null ? MISSING : withUnit(rounded, unit);
    }

    /**
     * The value as {@link #outcome} prints it, as a number (null for no figure): for comparing two
     * figures the way a reader of the table sees them.
     */
    public static BigDecimal rounded(Double value, String unit) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        int decimals = PERCENT_UNIT.equals(unit) ? 1 : 0;
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * A target as it was set: at least the unit's decimals ({@code 95} → {@code 95,0 %}), but never
     * rounded, because a target is an input, and a target of 2.5 shown as 3 would misstate it.
     * Empty when there is no target.
     */
    public static String target(Double value, String unit) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        int decimals = PERCENT_UNIT.equals(unit) ? 1 : 0;
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return withUnit(exact.setScale(Math.max(decimals, exact.scale())), unit);
    }

    /** {@code 1234567.89} → {@code 1 234 567,89}: digits grouped by three, decimal comma, sign kept. */
    public static String group(BigDecimal number) {
        String digits = number.abs().toPlainString();
        int point = digits.indexOf('.');
        String integer = point < 0 ? digits : digits.substring(0, point);
        StringBuilder text = new StringBuilder();
        if (number.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                text.append(GROUP_SEPARATOR);
            }
            text.append(integer.charAt(i));
        }
        if (point >= 0) {
            text.append(',').append(digits, point + 1, digits.length());
        }
        return text.toString();
    }

    private static String withUnit(BigDecimal number, String unit) {
        String text = group(number);
        return PERCENT_UNIT.equals(unit) ? text + GROUP_SEPARATOR + PERCENT_UNIT : text;
    }
}
