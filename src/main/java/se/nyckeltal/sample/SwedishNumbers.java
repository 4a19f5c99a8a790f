package se.nyckeltal.sample;

/** Decimal numbers in Swedish notation, formatted from exact integers (no floating-point text). */
final class SwedishNumbers {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private SwedishNumbers() {}

    static String trimmed(long unscaled, int scale) {
        StringBuilder text = new StringBuilder();
        appendTrimmed(text, unscaled, scale);
        return text.toString();
    }

    static void appendTrimmed(StringBuilder out, long unscaled, int scale) {
        if (unscaled < 0) {
            out.append('-');
            unscaled = -unscaled;
        }
        long power = POWERS[scale];
        out.append(unscaled / power);
        long fraction = unscaled % power;
        if (fraction == 0) {
            return;
        }
        int digits = scale;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        out.append(',');
        appendPadded(out, fraction, digits);
    }

    static void appendAmount(StringBuilder out, long ore, boolean groupThousands) {
        if (ore < 0) {
            out.append('-');
            ore = -ore;
        }
        long kronor = ore / 100;
        if (groupThousands && kronor >= 1000) {
            appendGrouped(out, kronor);
        } else {
            out.append(kronor);
        }
        out.append(',');
        appendPadded(out, ore % 100, 2);
    }

    private static void appendGrouped(StringBuilder out, long kronor) {
        if (kronor >= 1000) {
            appendGrouped(out, kronor / 1000);
            out.append(' ');
            appendPadded(out, kronor % 1000, 3);
        } else {
            out.append(kronor);
        }
    }

    private static void appendPadded(StringBuilder out, long value, int digits) {
        for (int d = digits - 1; d > 0; d--) {
            if (value < POWERS[d]) {
                out.append('0');
            }
        }
        out.append(value);
    }
}
