package se.nyckeltal.extract;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer) in text. This one detector serves every place text leaves the reader or the
 * loader: raw lines, reasons, warnings, file names and the values of valid rows.
 *
 * <p>What it recognises: a date part of 6 digits (YYMMDD) or 8 (CCYYMMDD, century 18, 19 or 20),
 * or a dashed date (YYYY-MM-DD, YY-MM-DD, with {@code -} or an en dash), then four digits, either
 * directly or after one separator: {@code -}, {@code +}, a space, a non-breaking space, an en or
 * em dash or a minus sign. The month is 01–12 and the day 01–31, or 61–91 for a coordination number
 * (day + 60). Never inside a longer number (no digit just before or after).
 *
 * <p>The trade-off between missing one and hitting an ordinary number:
 * <ul>
 * <li>in free text ({@link #mask}: raw lines, reasons, warnings) every such shape is masked, check
 *     digit or not: a masked invoice number in a rejected line costs nothing, and a mistyped identity
 *     number is still personal data;</li>
 * <li>in a value or a name ({@link #holdsOne}, {@link #maskInName}), where a hit changes what is stored,
 *     a shape without a separator (ten or twelve digits in a row, or a dashed date) also needs a valid
 *     check digit (Luhn, over the ten digits without the century). A ten-digit number with a plausible
 *     date part passes that only one time in ten (so some 0.7 % of random ten-digit numbers, instead of
 *     7 %), and a number such as an invoice or OCR number whose "month" is 00 or above 12 never
 *     matches. The price: an identity number delivered without a separator and with a wrong check digit
 *     is stored as delivered. A shape with a separator (121212-1212) is masked whatever its check digit.</li>
 * </ul>
 */
public final class IdentityNumbers {

    public static final String MASK = "***";

    private IdentityNumbers() {}

    /** Free text with every identity-number shape replaced by {@value #MASK} (no check digit needed). */
    public static String mask(String text) {
        return replace(text, false);
    }

    /** A value or file name with every identity number replaced by {@value #MASK} (check digit needed without separator). */
    public static String maskInName(String text) {
        return replace(text, true);
    }

    /** True when a value holds an identity number (check digit needed without separator). */
    public static boolean holdsOne(String value) {
        if (value == null || !enoughDigits(value)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (startsRun(value, i) && matchEnd(value, i, true) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String replace(String text, boolean strict) {
        if (text == null || !enoughDigits(text)) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!startsRun(text, i)) {
                continue;
            }
            int end = matchEnd(text, i, strict);
            if (end > 0) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(MASK);
                copied = end;
                i = end - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Ten digits at least, or nothing can match: the cheap test every value goes through. */
    private static boolean enoughDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i)) && ++digits >= 10) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsRun(String text, int i) {
        return isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)));
    }

    /** Where an identity number starting at {@code start} ends (exclusive), or -1. */
    private static int matchEnd(String text, int start, boolean strict) {
        int run = digitsFrom(text, start);
        int afterRun = start + run;
        if (run == 10 || run == 12) {
            int date = start + run - 10;
            boolean century = run == 10 || isCentury(text, start);
            if (century
                    && plausibleDate(text, date, date + 2, date + 4)
                    && (!strict || luhn(text, date, date + 2, date + 4, date + 6))) {
                return afterRun;
            }
            return -1;
        }
        if (run == 6 || run == 8) {
            int date = start + run - 6;
            boolean century = run == 6 || isCentury(text, start);
            int last4 = afterSeparator(text, afterRun);
            if (century && last4 > 0 && plausibleDate(text, date, date + 2, date + 4)) {
                return last4 + 4;
            }
            return -1;
        }
        if (run == 4 || run == 2) {
            return dashedDateEnd(text, start, run, strict);
        }
        return -1;
    }

    /** {@code YYYY-MM-DD} or {@code YY-MM-DD}, then an optional separator and four digits. */
    private static int dashedDateEnd(String text, int start, int yearDigits, boolean strict) {
        int month = start + yearDigits + 1;
        int day = month + 3;
        if (yearDigits == 4 && !isCentury(text, start)) {
            return -1;
        }
        if (!isDash(text, month - 1)
                || digitsFrom(text, month) != 2
                || !isDash(text, day - 1)
                || digitsFrom(text, day) != 2) {
            return -1;
        }
        int afterDay = day + 2;
        int last4 = afterSeparator(text, afterDay);
        if (last4 < 0 && digitsFrom(text, afterDay) == 4) {
            last4 = afterDay;
        }
        int year = start + yearDigits - 2;
        if (last4 < 0 || !plausibleDate(text, year, month, day) || (strict && !luhn(text, year, month, day, last4))) {
            return -1;
        }
        return last4 + 4;
    }

    /** The start of four digits (and no fifth) after one separator at {@code at}, or -1. */
    private static int afterSeparator(String text, int at) {
        if (at >= text.length() || !isSeparator(text.charAt(at))) {
            return -1;
        }
        return digitsFrom(text, at + 1) == 4 ? at + 1 : -1;
    }

    private static int digitsFrom(String text, int at) {
        int i = at;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i - at;
    }

    private static boolean isCentury(String text, int at) {
        int century = twoDigits(text, at);
        return century >= 18 && century <= 20;
    }

    private static boolean plausibleDate(String text, int year, int month, int day) {
        int mm = twoDigits(text, month);
        int dd = twoDigits(text, day);
        return mm >= 1 && mm <= 12 && ((dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91));
    }

    /** The Luhn check over YYMMDD and the last four digits (the last being the check digit). */
    private static boolean luhn(String text, int year, int month, int day, int last4) {
        int[] digits = {
            digit(text, year),
            digit(text, year + 1),
            digit(text, month),
            digit(text, month + 1),
            digit(text, day),
            digit(text, day + 1),
            digit(text, last4),
            digit(text, last4 + 1),
            digit(text, last4 + 2),
            digit(text, last4 + 3)
        };
        int sum = 0;
        for (int i = 0; i < digits.length; i++) {
            int d = i % 2 == 0 ? digits[i] * 2 : digits[i];
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
    }

    private static int twoDigits(String text, int at) {
        return digit(text, at) * 10 + digit(text, at + 1);
    }

    private static int digit(String text, int at) {
        return text.charAt(at) - '0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDash(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c == '-' || c == '\u2013';
    }

    /** Hyphen, plus (100 years or older), space, no-break space, en dash, em dash, minus sign. */
    private static boolean isSeparator(char c) {
        return c == '-' || c == '+' || c == ' ' || c == '\u00A0' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }
}
