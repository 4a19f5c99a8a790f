package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the extract reader, over generated deliveries of every extract.
 *
 * <p>1. Whatever the fields hold (quotes, delimiters, line breaks, NUL, byte order marks, any Unicode, huge
 * numbers, malformed dates), a properly quoted delivery gives each record exactly one outcome — a valid row
 * or a rejection with a reason — at the line where the record starts, and nothing else (no exception).
 *
 * <p>2. Rows written from typed values, the way Swedish exports write them (decimal comma or point, space or
 * no-break-space thousands, booleans in every spelling, codes in any case, columns in any order, padding),
 * are all valid and carry exactly those values.
 *
 * <p>Each property runs {@link #TRIES} generated deliveries, each from a seed of its own that names its
 * test ("seed 123…"): a failure is reproduced by running that seed alone,
 * {@code -Dnyckeltal.properties.seeds=123…} (a comma-separated list). The seeds come from
 * {@code -Dnyckeltal.properties.seed} (default: the clock), so every run explores new deliveries, and the
 * run's base seed is printed first. Plain JUnit: the output is the test results and nothing else.
 */
class ExtractReaderProperties {

    /** Deliveries per property (as many as before, when a property-testing library generated them). */
    static final int TRIES = 200;

    private static final String[] DELIMITERS = {";", ",", "\t"};
    private static final String[] LINE_ENDINGS = {"\n", "\r\n", "\r"};

    // ------------------------------------------------------------------ 1. any field text

    /** One generated delivery: the records' raw field texts in the extract's column order. */
    record AnyDelivery(Extract extract, List<List<String>> records, String delimiter, String lineEnding) {

        @Override
        public String toString() {
            return extract.folder() + " " + Arrays.toString(delimiter.toCharArray()) + " "
                    + lineEnding.replace("\r", "CR").replace("\n", "LF") + " " + records;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecordHasExactlyOneOutcomeAtTheLineWhereItStarts() {
        return Seeds.tests(
                seed -> everyRecordHasExactlyOneOutcomeAtTheLineWhereItStarts(anyDelivery(new Random(seed))));
    }

    private static void everyRecordHasExactlyOneOutcomeAtTheLineWhereItStarts(AnyDelivery delivery) throws Exception {
        List<String> columns = delivery.extract().definition().columnNames();
        StringBuilder content =
                new StringBuilder(String.join(delivery.delimiter(), columns)).append(delivery.lineEnding());
        List<Long> expectedLines = new ArrayList<>();
        long line = 2;
        for (List<String> record : delivery.records()) {
            List<String> quoted =
                    record.stream().map(ExtractReaderProperties::quoted).toList();
            content.append(String.join(delivery.delimiter(), quoted)).append(delivery.lineEnding());
            // In a TAB file a record of nothing but blanks is a blank line: skipped, no outcome.
            boolean blank = delivery.delimiter().equals("\t")
                    && record.stream()
                            .allMatch(field -> SwedishValues.trim(field).isEmpty());
            if (!blank) {
                expectedLines.add(line);
            }
            line += 1 + lineBreaks(record);
        }

        Outcomes outcomes = read(delivery.extract(), content.toString());

        assertThat(outcomes.lines())
                .as("one outcome per record, at its first line")
                .isEqualTo(expectedLines);
        assertThat(outcomes.handler.rejected).allSatisfy(rejected -> {
            assertThat(rejected.reason()).isNotBlank();
            assertThat(rejected.column())
                    .satisfiesAnyOf(
                            column -> assertThat(column).isNull(),
                            column -> assertThat(columns).contains(column));
        });
        assertThat(outcomes.handler.valid).allSatisfy(valid -> assertTyped(delivery.extract(), valid.values()));
        assertThat(outcomes.outcome.rowsRead()).isEqualTo(expectedLines.size());
        assertThat(outcomes.outcome.rowsValid()).isEqualTo(outcomes.handler.valid.size());
        assertThat(outcomes.outcome.rowsRejected()).isEqualTo(outcomes.handler.rejected.size());
    }

    static AnyDelivery anyDelivery(Random random) {
        Extract extract = pick(random, Extract.values());
        int columns = extract.definition().columnNames().size();
        List<List<String>> records = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int record = 0; record < count; record++) {
            List<String> fields = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                fields.add(anyField(random));
            }
            records.add(fields);
        }
        return new AnyDelivery(extract, records, pick(random, DELIMITERS), pick(random, LINE_ENDINGS));
    }

    /**
     * 3. The record bound follows the same record boundaries as Commons CSV: with a bound of one character
     * less than the longest record (header included, line break excluded), reading fails at the line where
     * the first such record starts; with a bound of exactly its length, nothing fails.
     */
    @TestFactory
    Stream<DynamicTest> aRecordOverTheBoundIsCaughtAtTheLineWhereItStarts() {
        return Seeds.tests(seed -> aRecordOverTheBoundIsCaughtAtTheLineWhereItStarts(anyDelivery(new Random(seed))));
    }

    private static void aRecordOverTheBoundIsCaughtAtTheLineWhereItStarts(AnyDelivery delivery) throws Exception {
        String header = String.join(
                delivery.delimiter(), delivery.extract().definition().columnNames());
        StringBuilder content = new StringBuilder(header).append(delivery.lineEnding());
        int longest = header.length();
        long longestLine = 1;
        long line = 2;
        for (List<String> record : delivery.records()) {
            String written = String.join(
                    delivery.delimiter(),
                    record.stream().map(ExtractReaderProperties::quoted).toList());
            content.append(written).append(delivery.lineEnding());
            if (written.length() > longest) {
                longest = written.length();
                longestLine = line;
            }
            line += 1 + lineBreaks(record);
        }
        char delimiter = delivery.delimiter().charAt(0);

        assertThat(readBounded(content.toString(), delimiter, longest))
                .as("within the bound")
                .isNull();
        assertThat(readBounded(content.toString(), delimiter, longest - 1))
                .as("line of the longest record")
                .isEqualTo(longestLine);
    }

    /** Reads everything through the bound; the line it failed at, or null. */
    private static Long readBounded(String content, char delimiter, int maxRecordChars) throws IOException {
        try (java.io.Reader reader =
                new BoundedRecords(new java.io.StringReader(content), delimiter, maxRecordChars, Integer.MAX_VALUE)) {
            char[] buffer = new char[1 + new Random(content.length()).nextInt(100)];
            while (reader.read(buffer, 0, buffer.length) >= 0) {
                // only the bound's bookkeeping matters
            }
            return null;
        } catch (ReadLimitExceeded e) {
            return e.lineNumber();
        }
    }

    private static final String[] AWKWARD = {
        "",
        " ",
        "\t",
        "\"",
        "\"\"",
        ";",
        ",",
        "\n",
        "\r",
        "\r\n",
        "\0",
        "\uFEFF",
        "\u00A0",
        "å",
        "Ä",
        "😀",
        "NaN",
        "Infinity",
        "-0",
        "1e5",
        "99999999999999999999",
        "-99999999999999999999",
        "2147483648",
        "0000-01-01",
        "9999-12-31",
        "2017-02-29",
        "2016-02-29",
        "2017-13-01",
        "2017-01-10 24:00:00",
        "2017-01-10T08:00:00",
        "1 234,5",
        "1,234.5",
        "5\u00A0423,5"
    };
    private static final String[] PLAUSIBLE = {
        "EKO-KUND1",
        "ekonomi",
        "CUSTOMER",
        "supplier",
        "PAYROLL",
        "ELECTRONIC",
        "manual",
        "PHONE",
        "email",
        "CHAT",
        "ANSWERED",
        "abandoned",
        "HANDLED",
        "K",
        "m",
        "X",
        "J",
        "nej",
        "true",
        "0",
        "1",
        "100",
        "1,5",
        "0,75",
        "168",
        "-1",
        "2017",
        "2017-01",
        "2017-01-10",
        "2017-01-09",
        "2017-01-10 08:00:00",
        "HR_FTE",
        "KC_PHONE_PCT",
        "19121212-1212",
        "E-1",
        "F-1"
    };

    /**
     * Text of every kind: arbitrary Unicode, characters that break CSV and parsers, and plausible values,
     * mixed, and long fields around the 1 000-character limit; weighted 4 : 3 : 3 : 2 : 1.
     */
    static String anyField(Random random) {
        int kind = random.nextInt(13);
        if (kind < 4) {
            return pick(random, PLAUSIBLE);
        }
        if (kind < 7) {
            return pick(random, AWKWARD);
        }
        if (kind < 10) {
            StringBuilder mixed = new StringBuilder();
            int parts = random.nextInt(5);
            for (int part = 0; part < parts; part++) {
                mixed.append(
                        switch (random.nextInt(3)) {
                            case 0 -> pick(random, AWKWARD);
                            case 1 -> pick(random, PLAUSIBLE);
                            default -> anyUnicode(random);
                        });
            }
            return mixed.toString();
        }
        if (kind < 12) {
            return anyUnicode(random);
        }
        String alphabet = "0123456789 ;\"\n";
        StringBuilder long_ = new StringBuilder();
        int length = 990 + random.nextInt(21);
        for (int i = 0; i < length; i++) {
            long_.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return long_.toString();
    }

    /**
     * Up to 12 characters from anywhere in Unicode (the basic plane mostly, control characters, and
     * surrogate pairs), never a lone surrogate: a Java string that UTF-8 can hold.
     */
    static String anyUnicode(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(13);
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x10000);
                case 2 -> 0x10000 + random.nextInt(0x110000 - 0x10000);
                default -> random.nextInt(0x3000);
            };
            if (Character.isSurrogate((char) codePoint) && codePoint < 0x10000) {
                continue;
            }
            text.appendCodePoint(codePoint);
        }
        String made = text.toString();
        return encodable(made) ? made : "";
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** No lone surrogate: a Java string that UTF-8 can hold. */
    private static boolean encodable(String text) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    /** Line breaks inside a record's fields, counted as the contract counts lines: LF, CRLF or a lone CR. */
    private static long lineBreaks(List<String> fields) {
        long breaks = 0;
        for (String field : fields) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static void assertTyped(Extract extract, List<Object> values) {
        List<StagingColumn> staging = extract.definition().stagingColumns();
        assertThat(values).hasSameSizeAs(staging);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Class<?> expected = switch (staging.get(i).type()) {
                case TEXT -> String.class;
                case DATE -> LocalDate.class;
                case TIMESTAMP -> LocalDateTime.class;
                case DOUBLE -> Double.class;
                case INTEGER -> Integer.class;
                case BOOLEAN -> Boolean.class;
            };
            assertThat(value).isInstanceOf(expected);
            if (value instanceof Double number) {
                assertThat(number).isFinite();
            }
        }
    }

    // ------------------------------------------------------------------ 2. typed values, Swedish spelling

    /** A valid row: its fields as written (definition order) and the values it must arrive as (staging order). */
    record TypedRow(List<String> fields, List<Object> expected) {}

    record TypedDelivery(
            Extract extract,
            List<TypedRow> rows,
            List<Integer> columnOrder,
            String delimiter,
            String lineEnding,
            boolean byteOrderMark,
            long seed) {

        @Override
        public String toString() {
            return extract.folder() + " order " + columnOrder + " " + Arrays.toString(delimiter.toCharArray()) + " "
                    + lineEnding.replace("\r", "CR").replace("\n", "LF") + " bom " + byteOrderMark + " " + rows;
        }
    }

    @TestFactory
    Stream<DynamicTest> rowsWrittenFromTypedValuesLoadWithExactlyThoseValues() {
        return Seeds.tests(
                seed -> rowsWrittenFromTypedValuesLoadWithExactlyThoseValues(typedDelivery(new Random(seed))));
    }

    private static void rowsWrittenFromTypedValuesLoadWithExactlyThoseValues(TypedDelivery delivery) throws Exception {
        List<String> columns = delivery.extract().definition().columnNames();
        Random random = new Random(delivery.seed());
        StringBuilder content = new StringBuilder(delivery.byteOrderMark() ? "\uFEFF" : "");
        List<String> header = new ArrayList<>();
        for (int column : delivery.columnOrder()) {
            // spaces only: tabs around every name would outnumber the delimiter the header is detected by
            header.add(" ".repeat(random.nextInt(3))
                    + Spelling.anyCase(columns.get(column), random)
                    + " ".repeat(random.nextInt(2)));
        }
        content.append(String.join(delivery.delimiter(), header)).append(delivery.lineEnding());
        List<Long> expectedLines = new ArrayList<>();
        long line = 2;
        for (TypedRow row : delivery.rows()) {
            List<String> written = new ArrayList<>();
            for (int column : delivery.columnOrder()) {
                written.add(Spelling.field(row.fields().get(column), random, delivery.delimiter()));
            }
            content.append(String.join(delivery.delimiter(), written)).append(delivery.lineEnding());
            expectedLines.add(line);
            line += 1 + lineBreaks(row.fields());
        }

        Outcomes outcomes = read(delivery.extract(), content.toString());

        assertThat(outcomes.handler.rejected).as("rejected").isEmpty();
        assertThat(outcomes.lines()).isEqualTo(expectedLines);
        assertThat(outcomes.handler.valid)
                .extracting(OrderedHandler.Valid::values)
                .containsExactlyElementsOf(
                        delivery.rows().stream().map(TypedRow::expected).toList());
    }

    static TypedDelivery typedDelivery(Random random) {
        Extract extract = pick(random, Extract.values());
        int columns = extract.definition().columnNames().size();
        List<TypedRow> rows = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            rows.add(TypedRows.of(extract, i + 1, new Random(random.nextLong())));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(random.nextLong()));
        return new TypedDelivery(
                extract,
                rows,
                order,
                pick(random, DELIMITERS),
                pick(random, LINE_ENDINGS),
                random.nextBoolean(),
                random.nextLong());
    }

    /** The seeds of a property's tries, each a dynamic test named by its seed. */
    static final class Seeds {

        private static final long BASE = Long.getLong("nyckeltal.properties.seed", System.nanoTime());

        static {
            System.out.println("ExtractReaderProperties: base seed " + BASE + " (-Dnyckeltal.properties.seed=" + BASE
                    + " repeats this run)");
        }

        interface Try {
            void run(long seed) throws Exception;
        }

        private Seeds() {}

        static Stream<DynamicTest> tests(Try property) {
            String given = System.getProperty("nyckeltal.properties.seeds");
            Stream<Long> seeds = given != null && !given.isBlank()
                    ? Arrays.stream(given.split(",")).map(String::strip).map(Long::parseLong)
                    : new SplittableRandom(BASE).longs(TRIES).boxed();
            return seeds.map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
                try {
                    property.run(seed);
                } catch (Throwable failure) {
                    // the seed in the failure itself: reports may name a dynamic test by its index only
                    throw new AssertionError(
                            "seed " + seed + " (-Dnyckeltal.properties.seeds=" + seed + " runs it alone): " + failure,
                            failure);
                }
            }));
        }
    }

    /** Valid rows of each extract from random typed values; the n-th row of a file has a key of its own. */
    static final class TypedRows {

        private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
        private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
        private static final LocalDate FIRST_EVENT_DAY = LocalDate.of(1900, 1, 1);
        private static final LocalDate LAST_EVENT_DAY = LocalDate.of(2099, 12, 31);

        private TypedRows() {}

        static TypedRow of(Extract extract, int n, Random random) {
            Row row = new Row();
            switch (extract) {
                case UNITS -> {
                    String code = "U" + n + "-" + token(random);
                    row.add(code, code.toUpperCase(Locale.ROOT));
                    row.text(random);
                    row.oneOf(random, "EKONOMI", "LON", "KONTAKTCENTER", "HR", "UPPHANDLING", "LOKAL", "ADMIN");
                    row.oneOf(random, "CUSTOMER_INVOICING", "SUPPLIER_INVOICING", "PAYROLL", "CONTACT_CENTER", "OTHER");
                    LocalDate from = anyDate(random);
                    row.add(from.toString(), from);
                    if (random.nextBoolean()) {
                        row.empty();
                    } else {
                        LocalDate to = min(from.plusDays(random.nextInt(4000)), LAST_DAY);
                        row.add(to.toString(), to);
                    }
                }
                case STAFFING -> {
                    row.employee(n, random);
                    LocalDate month = date(random).withDayOfMonth(1);
                    row.add(month.toString().substring(0, 7), month);
                    row.code(random);
                    row.oneOf(random, "K", "M", "X");
                    row.optionalInteger(random, Integer.MIN_VALUE);
                    row.decimal(random, BigDecimal.ZERO, new BigDecimal("100"), 4);
                    row.decimal(random, BigDecimal.ZERO, new BigDecimal("1.5"), 4);
                    row.decimal(random, BigDecimal.ZERO, new BigDecimal("999999999.999999"), 6);
                }
                case INVOICES -> {
                    row.id("F", n, random);
                    row.oneOf(random, "CUSTOMER", "SUPPLIER");
                    row.date(random);
                    row.code(random);
                    row.optional(random, () -> row.code(random));
                    row.oneOf(random, "ELECTRONIC", "SCANNED", "MANUAL");
                    row.optional(
                            random,
                            () -> row.decimal(
                                    random,
                                    new BigDecimal("-99999999999.9999"),
                                    new BigDecimal("99999999999.9999"),
                                    4));
                }
                case PAYSLIPS -> {
                    row.id("P", n, random);
                    row.date(random);
                    row.code(random);
                    row.optional(random, () -> row.code(random));
                    row.oneOf(random, "ELECTRONIC", "MANUAL");
                }
                case CONTACTS -> {
                    row.id("C", n, random);
                    LocalDateTime at =
                            LocalDateTime.of(date(random), LocalTime.ofSecondOfDay(random.nextInt(24 * 60 * 60)));
                    String text = String.format(
                            Locale.ROOT,
                            "%s%s%02d:%02d:%02d",
                            at.toLocalDate(),
                            random.nextBoolean() ? " " : "T",
                            at.getHour(),
                            at.getMinute(),
                            at.getSecond());
                    row.add(text, at);
                    String channel = pick(random, "PHONE", "EMAIL", "CHAT");
                    row.add(Spelling.anyCase(channel, random), channel);
                    row.code(random);
                    String outcome = channel.equals("EMAIL") ? "HANDLED" : pick(random, "ANSWERED", "ABANDONED");
                    row.add(Spelling.anyCase(outcome, random), outcome);
                    if (channel.equals("EMAIL")) {
                        row.optional(random, () -> row.integer(random, 0));
                    } else {
                        row.integer(random, 0);
                    }
                    row.optional(random, () -> row.integer(random, 0));
                    if (outcome.equals("ABANDONED")) {
                        row.optional(random, () -> row.bool(random));
                    } else {
                        row.bool(random);
                    }
                }
                case SICK_LEAVE -> {
                    row.employee(n, random);
                    LocalDate date = date(random);
                    LocalDate spellStart = max(date.minusDays(random.nextInt(400)), FIRST_EVENT_DAY);
                    row.add(date.toString(), date);
                    row.add(spellStart.toString(), spellStart);
                    row.decimal(random, BigDecimal.ZERO, new BigDecimal("999999999.999999"), 6);
                }
                case TARGETS -> {
                    row.oneOf(random, IndicatorCodes.ALL);
                    int year = n * 7 + random.nextInt(7); // one key per row: (code, year) never repeats
                    row.add(Integer.toString(year), year);
                    int given = random.nextInt(3); // 0: board only, 1: council only, 2: both
                    for (int target = 0; target < 2; target++) {
                        if (given == 2 || given == target) {
                            row.decimal(random, new BigDecimal("-1000000"), new BigDecimal("1000000"), 4);
                        } else {
                            row.empty();
                        }
                    }
                }
                default -> throw new IllegalStateException(extract.name());
            }
            return new TypedRow(List.copyOf(row.fields), Collections.unmodifiableList(new ArrayList<>(row.expected)));
        }

        /** Unit validity: any day of 0001..9999 sometimes, mostly recent years. */
        private static LocalDate anyDate(Random random) {
            if (random.nextInt(4) == 0) {
                return between(random, FIRST_DAY, LAST_DAY);
            }
            return date(random);
        }

        /** The day of an event: 1900..2099 (FieldType.FIRST_EVENT_YEAR..LAST_EVENT_YEAR), mostly recent years. */
        private static LocalDate date(Random random) {
            return switch (random.nextInt(8)) {
                case 0 -> between(random, FIRST_EVENT_DAY, LAST_EVENT_DAY);
                case 1 -> random.nextBoolean() ? FIRST_EVENT_DAY : LAST_EVENT_DAY;
                default -> LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
            };
        }

        private static LocalDate between(Random random, LocalDate first, LocalDate last) {
            return first.plusDays((long) (random.nextDouble() * (last.toEpochDay() - first.toEpochDay())));
        }

        private static String token(Random random) {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789-_";
            StringBuilder token = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return token.toString();
        }

        private static String pick(Random random, String... values) {
            return values[random.nextInt(values.length)];
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        /** Fields as delivered (before spelling variations) and the values they must arrive as. */
        private static final class Row {
            final List<String> fields = new ArrayList<>();
            final List<Object> expected = new ArrayList<>();

            void add(String field, Object value) {
                fields.add(field);
                expected.add(value);
            }

            void empty() {
                add("", null);
            }

            void optional(Random random, Runnable given) {
                if (random.nextBoolean()) {
                    given.run();
                } else {
                    empty();
                }
            }

            void id(String prefix, int n, Random random) {
                String id = prefix + n + "-" + token(random);
                add(id, id);
            }

            void employee(int n, Random random) {
                String reference = random.nextBoolean()
                        ? "19" + (800101 + n) + "-" + (1000 + random.nextInt(9000))
                        : "E" + n + "-" + token(random);
                add(reference, Deliveries.PSEUDONYMIZER.apply(reference));
            }

            void text(Random random) {
                // free text may hold the delimiter, quotes and line breaks: it is quoted when it does
                String text = pick(
                                random,
                                "Kundreskontra ",
                                "Lön; norr ",
                                "Enhet \"Syd\" ",
                                "Rad ett\nrad två ",
                                "Växel\r\n ")
                        + token(random);
                add(text, text);
            }

            void code(Random random) {
                String code = token(random);
                add(code, code.toUpperCase(Locale.ROOT));
            }

            void oneOf(Random random, String... allowed) {
                String value = pick(random, allowed);
                add(Spelling.anyCase(value, random), value);
            }

            void date(Random random) {
                LocalDate date = TypedRows.date(random);
                add(date.toString(), date);
            }

            void integer(Random random, int min) {
                int value = min == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt();
                if (random.nextInt(10) == 0) {
                    value = random.nextBoolean() ? Integer.MAX_VALUE : min;
                }
                add(Integer.toString(value), value);
            }

            void optionalInteger(Random random, int min) {
                optional(random, () -> integer(random, min));
            }

            void bool(Random random) {
                boolean value = random.nextBoolean();
                String spelling =
                        value ? pick(random, "J", "Ja", "Y", "true", "1") : pick(random, "N", "Nej", "false", "0");
                add(Spelling.anyCase(spelling, random), value);
            }

            void decimal(Random random, BigDecimal min, BigDecimal max, int maxScale) {
                int scale = random.nextInt(maxScale + 1);
                BigDecimal span = max.subtract(min);
                BigDecimal value = min.add(span.multiply(BigDecimal.valueOf(random.nextDouble())))
                        .setScale(scale, RoundingMode.DOWN);
                if (random.nextInt(10) == 0) {
                    value = random.nextBoolean() ? min : max;
                }
                add(Spelling.swedish(value, random), value.doubleValue() == 0 ? 0.0 : value.doubleValue());
            }
        }
    }

    /** How exports spell values: any of the contract's forms, chosen at random. */
    static final class Spelling {

        private Spelling() {}

        static String anyCase(String text, Random random) {
            return switch (random.nextInt(3)) {
                case 0 -> text.toLowerCase(Locale.ROOT);
                case 1 -> text.toUpperCase(Locale.ROOT);
                default -> {
                    StringBuilder mixed = new StringBuilder();
                    for (char c : text.toCharArray()) {
                        mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
                    }
                    yield mixed.toString();
                }
            };
        }

        /** Sign, integer digits grouped by a space, a no-break space or nothing, then , or . and the decimals. */
        static String swedish(BigDecimal value, Random random) {
            String plain = value.abs().toPlainString();
            int point = plain.indexOf('.');
            String integer = point < 0 ? plain : plain.substring(0, point);
            String fraction = point < 0 ? "" : plain.substring(point + 1);
            String separator = pick(random, "", " ", "\u00A0");
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < integer.length(); i++) {
                if (i > 0 && (integer.length() - i) % 3 == 0) {
                    grouped.append(separator);
                }
                grouped.append(integer.charAt(i));
            }
            String sign = value.signum() < 0 ? "-" : "";
            return sign + grouped + (fraction.isEmpty() ? "" : (random.nextBoolean() ? "," : ".") + fraction);
        }

        /** Padding with spaces (and tabs where they cannot be taken for the delimiter), quoted when needed. */
        static String field(String text, Random random, String delimiter) {
            if (text.isEmpty()) {
                return random.nextBoolean() ? "" : "\"\"";
            }
            return padded(text, random, delimiter);
        }

        static String padded(String text, Random random, String delimiter) {
            String before = pick(random, "", "", " ", "  ", "\t");
            String after = pick(random, "", "", " ", "\t ");
            String padded = before + text + after;
            boolean mustQuote = padded.contains(delimiter)
                    || padded.contains("\"")
                    || padded.contains("\n")
                    || padded.contains("\r");
            return mustQuote || random.nextInt(4) == 0 ? quoted(padded) : padded;
        }

        private static String pick(Random random, String... values) {
            return values[random.nextInt(values.length)];
        }
    }

    // ------------------------------------------------------------------ reading

    record Outcomes(FileOutcome outcome, OrderedHandler handler) {

        /** The line of every outcome, valid or rejected, in the order the reader gave them. */
        List<Long> lines() {
            return handler.lines;
        }
    }

    /** Keeps every outcome in the order given (copying the reused value array). */
    static final class OrderedHandler implements RowHandler {

        record Valid(long line, List<Object> values) {}

        record Rejected(long line, String column, String reason) {}

        final List<Long> lines = new ArrayList<>();
        final List<Valid> valid = new ArrayList<>();
        final List<Rejected> rejected = new ArrayList<>();

        @Override
        public void valid(long lineNumber, Object[] values) {
            lines.add(lineNumber);
            valid.add(new Valid(lineNumber, Arrays.asList(values.clone())));
        }

        @Override
        public void rejected(long lineNumber, String columnName, String reason, String rawLine) {
            lines.add(lineNumber);
            rejected.add(new Rejected(lineNumber, columnName, reason));
        }
    }

    private static Outcomes read(Extract extract, String content) throws IOException, FileRejectedException {
        Path file = Files.createTempFile("property-", ".csv");
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            OrderedHandler handler = new OrderedHandler();
            FileOutcome outcome = new ExtractFileReader(extract, Deliveries.UTF8)
                    .read(file, extract.folder() + "/property.csv", handler);
            return new Outcomes(outcome, handler);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
