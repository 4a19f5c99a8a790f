package se.nyckeltal.extract;

import org.apache.commons.csv.CSVRecord;

/**
 * The raw line kept with a rejected record: its fields re-joined with the file's delimiter (quoted where
 * needed), the employee_ref field replaced by a mask, and any personal identity number masked.
 */
final class RejectedLine {

    private RejectedLine() {
    }

    /** @param personalField the field holding employee_ref, or -1 */
    static String of(CSVRecord record, char delimiter, int personalField) {
        StringBuilder line = new StringBuilder();
        for (int field = 0; field < record.size(); field++) {
            if (field > 0) {
                line.append(delimiter);
            }
            if (field == personalField) {
                line.append(PersonalData.MASK);
            } else {
                appendQuotedIfNeeded(line, record.get(field), delimiter);
            }
        }
        return PersonalData.mask(line.toString().replace("\0", "\\0"));
    }

    private static void appendQuotedIfNeeded(StringBuilder line, String value, char delimiter) {
        boolean quote = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (quote) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }
}
