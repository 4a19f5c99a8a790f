package se.nyckeltal.extract;

import java.util.function.IntPredicate;
import org.apache.commons.csv.CSVRecord;

/**
 * The raw line kept with a rejected record: its fields re-joined with the file's delimiter (quoted where
 * needed), the fields that could hold an employee_ref replaced by a mask, and any personal identity number
 * masked.
 */
final class RejectedLine {

    /** Longer raw lines (a 10 MB field, ten thousand columns) are cut: the reason says what is wrong. */
    static final int MAX_CHARS = 2_000;

    private RejectedLine() {}

    /** The line with every identity number masked. */
    static String of(CSVRecord record, char delimiter) {
        return of(record, delimiter, field -> false);
    }

    /** @param masked the fields shown as {@value PersonalData#MASK} (those that could hold an employee_ref) */
    static String of(CSVRecord record, char delimiter, IntPredicate masked) {
        StringBuilder line = new StringBuilder();
        for (int field = 0; field < record.size(); field++) {
            if (field > 0) {
                line.append(delimiter);
            }
            if (masked.test(field)) {
                line.append(PersonalData.MASK);
            } else {
                appendQuotedIfNeeded(line, record.get(field), delimiter);
            }
        }
        return cut(PersonalData.mask(line.toString().replace("\0", "\\0")));
    }

    /** Masked first, then cut: a cut through an identity number would hide it from the mask. */
    private static String cut(String line) {
        if (line.length() <= MAX_CHARS) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return line.substring(0, end) + "… (cut; " + line.length() + " characters in all)";
    }

    private static void appendQuotedIfNeeded(StringBuilder line, String value, char delimiter) {
        boolean quote = value.indexOf(delimiter) >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (quote) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }
}
