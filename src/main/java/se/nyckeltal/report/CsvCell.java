package se.nyckeltal.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The text of one cell of the machine-readable CSV exports (docs/warehouse.md, "Report files"): NULL is an empty field,
 * booleans {@code true}/{@code false}, dates ISO, numbers unrounded with {@code .} as decimal separator.
 */
final class CsvCell {

    /** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private CsvCell() {}

    /**
     * A DOUBLE exactly as stored: the shortest decimal that reads back as the same double
     * ({@code Double.toString}), written without exponent and without trailing zeros, so
     * {@code 5423.0} is {@code 5423} and {@code 1.0E-7} is {@code 0.0000001}.
     * Non-finite values (which the indicator models do not produce) are written as Java spells them.
     */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String bool(Boolean value) {
        return value == null ? "" : value.toString();
    }

    static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /**
     * A text cell, neutralised against CSV injection: a cell that a spreadsheet would run as a
     * formula gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
     * Only text cells: a negative number in a numeric cell is data, not a formula.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
