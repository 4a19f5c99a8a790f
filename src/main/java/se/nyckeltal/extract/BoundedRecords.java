package se.nyckeltal.extract;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Bounds the size of every record of a delivery while the characters are read, before Commons CSV
 * builds the record: a record of more than {@link #MAX_RECORD_CHARS} characters or
 * {@link #MAX_FIELDS} fields fails the file ({@link ReadLimitExceeded}). Without it one runaway
 * record (a 300 MB line, 80 million delimiters, a quote never closed) is built whole in memory and
 * takes the JVM down instead of failing its file.
 *
 * <p>It follows the quoting exactly as the reader's Commons CSV format does (quote {@code "}, no
 * escape, doubled quotes inside quoted fields, spaces before an opening quote ignored, a quote inside an
 * unquoted field taken literally), so that it sees the same record boundaries; where quoting is broken,
 * Commons CSV fails the file itself. Lines are counted as Commons CSV counts them (LF, CRLF or CR).
 */
final class BoundedRecords extends FilterReader {

    /** Characters per record: hundreds of times a real record (some 40–200), a few MB of heap at most. */
    static final int MAX_RECORD_CHARS = 1 << 20;
    /**
     * Fields per record: a header of thousands of columns still loads (its unknown columns are ignored);
     * more fields cost tens of bytes of heap each before a record could be checked at all.
     */
    static final int MAX_FIELDS = 16_384;

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED
    }

    private final char delimiter;
    private final int maxRecordChars;
    private final int maxFields;
    private State state = State.FIELD_START;
    private long line = 1;
    private long recordLine = 1;
    private int recordChars;
    private int fields = 1;
    private boolean afterCarriageReturn;

    BoundedRecords(Reader in, char delimiter) {
        this(in, delimiter, MAX_RECORD_CHARS, MAX_FIELDS);
    }

    BoundedRecords(Reader in, char delimiter, int maxRecordChars, int maxFields) {
        super(in);
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.maxFields = maxFields;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            char c = buffer[i];
            // Most characters are inside a field and mean nothing to the bounds but one more character:
            // counted here, without the state machine.
            boolean plain = state == State.UNQUOTED
                    ? c != delimiter && c != '\r' && c != '\n'
                    : state == State.QUOTED && c != '"' && c != '\r' && c != '\n';
            if (plain && recordChars < maxRecordChars) {
                recordChars++;
                afterCarriageReturn = false;
            } else {
                follow(c);
            }
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported: every character must be followed");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void follow(char c) {
        boolean lineBreak = c == '\r' || (c == '\n' && !afterCarriageReturn);
        afterCarriageReturn = c == '\r';
        if (lineBreak) {
            line++;
        }
        boolean endOfLine = c == '\r' || c == '\n';
        switch (state) {
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                // a doubled quote is a literal one; anything else closes the quoted part
                state = c == '"' ? State.QUOTED : State.UNQUOTED;
                if (c != '"') {
                    endOfFieldOrRecord(c, endOfLine);
                }
            }
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (!endOfFieldOrRecord(c, endOfLine) && !(Character.isWhitespace(c) && c != delimiter)) {
                    state = State.UNQUOTED;
                }
            }
            case UNQUOTED -> endOfFieldOrRecord(c, endOfLine);
        }
        if (state != State.FIELD_START || recordChars > 0 || !endOfLine) {
            if (++recordChars > maxRecordChars) {
                throw new ReadLimitExceeded(
                        recordLine,
                        String.format(
                                Locale.ROOT,
                                "the record that starts here is longer than %,d characters%s; no record of a real extract"
                                        + " comes near that, so the file is not read further",
                                maxRecordChars,
                                state == State.QUOTED ? " (a quoted field never closed?)" : ""));
            }
        }
    }

    /** Outside quotes: a delimiter starts the next field, a line break the next record. */
    private boolean endOfFieldOrRecord(char c, boolean endOfLine) {
        if (c == delimiter) {
            state = State.FIELD_START;
            if (++fields > maxFields) {
                throw new ReadLimitExceeded(
                        recordLine,
                        String.format(
                                Locale.ROOT,
                                "the record that starts here has more than %,d fields; no extract has nearly as many"
                                        + " columns, so the file is not read further",
                                maxFields));
            }
            return true;
        }
        if (endOfLine) {
            state = State.FIELD_START;
            fields = 1;
            recordChars = 0;
            recordLine = line;
            return true;
        }
        return false;
    }
}
