package se.nyckeltal.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;

/**
 * How the text of one field becomes a staging value. {@link #parse} gets the trimmed, non-empty text
 * and returns the typed value, or an {@link Invalid} carrying the reason (no exceptions on the hot path).
 * Instances are immutable and shared by every reader.
 */
abstract class FieldType {

    /** A value that failed to parse, with the reason in plain words. */
    record Invalid(String reason) {}

    private final ValueType valueType;

    private FieldType(ValueType valueType) {
        this.valueType = valueType;
    }

    final ValueType valueType() {
        return valueType;
    }

    abstract Object parse(String text);

    /**
     * A name or description, not an id or code: an identity number inside it is masked rather than the
     * whole value replaced by its pseudonym (see {@link IdentityNumbers}).
     */
    boolean isFreeText() {
        return false;
    }

    /** Any text parses (ids, codes, names): such a field could hold an employee reference. */
    boolean acceptsAnyText() {
        return false;
    }

    /** Opaque text, kept as delivered (after trimming). */
    static FieldType text() {
        return new FieldType(ValueType.TEXT) {
            @Override
            Object parse(String text) {
                return text;
            }

            @Override
            boolean acceptsAnyText() {
                return true;
            }
        };
    }

    /** A name or description: kept as delivered (after trimming), identity numbers in it masked. */
    static FieldType freeText() {
        return new FieldType(ValueType.TEXT) {
            @Override
            Object parse(String text) {
                return text;
            }

            @Override
            boolean isFreeText() {
                return true;
            }

            @Override
            boolean acceptsAnyText() {
                return true;
            }
        };
    }

    /** A code such as a unit code: case-insensitive, stored upper-case. */
    static FieldType code() {
        return new FieldType(ValueType.TEXT) {
            @Override
            Object parse(String text) {
                return upperCase(text);
            }

            @Override
            boolean acceptsAnyText() {
                return true;
            }
        };
    }

    /** A code from a closed list; any case is accepted, the listed spelling is stored. */
    static FieldType oneOf(String... allowed) {
        return oneOfDescribed(String.join(", ", allowed), allowed);
    }

    /** As {@link #oneOf(String...)}, with a short description of the list for long lists. */
    static FieldType oneOfDescribed(String description, String... allowed) {
        String[] values = Arrays.copyOf(allowed, allowed.length);
        return new FieldType(ValueType.TEXT) {
            @Override
            Object parse(String text) {
                for (String value : values) {
                    if (value.equals(text)) {
                        return value; // the usual spelling: an exact match is the cheapest test
                    }
                }
                for (String value : values) {
                    if (value.equalsIgnoreCase(text)) {
                        return value; // the shared constant: no allocation per row
                    }
                }
                return new Invalid(quote(text) + " is not one of " + description);
            }
        };
    }

    /**
     * The years an event (an invoice handled, a salary paid, a contact, a day of sick leave, a staffing
     * month) may fall in. Calendar-valid dates outside them are typing errors or placeholders (0001-01-01,
     * 9999-12-31), and a single one stretches the periods a load recomputes over thousands of years: with
     * units valid until 9999-12-31 the recomputation ran out of memory and failed the whole run, and every
     * resume of it. Unit validity (valid_from, valid_to) is not an event and takes any date.
     */
    static final int FIRST_EVENT_YEAR = 1900;

    static final int LAST_EVENT_YEAR = 2099;

    static FieldType date() {
        return new FieldType(ValueType.DATE) {
            @Override
            Object parse(String text) {
                Object date = SwedishValues.parseDate(text);
                return date != null ? date : new Invalid(quote(text) + " is not a valid date (yyyy-MM-dd)");
            }
        };
    }

    /** A date of an event: also within {@link #FIRST_EVENT_YEAR}..{@link #LAST_EVENT_YEAR}. */
    static FieldType eventDate() {
        return new FieldType(ValueType.DATE) {
            @Override
            Object parse(String text) {
                LocalDate date = SwedishValues.parseDate(text);
                if (date == null) {
                    return new Invalid(quote(text) + " is not a valid date (yyyy-MM-dd)");
                }
                return isEventYear(date.getYear()) ? date : outsideEventYears(text);
            }
        };
    }

    /** {@code yyyy-MM} of an event, handed over as the first day of the month. */
    static FieldType eventMonth() {
        return new FieldType(ValueType.DATE) {
            @Override
            Object parse(String text) {
                LocalDate month = SwedishValues.parseMonth(text);
                if (month == null) {
                    return new Invalid(quote(text) + " is not a valid month (yyyy-MM)");
                }
                return isEventYear(month.getYear()) ? month : outsideEventYears(text);
            }
        };
    }

    /** The local time of an event. */
    static FieldType eventTimestamp() {
        return new FieldType(ValueType.TIMESTAMP) {
            @Override
            Object parse(String text) {
                LocalDateTime timestamp = SwedishValues.parseTimestamp(text);
                if (timestamp == null) {
                    return new Invalid(quote(text) + " is not a valid timestamp (yyyy-MM-dd HH:mm:ss)");
                }
                return isEventYear(timestamp.getYear()) ? timestamp : outsideEventYears(text);
            }
        };
    }

    private static boolean isEventYear(int year) {
        return year >= FIRST_EVENT_YEAR && year <= LAST_EVENT_YEAR;
    }

    private static Invalid outsideEventYears(String text) {
        return new Invalid(quote(text) + " is outside the years " + FIRST_EVENT_YEAR + "–" + LAST_EVENT_YEAR
                + " that events are accepted for");
    }

    static FieldType bool() {
        return new FieldType(ValueType.BOOLEAN) {
            @Override
            Object parse(String text) {
                Object value = SwedishValues.parseBoolean(text);
                return value != null
                        ? value
                        : new Invalid(quote(text) + " is not a yes/no value (J/N, Ja/Nej, Y/N, true/false, 1/0)");
            }
        };
    }

    /** A decimal the warehouse keeps as a DOUBLE: any finite value. */
    static FieldType decimal() {
        return decimalBetween(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * A decimal the warehouse keeps in a DECIMAL column. Values travel as doubles and DuckDB casts a double
     * to DECIMAL(18, s) by multiplying it by 10^s in double arithmetic, which is exact only while the
     * product stays well below 2^53 (≈ 9.0e15): -99999999999999 became -99999999999999.0016 in
     * DECIMAL(18,4). So a value must have at most {@code integerDigits} digits before the separator
     * (11 for scale 4, 9 for scale 6) to arrive unchanged; a larger one is rejected, not altered. Beyond
     * the column's 14 or 12 digits it would even fail the merge of the whole run (and every resume).
     */
    static FieldType decimal(int integerDigits) {
        return decimalBetween(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, integerDigits);
    }

    /** As {@link #decimal(int)}, not below {@code min}. */
    static FieldType decimalAtLeast(double min, int integerDigits) {
        return decimalBetween(min, Double.POSITIVE_INFINITY, integerDigits);
    }

    static FieldType decimalBetween(double min, double max) {
        return decimalBetween(min, max, Integer.MAX_VALUE);
    }

    /** @param integerDigits the magnitude must be below 10^integerDigits (see {@link #decimal(int)}) */
    static FieldType decimalBetween(double min, double max, int integerDigits) {
        double limit = integerDigits > 300 ? Double.POSITIVE_INFINITY : Math.pow(10, integerDigits);
        return new FieldType(ValueType.DOUBLE) {
            @Override
            Object parse(String text) {
                double value = SwedishValues.parseDecimal(text);
                if (Double.isNaN(value)) {
                    return new Invalid(quote(text) + " is not a decimal number");
                }
                if (value < min) {
                    return new Invalid(quote(text) + " is below the minimum " + number(min));
                }
                if (value > max) {
                    return new Invalid(quote(text) + " is above the maximum " + number(max));
                }
                if (Math.abs(value) >= limit) {
                    return new Invalid(quote(text) + " is too large: the warehouse keeps at most " + integerDigits
                            + " digits before the decimal separator exactly");
                }
                return value;
            }
        };
    }

    static FieldType integer() {
        return integerAtLeast(Integer.MIN_VALUE);
    }

    static FieldType integerAtLeast(int min) {
        return new FieldType(ValueType.INTEGER) {
            @Override
            Object parse(String text) {
                long value = SwedishValues.parseInteger(text);
                if (value == SwedishValues.NOT_AN_INTEGER) {
                    return new Invalid(quote(text) + " is not a whole number (32-bit)");
                }
                if (value < min) {
                    return new Invalid(quote(text) + " is below the minimum " + min);
                }
                return (int) value;
            }
        };
    }

    /** The offending value for a reason: quoted and cut short. Personal numbers are masked by the reader. */
    static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "'" + shown.replace("\r", "\\r").replace("\n", "\\n") + "'";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Upper-case without allocating when the text already is (the usual case for codes). */
    private static String upperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || c > 127) {
                return text.toUpperCase(Locale.ROOT);
            }
        }
        return text;
    }
}
