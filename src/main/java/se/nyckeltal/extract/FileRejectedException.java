package se.nyckeltal.extract;

/**
 * A delivery that fails as a whole (no header, a required column missing, bytes invalid in its
 * encoding, broken quoting). The message names the file and, where it applies, the line and column.
 */
public class FileRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Long lineNumber;
    private final String columnName;

    public FileRejectedException(String message, Long lineNumber, String columnName) {
        super(message);
        this.lineNumber = lineNumber;
        this.columnName = columnName;
    }

    /** The physical line the problem is on, or null when it concerns the file as a whole. */
    public Long lineNumber() {
        return lineNumber;
    }

    /** The column at fault, or null. */
    public String columnName() {
        return columnName;
    }
}
