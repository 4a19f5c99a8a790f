package se.nyckeltal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * Which field of a delivery holds which column of the extract. Header names are matched after trimming,
 * ignoring case, in any order; unknown names are ignored with a warning. A required column that is missing,
 * or a known column named twice, fails the file: with two candidates there is no telling which one is meant.
 */
final class HeaderBinding {

    /** Unknown columns warned about one by one; the rest in one line (a file may have thousands). */
    private static final int WARNED_COLUMNS = 10;

    private final int[] fieldOfColumn;
    private final String[] fieldNames;

    private HeaderBinding(int[] fieldOfColumn, String[] fieldNames) {
        this.fieldOfColumn = fieldOfColumn;
        this.fieldNames = fieldNames;
    }

    static HeaderBinding bind(
            CSVRecord header,
            long lineNumber,
            ExtractDefinition definition,
            char delimiter,
            String displayName,
            List<String> warnings)
            throws FileRejectedException {
        List<ColumnSpec> columns = definition.columns();
        int[] fieldOfColumn = new int[columns.size()];
        Arrays.fill(fieldOfColumn, -1);
        String[] fieldNames = new String[header.size()];
        int ignored = 0;
        boolean nulInHeader = false;
        for (int field = 0; field < header.size(); field++) {
            String name = SwedishValues.trim(header.get(field)).toLowerCase(Locale.ROOT);
            fieldNames[field] = name;
            nulInHeader |= name.indexOf('\0') >= 0;
            int column = definition.indexOfHeader(name);
            if (column < 0) {
                if (++ignored <= WARNED_COLUMNS) {
                    warnings.add(
                            name.isEmpty()
                                    ? "a column without a name (field " + (field + 1) + ") is ignored"
                                    : PersonalData.mask("unknown column '" + printable(name) + "' (field " + (field + 1)
                                            + ") is ignored"));
                }
            } else if (fieldOfColumn[column] >= 0) {
                throw new FileRejectedException(
                        displayName + ", line " + lineNumber + ", column '" + name
                                + "': the header names this column twice (fields " + (fieldOfColumn[column] + 1)
                                + " and "
                                + (field + 1) + "), so it is unclear which one holds the data",
                        lineNumber,
                        name);
            } else {
                fieldOfColumn[column] = field;
            }
        }
        if (ignored > WARNED_COLUMNS) {
            warnings.add((ignored - WARNED_COLUMNS) + " more unknown columns are ignored (" + ignored + " in all)");
        }
        List<String> missing = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            if (fieldOfColumn[column] < 0 && columns.get(column).required()) {
                missing.add(columns.get(column).name());
            }
        }
        if (!missing.isEmpty()) {
            String hint = nulInHeader
                    ? " (the header holds NUL characters: the file looks like UTF-16; it must be saved as UTF-8)"
                    : header.size() == 1
                            ? " (the header line has a single field with delimiter " + Delimiters.describe(delimiter)
                                    + "; the file should be separated by ';', ',' or TAB)"
                            : "";
            throw new FileRejectedException(
                    displayName + ", line " + lineNumber + ": the header lacks the required column"
                            + (missing.size() == 1
                                    ? " '" + missing.get(0) + "'"
                                    : "s '" + String.join("', '", missing) + "'")
                            + hint,
                    lineNumber,
                    missing.get(0));
        }
        return new HeaderBinding(fieldOfColumn, fieldNames);
    }

    /** NUL characters (a UTF-16 file) shown as {@code \0}, not written raw into logs. */
    private static String printable(String name) {
        return name.replace("\0", "\\0");
    }

    /** The header's field count: a record must have as many fields (more only if the extra ones are empty). */
    int fieldCount() {
        return fieldNames.length;
    }

    /** The field holding this column of the definition, or -1 for an optional column the file lacks. */
    int fieldOf(int column) {
        return fieldOfColumn[column];
    }

    /** The (lower-case) header name of a field, for reasons; null beyond the header. */
    String nameOfField(int field) {
        if (field >= fieldNames.length || fieldNames[field].isEmpty()) {
            return null;
        }
        return PersonalData.mask(fieldNames[field]);
    }
}
