package se.nyckeltal.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Parsing of field values the way Swedish exports write them. Every method takes an already trimmed,
 * non-empty value and reports failure through a sentinel instead of an exception, because it runs for
 * millions of fields and a bad value is an ordinary outcome, not an error.
 *
 * <p>Strictness follows the extract contract: only what it lists is accepted (no exponents, no
 * {@code NaN}/{@code Infinity}, no lenient dates).
 */
public final class SwedishValues {

    /** What {@link #parseInteger} returns for a value that is not a 32-bit integer. */
    public static final long NOT_AN_INTEGER = Long.MIN_VALUE;

    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';

    /**
     * Year 0000 is no calendar year (1 BC is followed by AD 1). DuckDB stores it as 1 BC, which reads back
     * as 0001 through JDBC: accepting it would change the value silently, so such a date is invalid.
     */
    private static final int FIRST_YEAR = 1;

    /** Powers of ten that are exact doubles: the fast path divides by one of them. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    /** Largest mantissa the fast path takes: below it, mantissa / 10^scale is correctly rounded. */
    private static final long EXACT_MANTISSA_LIMIT = 1L << 53;

    /**
     * Recently parsed dates and times, direct-mapped: a delivery repeats few distinct dates, and handing
     * out the same immutable instance saves an allocation per field. Races are benign (immutable values,
     * checked on read).
     */
    private static final int DATE_CACHE_SIZE = 1 << 13;

    private static final LocalDate[] DATE_CACHE = new LocalDate[DATE_CACHE_SIZE];
    private static final LocalTime[] TIME_CACHE = new LocalTime[24 * 60 * 60];

    private SwedishValues() {}

    /**
     * Removes surrounding spaces and tabs only (a non-breaking space is data, not padding).
     * Returns the same instance when there is nothing to remove.
     */
    public static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isPadding(value.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    private static boolean isPadding(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * A decimal number: optional sign, digits, at most one decimal separator ({@code ,} or {@code .}),
     * and a space, no-break space (U+00A0) or narrow no-break space (U+202F) between digits of the
     * integer part as thousands separator: {@code 5 423,5}, {@code 5423.5}, {@code 1 234 567,89}.
     *
     * @return the value, or {@link Double#NaN} when the text is not such a number or is out of the
     *         range of a double
     */
    public static double parseDecimal(String value) {
        int length = value.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+')) {
            negative = value.charAt(0) == '-';
            i = 1;
        }
        long mantissa = 0;
        int scale = 0;
        int digits = 0;
        boolean decimalSeparatorSeen = false;
        boolean previousWasDigit = false;
        boolean fitsFastPath = true;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                previousWasDigit = true;
                if (mantissa < EXACT_MANTISSA_LIMIT / 10) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (decimalSeparatorSeen) {
                        scale++;
                    }
                } else {
                    fitsFastPath = false;
                }
            } else if (c == ',' || c == '.') {
                if (decimalSeparatorSeen) {
                    return Double.NaN;
                }
                decimalSeparatorSeen = true;
                previousWasDigit = false;
            } else if (c == ' ' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE) {
                // a thousands separator sits between two digits of the integer part
                if (decimalSeparatorSeen || !previousWasDigit || i + 1 >= length || !isDigit(value.charAt(i + 1))) {
                    return Double.NaN;
                }
                previousWasDigit = false;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double result;
        if (fitsFastPath && scale < POWERS_OF_TEN.length) {
            // both operands are exact doubles, so the one rounding of the division is the correct one
            result = scale == 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[scale];
        } else {
            result = parseLongDecimal(value);
        }
        if (Double.isInfinite(result)) {
            return Double.NaN;
        }
        if (result == 0) {
            return 0.0; // no negative zero
        }
        return negative ? -result : result;
    }

    /** Many significant digits: let the JDK round them, after removing separators. Rare. */
    private static double parseLongDecimal(String value) {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isDigit(c)) {
                plain.append(c);
            } else if (c == ',' || c == '.') {
                plain.append('.');
            }
        }
        if (plain.charAt(0) == '.') {
            plain.insert(0, '0');
        }
        return Double.parseDouble(plain.toString());
    }

    /**
     * A plain integer: optional sign and digits, nothing else.
     *
     * @return the value, or {@link #NOT_AN_INTEGER} when the text is not one or is outside 32 bits
     */
    public static long parseInteger(String value) {
        int length = value.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+')) {
            negative = value.charAt(0) == '-';
            i = 1;
        }
        if (i == length || length - i > 12) {
            return NOT_AN_INTEGER;
        }
        long result = 0;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return NOT_AN_INTEGER;
            }
            result = result * 10 + (c - '0');
        }
        result = negative ? -result : result;
        return result < Integer.MIN_VALUE || result > Integer.MAX_VALUE ? NOT_AN_INTEGER : result;
    }

    /** A date {@code yyyy-MM-dd} that exists in the calendar (years 0001–9999); null otherwise. */
    public static LocalDate parseDate(String value) {
        if (value.length() != 10) {
            return null;
        }
        return dateAt(value);
    }

    /** A month {@code yyyy-MM}, as its first day; null otherwise. */
    public static LocalDate parseMonth(String value) {
        if (value.length() != 7 || value.charAt(4) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        if (year < FIRST_YEAR || month < 1 || month > 12) {
            return null;
        }
        return date(year, month, 1);
    }

    /** A local timestamp {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-ddTHH:mm:ss}; null otherwise. */
    public static LocalDateTime parseTimestamp(String value) {
        if (value.length() != 19) {
            return null;
        }
        char separator = value.charAt(10);
        if ((separator != ' ' && separator != 'T') || value.charAt(13) != ':' || value.charAt(16) != ':') {
            return null;
        }
        LocalDate date = dateAt(value);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(date, time(hour, minute, second));
    }

    /** {@code J/N}, {@code Ja/Nej}, {@code Y/N}, {@code true/false}, {@code 1/0}, any case; null otherwise. */
    public static Boolean parseBoolean(String value) {
        switch (value.length()) {
            case 1:
                char c = value.charAt(0);
                if (c == 'J' || c == 'j' || c == 'Y' || c == 'y' || c == '1') {
                    return Boolean.TRUE;
                }
                if (c == 'N' || c == 'n' || c == '0') {
                    return Boolean.FALSE;
                }
                return null;
            case 2:
                return value.equalsIgnoreCase("ja") ? Boolean.TRUE : null;
            case 3:
                return value.equalsIgnoreCase("nej") ? Boolean.FALSE : null;
            case 4:
                return value.equalsIgnoreCase("true") ? Boolean.TRUE : null;
            case 5:
                return value.equalsIgnoreCase("false") ? Boolean.FALSE : null;
            default:
                return null;
        }
    }

    /** The date in the first ten characters, which must be {@code yyyy-MM-dd}. */
    private static LocalDate dateAt(String value) {
        if (value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return null;
        }
        return date(year, month, day);
    }

    /** A valid date, from the cache when it was seen recently. */
    private static LocalDate date(int year, int month, int day) {
        int slot = (year * 512 + month * 32 + day) & (DATE_CACHE_SIZE - 1);
        LocalDate cached = DATE_CACHE[slot];
        if (cached != null
                && cached.getDayOfMonth() == day
                && cached.getMonthValue() == month
                && cached.getYear() == year) {
            return cached;
        }
        LocalDate date = LocalDate.of(year, month, day);
        DATE_CACHE[slot] = date;
        return date;
    }

    private static LocalTime time(int hour, int minute, int second) {
        int slot = (hour * 60 + minute) * 60 + second;
        LocalTime time = TIME_CACHE[slot];
        if (time == null) {
            time = LocalTime.of(hour, minute, second);
            TIME_CACHE[slot] = time;
        }
        return time;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(String value, int from, int count) {
        int result = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
