package se.nyckeltal.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes {@code ;}-separated records, one per line ending in {@code \n}. A field is quoted only when
 * it has to be (it holds {@code ;}, {@code "}, CR or LF), with inner quotes doubled (RFC 4180), so
 * ordinary fields, empty ones included, are written as they are.
 */
final class SemicolonCsvWriter {

    static final char DELIMITER = ';';
    static final String RECORD_SEPARATOR = "\n";

    private final Writer out;

    SemicolonCsvWriter(Writer out) {
        this.out = out;
    }

    void writeRecord(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(DELIMITER);
            }
            writeField(fields.get(i));
        }
        out.write(RECORD_SEPARATOR);
    }

    private void writeField(String field) throws IOException {
        if (field.indexOf(DELIMITER) < 0
                && field.indexOf('"') < 0
                && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }
}
