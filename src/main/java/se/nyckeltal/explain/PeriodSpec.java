package se.nyckeltal.explain;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A period as {@code report.indicator_values} writes it: {@code 2017} (YEAR), {@code 2017-03}
 * (MONTH), or {@code R12:2017-10} (the rolling year ending with that month; the table's period
 * label is the month, so the type must be said).
 */
public record PeriodSpec(String periodType, String period) {

    public static PeriodSpec parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.matches("\\d{4}")) {
            return new PeriodSpec("YEAR", value);
        }
        if (value.startsWith("R12:")) {
            return new PeriodSpec("R12", month(value.substring(4), text));
        }
        return new PeriodSpec("MONTH", month(value, text));
    }

    private static String month(String value, String text) {
        try {
            return YearMonth.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a period: give a year (2017), a month (2017-03) or a rolling year (R12:2017-10)");
        }
    }

    @Override
    public String toString() {
        return periodType + " " + period;
    }
}
