package se.nyckeltal.extract;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the deliveries of one extract: decodes strictly, detects the delimiter, binds the header, and
 * hands every data record to a {@link RowHandler} as typed values or as a rejection, in file order.
 * Cheap to create; not thread-safe (one reader per thread).
 */
public final class ExtractFileReader {

    private static final int BUFFER_CHARS = 1 << 16;
    /**
     * How far the header line may reach; longer headers are detected from their start. Also the
     * read-ahead the reader keeps for it: BufferedReader grows its buffer to the mark's limit, and
     * 2 MB of chars per file (at 1 M) was a humongous object to G1.
     */
    private static final int HEADER_PEEK_LIMIT = 1 << 16;
    /** Pseudonyms kept per reader: employees repeat within a file, the keyed hash is the dear part. */
    private static final int PSEUDONYM_CACHE_LIMIT = 200_000;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * The longest field accepted, in characters: far beyond any real code, id or name. A longer field is a
     * broken export (typically a stray quote that swallowed many lines) and would bloat the warehouse.
     */
    static final int MAX_FIELD_CHARS = 1_000;
    /**
     * Bytes per record when guessing a file's records from its size, to size the table of the keys
     * seen: the extracts' records take some 40-70 bytes.
     */
    private static final int BYTES_PER_RECORD_GUESS = 48;
    /** U+FEFF inside the text: a byte order mark left where two exports were joined. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ExtractDefinition definition;
    private final ReaderSettings settings;
    private final Map<String, String> pseudonyms = new HashMap<>();
    private final Function<String, String> pseudonymizer;
    /** Staffing and sick leave: rejected lines are kept only with every field that could name someone masked. */
    private final boolean personalExtract;

    public ExtractFileReader(Extract extract, ReaderSettings settings) {
        this.definition = extract.definition();
        this.settings = settings;
        boolean needsPseudonyms = definition.columns().stream().anyMatch(ColumnSpec::personal);
        if (needsPseudonyms && settings.pseudonymizer() == null) {
            throw new IllegalArgumentException(extract.folder() + " holds employee_ref: a pseudonymizer is required");
        }
        this.pseudonymizer = settings.pseudonymizer();
        this.personalExtract = needsPseudonyms;
    }

    /**
     * Reads one delivery; every data record goes to the handler as valid or rejected, in file order.
     * When this throws {@link FileRejectedException} the handler may already have received records
     * (e.g. bytes that cannot be decoded half-way through): the caller must discard them.
     *
     * @param displayName how messages name the file (e.g. {@code invoices/2017-03.csv})
     * @throws FileRejectedException when the file fails as a whole (no header, missing required column,
     *         duplicate column, undecodable bytes, a quoted field never closed); the message names the file,
     *         the line and column where that applies, and says what is wrong
     * @throws IOException when the file cannot be read
     */
    public FileOutcome read(Path file, String displayName, RowHandler handler)
            throws FileRejectedException, IOException {
        List<String> warnings = new ArrayList<>();
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file), BUFFER_CHARS)) {
            boolean bom = skipUtf8Bom(bytes);
            Charset charset = settings.charset();
            if (bom && !charset.equals(StandardCharsets.UTF_8)) {
                warnings.add(
                        "the file starts with a UTF-8 byte order mark, so it is read as UTF-8, not " + charset.name());
                charset = StandardCharsets.UTF_8;
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(
                            bytes,
                            charset.newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
                    BUFFER_CHARS);
            Delivery delivery = new Delivery(displayName, handler, warnings, Files.size(file) / BYTES_PER_RECORD_GUESS);
            try {
                char delimiter = settings.forcedDelimiter() != null
                        ? settings.forcedDelimiter()
                        : Delimiters.detect(peekHeaderLine(reader));
                return delivery.read(new BoundedRecords(reader, delimiter), delimiter);
            } catch (CharacterCodingException e) {
                throw DecodingFailure.describe(file, displayName, charset, bom ? UTF8_BOM.length : 0);
            } catch (ReadLimitExceeded e) {
                throw new FileRejectedException(
                        displayName + ", line " + e.lineNumber() + ": " + e.getMessage(), e.lineNumber(), null);
            }
        }
    }

    /** Skips a UTF-8 byte order mark; true if there was one. */
    private static boolean skipUtf8Bom(InputStream bytes) throws IOException {
        bytes.mark(UTF8_BOM.length);
        byte[] start = bytes.readNBytes(UTF8_BOM.length);
        if (start.length == UTF8_BOM.length
                && start[0] == UTF8_BOM[0]
                && start[1] == UTF8_BOM[1]
                && start[2] == UTF8_BOM[2]) {
            return true;
        }
        bytes.reset();
        return false;
    }

    /** The first non-blank line (outside quotes), without consuming it. */
    private static String peekHeaderLine(BufferedReader reader) throws IOException {
        reader.mark(HEADER_PEEK_LIMIT);
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        int c;
        int read = 0;
        // bounded by the chars read, not the line's length: reset() fails beyond the mark's limit
        while (read++ < HEADER_PEEK_LIMIT - 1 && (c = reader.read()) >= 0) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    break;
                }
                line.setLength(0);
                continue;
            }
            blank &= c == ' ' || c == '\t';
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }

    private static CSVFormat formatFor(char delimiter) {
        return switch (delimiter) {
            case Delimiters.SEMICOLON -> Formats.SEMICOLON;
            case Delimiters.COMMA -> Formats.COMMA;
            default -> Formats.TAB;
        };
    }

    /** One Commons CSV format per delimiter, built once. */
    private static final class Formats {
        static final CSVFormat SEMICOLON = build(Delimiters.SEMICOLON);
        static final CSVFormat COMMA = build(Delimiters.COMMA);
        static final CSVFormat TAB = build(Delimiters.TAB);

        private static CSVFormat build(char delimiter) {
            return CSVFormat.Builder.create()
                    .setDelimiter(delimiter)
                    .setQuote('"')
                    .setEscape(null)
                    .setCommentMarker(null)
                    // every physical line must come back as a record so that line numbers can be counted
                    .setIgnoreEmptyLines(false)
                    // lets " x" and "x " around quoted fields work; values are trimmed again (spaces, tabs) later
                    .setIgnoreSurroundingSpaces(true)
                    .setTrim(false)
                    .setRecordSeparator("\r\n")
                    .get();
        }
    }

    private String pseudonymOf(String rawReference) {
        if (pseudonymizer == null) {
            return IdentityNumbers.MASK; // an extract without employee_ref read without a key (tests)
        }
        String pseudonym = pseudonyms.get(rawReference);
        if (pseudonym == null) {
            pseudonym = pseudonymizer.apply(rawReference);
            if (pseudonym == null) {
                throw new IllegalStateException("The pseudonymizer returned null");
            }
            if (pseudonyms.size() >= PSEUDONYM_CACHE_LIMIT) {
                pseudonyms.clear();
            }
            pseudonyms.put(rawReference, pseudonym);
        }
        return pseudonym;
    }

    /** The state of reading one file. */
    private final class Delivery {

        private final String displayName;
        private final RowHandler handler;
        private final List<String> warnings;
        private final List<ColumnSpec> columns = definition.columns();
        private final List<RowRule.Check> rowChecks = definition.rowChecks();
        private final List<FileScopedCheck> fileChecks;
        private final Object[] values = new Object[columns.size()];
        private char delimiter;
        private HeaderBinding header;
        private long rowsRead;
        private long rowsValid;
        private long rowsRejected;

        Delivery(String displayName, RowHandler handler, List<String> warnings, long expectedRecords) {
            this.displayName = displayName;
            this.handler = handler;
            this.warnings = warnings;
            this.fileChecks = definition.newFileScopedChecks(expectedRecords);
        }

        FileOutcome read(Reader reader, char delimiter) throws IOException, FileRejectedException {
            this.delimiter = delimiter;
            // Commons CSV counts line breaks as it consumes them. Every physical line yields a record
            // (empty lines too), so a record starts on the line after the one where the previous ended.
            long previousEnd = 0;
            try (CSVParser parser = CSVParser.parse(reader, formatFor(delimiter))) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException e) {
                        rethrow(e.getCause(), previousEnd + 1);
                        throw e;
                    }
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    if (isBlank(record)) {
                        continue;
                    }
                    if (header == null) {
                        bindHeader(record, line);
                    } else {
                        rowsRead++;
                        accept(record, line);
                    }
                }
            }
            if (header == null) {
                throw new FileRejectedException(
                        displayName + ": the file is empty; a header row is required", null, null);
            }
            return new FileOutcome(rowsRead, rowsValid, rowsRejected, delimiter, warnings);
        }

        private void bindHeader(CSVRecord record, long line) throws FileRejectedException {
            header = HeaderBinding.bind(record, line, definition, delimiter, displayName, warnings);
        }

        private void accept(CSVRecord record, long line) {
            Rejection rejection = validate(record);
            if (rejection == null) {
                for (FileScopedCheck check : fileChecks) {
                    rejection = check.check(values);
                    if (rejection != null) {
                        break;
                    }
                }
            }
            if (rejection == null) {
                for (FileScopedCheck check : fileChecks) {
                    check.remember(values, line);
                }
                rowsValid++;
                handler.valid(line, values);
            } else {
                rowsRejected++;
                long lastLine = lastLineOf(record, line);
                String reason = lastLine == line
                        ? rejection.reason()
                        : rejection.reason() + " (the record spans lines " + line + "–" + lastLine + ")";
                if (personalExtract) {
                    rejectPersonal(record, line, rejection.columnName(), reason);
                } else {
                    handler.rejected(
                            line,
                            rejection.columnName(),
                            PersonalData.mask(reason),
                            RejectedLine.of(record, delimiter));
                }
            }
        }

        /**
         * A rejected staffing or sick-leave record. With more or fewer fields than the header, no field can be
         * trusted to be what its position says (a leading extra field shifts employee_ref into the month's
         * place), so no raw line is kept. Otherwise a field is shown only where it cannot hold a reference:
         * bound to a column of dates, numbers or a closed list, and valid for it; the reason does not echo a
         * masked field's value either.
         */
        private void rejectPersonal(CSVRecord record, long line, String columnName, String reason) {
            if (record.size() != header.fieldCount()) {
                handler.rejected(line, columnName, PersonalData.mask(reason), null);
                return;
            }
            boolean[] masked = new boolean[record.size()];
            Arrays.fill(masked, true); // fields of unknown columns too
            String shownReason = reason;
            for (int column = 0; column < columns.size(); column++) {
                int field = header.fieldOf(column);
                if (field >= 0) {
                    masked[field] = mayHoldReference(columns.get(column), record.get(field));
                }
            }
            for (int field = 0; field < record.size(); field++) {
                String value = SwedishValues.trim(record.get(field));
                if (value.isEmpty()) {
                    masked[field] = false;
                } else if (masked[field]) {
                    shownReason = shownReason.replace(FieldType.quote(value), "'" + PersonalData.MASK + "'");
                }
            }
            handler.rejected(
                    line,
                    columnName,
                    PersonalData.mask(shownReason),
                    RejectedLine.of(record, delimiter, field -> masked[field]));
        }

        private boolean mayHoldReference(ColumnSpec spec, String field) {
            String text = SwedishValues.trim(field);
            return spec.personal()
                    || spec.type().acceptsAnyText()
                    || (!text.isEmpty() && spec.type().parse(text) instanceof FieldType.Invalid);
        }

        /**
         * The physical line a record ends on: only quoted fields hold line breaks, each LF, CRLF or lone CR
         * one. Said in reasons because a record over many lines is usually a stray quote's doing.
         */
        private long lastLineOf(CSVRecord record, long firstLine) {
            long line = firstLine;
            for (String value : record) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                }
            }
            return line;
        }

        /** Fills {@link #values}; the first problem found, or null. */
        private Rejection validate(CSVRecord record) {
            int size = record.size();
            int expected = header.fieldCount();
            if (size < expected || (size > expected && !emptyFrom(record, expected))) {
                return new Rejection(
                        null,
                        "the record has " + size + (size == 1 ? " field" : " fields") + " but the header has "
                                + expected);
            }
            for (int field = 0; field < size; field++) {
                String value = record.get(field);
                if (value.length() > MAX_FIELD_CHARS) {
                    return new Rejection(
                            header.nameOfField(field),
                            "the field is " + value.length() + " characters long; at most " + MAX_FIELD_CHARS
                                    + " are accepted");
                }
                if (value.indexOf('\0') >= 0) {
                    return new Rejection(header.nameOfField(field), "the field contains a NUL character");
                }
                if (value.indexOf(BYTE_ORDER_MARK) >= 0) {
                    return new Rejection(
                            header.nameOfField(field),
                            "the field contains a byte order mark (U+FEFF),"
                                    + " an invisible character that would make a different value (were files joined together?)");
                }
            }
            for (int column = 0; column < values.length; column++) {
                ColumnSpec spec = columns.get(column);
                int field = header.fieldOf(column);
                String text = field < 0 ? "" : SwedishValues.trim(record.get(field));
                if (text.isEmpty()) {
                    if (spec.required()) {
                        return new Rejection(spec.name(), spec.name() + " is required but empty");
                    }
                    values[column] = null;
                } else if (spec.personal()) {
                    values[column] = pseudonymOf(text);
                } else {
                    Object value = spec.type().parse(text);
                    if (value instanceof FieldType.Invalid invalid) {
                        return new Rejection(spec.name(), spec.name() + ": " + invalid.reason());
                    }
                    values[column] = value instanceof String string ? withoutIdentityNumbers(spec, string) : value;
                }
            }
            for (RowRule.Check check : rowChecks) {
                Rejection rejection = check.check(values);
                if (rejection != null) {
                    return rejection;
                }
            }
            return null;
        }

        /**
         * A sole trader's organisation number is a personal identity number, and an id can be one too. In an
         * id or code it becomes its pseudonym (same key: joins and natural keys still work); in a name it is
         * masked.
         */
        private String withoutIdentityNumbers(ColumnSpec spec, String value) {
            if (!IdentityNumbers.holdsOne(value)) {
                return value;
            }
            return spec.type().isFreeText() ? IdentityNumbers.maskInName(value) : pseudonymOf(value);
        }

        /** Blank: empty or only spaces/tabs (with TAB as delimiter such a line has several empty fields). */
        private boolean isBlank(CSVRecord record) {
            if (record.size() == 1) {
                return SwedishValues.trim(record.get(0)).isEmpty();
            }
            return delimiter == Delimiters.TAB && emptyFrom(record, 0);
        }

        private boolean emptyFrom(CSVRecord record, int from) {
            for (int field = from; field < record.size(); field++) {
                if (!SwedishValues.trim(record.get(field)).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Commons CSV reports through {@link UncheckedIOException}: undecodable bytes go on as the
         * {@link CharacterCodingException} the caller turns into a located message, broken quoting fails the
         * file at the line where the record starts, anything else is a read error.
         */
        private void rethrow(Throwable cause, long line) throws IOException, FileRejectedException {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException coding) {
                    throw coding;
                }
            }
            if (cause instanceof CSVException) {
                String message =
                        cause.getMessage() != null && cause.getMessage().contains("EOF")
                                ? "a quoted field that starts here is never closed (missing closing quote)"
                                : "text follows the closing quote of a quoted field (a quote inside a quoted field must be"
                                        + " doubled: \"\")";
                throw new FileRejectedException(displayName + ", line " + line + ": " + message, line, null);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
        }
    }
}
