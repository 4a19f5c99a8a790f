package se.nyckeltal.extract;

/**
 * A delivery went past one of the reader's memory bounds (a record's characters or fields, the keys or
 * versions a file may hold): the file fails as a whole, before the reader builds what would not fit.
 * Unchecked, so that it passes unchanged through Commons CSV and the file-scoped checks; the reader
 * turns it into a {@link FileRejectedException} naming the file and line.
 */
final class ReadLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;

    /** @param reason what is too large and what to do, in a phrase (no file name, no line) */
    ReadLimitExceeded(long lineNumber, String reason) {
        super(reason, null, false, false);
        this.lineNumber = lineNumber;
    }

    /** The physical line where the record at fault starts. */
    long lineNumber() {
        return lineNumber;
    }
}
