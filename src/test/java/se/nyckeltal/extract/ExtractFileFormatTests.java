package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.nyckeltal.extract.CollectingHandler.RejectedRow;
import se.nyckeltal.extract.Deliveries.Result;

/** The legal format variants of docs/extracts.md, "Format", read from real files. */
class ExtractFileFormatTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String INVOICE_HEADER =
            "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek";

    @TempDir
    Path dir;

    private Deliveries deliveries;

    @BeforeEach
    void setUp() {
        deliveries = new Deliveries(dir);
    }

    private static List<Object> invoice(
            String id, String type, LocalDate date, String unit, String org, String channel, Double amount) {
        return Arrays.asList(id, type, date, unit, org, channel, amount);
    }

    @ParameterizedTest(name = "delimiter [{0}]")
    @ValueSource(strings = {";", ",", "\t"})
    void eachDelimiterIsDetectedFromTheHeader(String delimiter) throws Exception {
        String content = String.join(
                        delimiter,
                        "invoice_id",
                        "invoice_type",
                        "registered_date",
                        "unit_code",
                        "customer_org",
                        "channel",
                        "amount_sek")
                + "\n"
                + String.join(delimiter, "F-1", "CUSTOMER", "2017-03-01", "EKO-KUND1", "SOCIAL", "ELECTRONIC", "1250.5")
                + "\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.outcome().delimiter()).isEqualTo(delimiter.charAt(0));
        assertThat(result.rows().valid)
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .isEqualTo(invoice(
                                "F-1",
                                "CUSTOMER",
                                LocalDate.of(2017, 3, 1),
                                "EKO-KUND1",
                                "SOCIAL",
                                "ELECTRONIC",
                                1250.5)));
    }

    @Test
    void aForcedDelimiterWinsOverDetection() throws Exception {
        // the unknown last column holds 8 commas against 7 semicolons: detection would pick ','
        String content = INVOICE_HEADER + ";note,a,b,c,d,e,f,g,h\nF-1;SUPPLIER;2017-03-01;LEV;;MANUAL;10;x\n";
        Path file = deliveries.write(content);

        Result forced = Deliveries.read(
                Extract.INVOICES, new ReaderSettings(StandardCharsets.UTF_8, ';', Deliveries.PSEUDONYMIZER), file);

        assertThat(forced.outcome().delimiter()).isEqualTo(';');
        assertThat(forced.rows().valid).hasSize(1);
        assertThatThrownBy(() -> Deliveries.read(Extract.INVOICES, Deliveries.UTF8, file))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("lacks the required column");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws Exception {
        String content = INVOICE_HEADER + "\nF-1;CUSTOMER;2017-03-01;EKO;;SCANNED;\n";
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        for (byte[] bytes : List.of(body, withBom)) {
            Result result = Deliveries.read(Extract.INVOICES, Deliveries.UTF8, deliveries.write(bytes));
            // without skipping, the first header name would be "\uFEFFinvoice_id" and the file would fail
            assertThat(result.rows().valid)
                    .singleElement()
                    .satisfies(row -> assertThat(row.values().get(0)).isEqualTo("F-1"));
            assertThat(result.outcome().warnings()).isEmpty();
        }
    }

    @Test
    void swedishLettersSurviveUtf8AndConfiguredWindows1252() throws Exception {
        String content = "unit_code;unit_name;business_area;process;valid_from;valid_to\n"
                + "LÖN-1;Löneservice Åre och Ärlig;LON;PAYROLL;2017-01-01;\n";
        ReaderSettings windows1252 = new ReaderSettings(WINDOWS_1252, null, Deliveries.PSEUDONYMIZER);

        Result utf8 =
                Deliveries.read(Extract.UNITS, Deliveries.UTF8, deliveries.write(content, StandardCharsets.UTF_8));
        Result cp1252 = Deliveries.read(Extract.UNITS, windows1252, deliveries.write(content, WINDOWS_1252));

        for (Result result : List.of(utf8, cp1252)) {
            assertThat(result.rows().valid).singleElement().satisfies(row -> {
                assertThat(row.values().get(0)).isEqualTo("LÖN-1");
                assertThat(row.values().get(1)).isEqualTo("Löneservice Åre och Ärlig");
            });
        }
    }

    @Test
    void lowerCaseSwedishCodesAreUpperCased() throws Exception {
        Result result = deliveries.read(
                Extract.INVOICES, INVOICE_HEADER + "\nF-1;customer;2017-03-01;lön-å1;för;Electronic;\n");

        assertThat(result.rows().valid)
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .isEqualTo(invoice(
                                "F-1", "CUSTOMER", LocalDate.of(2017, 3, 1), "LÖN-Å1", "FÖR", "ELECTRONIC", null)));
    }

    @ParameterizedTest(name = "line ending [{0}]")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void lineNumbersCountPhysicalLinesForEveryLineEnding(String name) throws Exception {
        String eol = switch (name) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String content = String.join(
                        eol,
                        INVOICE_HEADER, // line 1
                        "F-1;CUSTOMER;2017-03-01;EKO;;MANUAL;1", // line 2
                        "", // line 3, blank
                        "F-2;CUSTOMER;2017-03-01;EKO;\"Kund" + eol
                                + "AB\";MANUAL;2", // lines 4-5, a line break in quotes
                        "F-3;CUSTOMER;2017-03-01;EKO;;MANUAL;x", // line 6, rejected
                        "   ", // line 7, blank
                        "F-4;CUSTOMER;2017-03-01;EKO;;MANUAL;4")
                + eol; // line 8

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().validLines()).containsExactly(2L, 4L, 8L);
        assertThat(result.rows().rejectedLines()).containsExactly(6L);
        assertThat(result.rows().valid.get(1).values().get(4)).isEqualTo("KUND" + eol + "AB");
        assertThat(result.outcome()).isEqualTo(new FileOutcome(4, 3, 1, ';', List.of()));
    }

    @Test
    void aFileWithoutAFinalLineBreakKeepsItsLastRecord() throws Exception {
        Result result = deliveries.read(Extract.INVOICES, INVOICE_HEADER + "\r\nF-1;CUSTOMER;2017-03-01;EKO;;MANUAL;1");

        assertThat(result.rows().validLines()).containsExactly(2L);
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
        String content = "unit_code;unit_name;business_area;process;valid_from;valid_to\n" // line 1
                + "A;\"Kund; och leverantör\";EKONOMI;OTHER;2017-01-01;\n" // line 2
                + "B;\"Enheten \"\"Syd\"\"\";EKONOMI;OTHER;2017-01-01;\n" // line 3
                + "C;\"Rad ett\nrad två\r\nrad tre\";EKONOMI;OTHER;2017-01-01;\n" // lines 4-6
                + "D;  \"Mellanslag\"  ;EKONOMI;OTHER;2017-01-01;\n" // line 7
                + "\"E\";\"\";EKONOMI;OTHER;2017-01-01;\n" // line 8: required name empty
                + "F;Sista;EKONOMI;OTHER;\"2017-01-01\";\n"; // line 9

        Result result = deliveries.read(Extract.UNITS, content);

        assertThat(result.rows().validLines()).containsExactly(2L, 3L, 4L, 7L, 9L);
        assertThat(result.rows().valid)
                .extracting(row -> row.values().get(1))
                .containsExactly(
                        "Kund; och leverantör",
                        "Enheten \"Syd\"",
                        "Rad ett\nrad två\r\nrad tre",
                        "Mellanslag",
                        "Sista");
        RejectedRow rejected = result.rows().onlyRejection();
        assertThat(rejected.line()).isEqualTo(8L);
        assertThat(rejected.column()).isEqualTo("unit_name");
    }

    @Test
    void blankLinesAreSkippedAndNotCounted() throws Exception {
        String content = INVOICE_HEADER + "\n"
                + "\n" // empty
                + "F-1;CUSTOMER;2017-03-01;EKO;;MANUAL;1\n"
                + "    \n" // spaces
                + " \t \n" // spaces and a tab
                + "F-2;CUSTOMER;2017-03-01;EKO;;MANUAL;1\n"
                + "\n\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().validLines()).containsExactly(3L, 6L);
        assertThat(result.outcome().rowsRead()).isEqualTo(2);
        assertThat(result.outcome().rowsRejected()).isZero();
    }

    @Test
    void blankLinesOfTabsInATabSeparatedFileAreSkipped() throws Exception {
        String content =
                INVOICE_HEADER.replace(';', '\t') + "\n\t\t\n  \t \n" + "F-1\tCUSTOMER\t2017-03-01\tEKO\t\tMANUAL\t1\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().validLines()).containsExactly(4L);
        assertThat(result.outcome().rowsRead()).isEqualTo(1);
    }

    @Test
    void aLineOfDelimitersOnlyIsARecordAndRejected() throws Exception {
        Result result = deliveries.read(Extract.INVOICES, INVOICE_HEADER + "\n;;;;;;\n");

        assertThat(result.rows().onlyRejection().line()).isEqualTo(2L);
        assertThat(result.outcome().rowsRead()).isEqualTo(1);
    }

    @Test
    void headerNamesMatchIgnoringCaseSpacesAndOrder() throws Exception {
        String content = " AMOUNT_SEK ;Channel;\tUnit_Code;invoice_ID;Registered_Date;customer_org;INVOICE_TYPE\n"
                + "99,5;scanned;eko;F-9;2017-03-31;;supplier\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().valid)
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .isEqualTo(
                                invoice("F-9", "SUPPLIER", LocalDate.of(2017, 3, 31), "EKO", null, "SCANNED", 99.5)));
    }

    @Test
    void unknownColumnsAreIgnoredWithAWarningAndAbsentOptionalColumnsAreNull() throws Exception {
        // customer_org and amount_sek (optional) are absent; "kommentar" and an unnamed column are extra
        String content = "invoice_id;kommentar;invoice_type;registered_date;unit_code;channel;\n"
                + "F-1;hej;CUSTOMER;2017-03-01;EKO;MANUAL;\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().valid)
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .isEqualTo(invoice("F-1", "CUSTOMER", LocalDate.of(2017, 3, 1), "EKO", null, "MANUAL", null)));
        assertThat(result.outcome().warnings())
                .containsExactly(
                        "unknown column 'kommentar' (field 2) is ignored",
                        "a column without a name (field 7) is ignored");
    }

    @Test
    void recordsWithTooFewOrTooManyFieldsAreRejected() throws Exception {
        String content = INVOICE_HEADER + "\n"
                + "F-1;CUSTOMER;2017-03-01;EKO;;MANUAL\n" // line 2: 6 fields
                + "F-2;CUSTOMER;2017-03-01;EKO;;MANUAL;1;extra\n" // line 3: 8 fields, the extra one not empty
                + "F-3;CUSTOMER;2017-03-01;EKO;;MANUAL;1;;  ;\n" // line 4: 10 fields, the extra ones empty: fine
                + "F-4;CUSTOMER;2017-03-01;EKO;;MANUAL;1\n"; // line 5

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().validLines()).containsExactly(4L, 5L);
        assertThat(result.rows().rejected)
                .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, null, "the record has 6 fields but the header has 7"),
                        org.assertj.core.groups.Tuple.tuple(3L, null, "the record has 8 fields but the header has 7"));
        assertThat(result.rows().rejected.get(1).rawLine()).isEqualTo("F-2;CUSTOMER;2017-03-01;EKO;;MANUAL;1;extra");
    }

    @Test
    void spacesAndTabsAreTrimmedButANoBreakSpaceIsData() throws Exception {
        String content = INVOICE_HEADER + "\n"
                + " F-1 \t;\tCUSTOMER ; 2017-03-01\t;  EKO  ;   ; MANUAL ;  5 423,5 \n" // line 2
                + "F-2;CUSTOMER;2017-03-01;EKO;;MANUAL;\u00A0100\n" // line 3: leading NBSP
                + "F-3;CUSTOMER;2017-03-01;\u00A0EKO;;MANUAL;1\n"; // line 4: NBSP in a code is kept

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().valid)
                .extracting(CollectingHandler.ValidRow::values)
                .containsExactly(
                        invoice("F-1", "CUSTOMER", LocalDate.of(2017, 3, 1), "EKO", null, "MANUAL", 5423.5),
                        invoice("F-3", "CUSTOMER", LocalDate.of(2017, 3, 1), "\u00A0EKO", null, "MANUAL", 1.0));
        assertThat(result.rows().onlyRejection()).satisfies(rejected -> {
            assertThat(rejected.line()).isEqualTo(3L);
            assertThat(rejected.column()).isEqualTo("amount_sek");
        });
    }

    @Test
    void decimalsInEverySpellingOfTheContract() throws Exception {
        String content = INVOICE_HEADER + "\n"
                + "F-1;CUSTOMER;2017-03-01;EKO;;MANUAL;5 423,5\n"
                + "F-2;CUSTOMER;2017-03-01;EKO;;MANUAL;5423.5\n"
                + "F-3;CUSTOMER;2017-03-01;EKO;;MANUAL;5\u00A0423,5\n"
                + "F-4;CUSTOMER;2017-03-01;EKO;;MANUAL;\"1 234 567,89\"\n"
                + "F-5;CUSTOMER;2017-03-01;EKO;;MANUAL;-250,00\n"
                + "F-6;CUSTOMER;2017-03-01;EKO;;MANUAL;12\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().valid)
                .extracting(row -> row.values().get(6))
                .containsExactly(5423.5, 5423.5, 5423.5, 1234567.89, -250.0, 12.0);
    }

    @Test
    void aQuotedDelimiterInAHeaderNameDoesNotMisleadDetection() throws Exception {
        // 7 commas in the header, but all inside the quoted name of an extra column
        String content = INVOICE_HEADER.replace(';', '\t') + "\t\"a,b,c,d,e,f,g,h\"\n"
                + "F-1\tCUSTOMER\t2017-03-01\tEKO\t\tMANUAL\t1\tx\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.outcome().delimiter()).isEqualTo('\t');
        assertThat(result.rows().validLines()).containsExactly(2L);
    }

    @Test
    void aHeaderWithoutRecordsIsAnEmptyDelivery() throws Exception {
        Result result = deliveries.read(Extract.INVOICES, INVOICE_HEADER);

        assertThat(result.outcome()).isEqualTo(new FileOutcome(0, 0, 0, ';', List.of()));
    }

    @Test
    void oneReaderReadsFilesIndependently() throws Exception {
        // the same key in two files is no duplicate within a file: a later delivery replaces, it is not rejected
        ExtractFileReader reader = new ExtractFileReader(Extract.INVOICES, Deliveries.UTF8);
        String content = INVOICE_HEADER + "\nF-1;CUSTOMER;2017-03-01;EKO;;MANUAL;1\n";
        CollectingHandler first = new CollectingHandler();
        CollectingHandler second = new CollectingHandler();

        reader.read(deliveries.write(content), "invoices/a.csv", first);
        reader.read(deliveries.write(content), "invoices/b.csv", second);

        assertThat(first.validLines()).containsExactly(2L);
        assertThat(second.validLines()).containsExactly(2L);
    }

    // ------------------------------------------------------------------ whole-file failures

    @Test
    void anEmptyFileOrOneOfBlankLinesFails() {
        for (String content : List.of("", "\n\n  \n")) {
            assertThatThrownBy(() -> deliveries.read(Extract.INVOICES, content))
                    .isInstanceOf(FileRejectedException.class)
                    .hasMessageStartingWith("invoices/delivery-")
                    .hasMessageContaining("empty; a header row is required");
        }
    }

    @Test
    void aMissingRequiredColumnFailsTheFileNamingIt() {
        String content = "invoice_id;invoice_type;registered_date;unit_code;customer_org;amount_sek\n"
                + "F-1;CUSTOMER;2017-03-01;EKO;;1\n";

        assertThatThrownBy(() -> deliveries.read(Extract.INVOICES, content))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(1L);
                    assertThat(e.columnName()).isEqualTo("channel");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "invoices/delivery-1.csv, line 1: the header lacks the required column 'channel'");
                });
    }

    @Test
    void aMissingOptionalColumnIsFine() throws Exception {
        Result result =
                deliveries.read(Extract.PAYSLIPS, "payslip_id;pay_date;unit_code;source\nP-1;2017-03-25;LON1;MANUAL\n");

        assertThat(result.rows().valid)
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .isEqualTo(Arrays.asList("P-1", LocalDate.of(2017, 3, 25), "LON1", null, "MANUAL")));
    }

    @Test
    void aColumnNamedTwiceFailsTheFile() {
        String content = INVOICE_HEADER + ";Channel\nF-1;CUSTOMER;2017-03-01;EKO;;MANUAL;1;SCANNED\n";

        assertThatThrownBy(() -> deliveries.read(Extract.INVOICES, content))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(1L);
                    assertThat(e.columnName()).isEqualTo("channel");
                    assertThat(e.getMessage()).contains("names this column twice (fields 6 and 8)");
                });
    }

    @Test
    void invalidUtf8FailsTheFileWithTheLineOfTheBadByte() {
        // "Bö" in Windows-1252 is 0x42 0xF6: 0xF6 starts no valid UTF-8 sequence here
        String content = INVOICE_HEADER + "\r\nF-1;CUSTOMER;2017-03-01;EKO;;MANUAL;1\r\n\r\n"
                + "F-2;CUSTOMER;2017-03-01;Bö;;MANUAL;1\r\n";
        Path file = deliveries.write(content, WINDOWS_1252);

        assertThatThrownBy(() -> Deliveries.read(Extract.INVOICES, Deliveries.UTF8, file))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(4L);
                    assertThat(e.getMessage())
                            .startsWith("invoices/delivery-1.csv, line 4: the file is not valid UTF-8")
                            .contains("byte 0xF6");
                });
    }

    @Test
    void invalidBytesFarIntoALargeFileAreLocated() {
        // beyond the reader's buffers: 20 000 good records, then a lone CR line ending, then the bad byte
        StringBuilder content = new StringBuilder(INVOICE_HEADER).append('\n');
        for (int i = 0; i < 20_000; i++) {
            content.append("F-").append(i).append(";CUSTOMER;2017-03-01;EKO;;MANUAL;1\n");
        }
        content.append("F-X;CUSTOMER;2017-03-01;EKO;;MANUAL;1\r"); // line 20 002
        byte[] good = content.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "F-Y;CUSTOMER;2017-03-01;E\u00C4O;;MANUAL;1\n".getBytes(WINDOWS_1252); // line 20 003
        byte[] bytes = Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);

        assertThatThrownBy(() -> Deliveries.read(Extract.INVOICES, Deliveries.UTF8, deliveries.write(bytes)))
                .isInstanceOfSatisfying(
                        FileRejectedException.class,
                        e -> assertThat(e.lineNumber()).isEqualTo(20_003L));
    }

    @Test
    void bytesUndefinedInWindows1252FailTheFile() {
        // 0x81 has no character in Windows-1252: no silent replacement
        byte[] header = ("unit_code;unit_name;business_area;process;valid_from;valid_to\n").getBytes(WINDOWS_1252);
        byte[] row = {
            'A',
            ';',
            'X',
            (byte) 0x81,
            ';',
            'L',
            'O',
            'N',
            ';',
            'O',
            'T',
            'H',
            'E',
            'R',
            ';',
            '2',
            '0',
            '1',
            '7',
            '-',
            '0',
            '1',
            '-',
            '0',
            '1',
            ';',
            '\n'
        };
        byte[] bytes = Arrays.copyOf(header, header.length + row.length);
        System.arraycopy(row, 0, bytes, header.length, row.length);
        ReaderSettings windows1252 = new ReaderSettings(WINDOWS_1252, null, Deliveries.PSEUDONYMIZER);

        assertThatThrownBy(() -> Deliveries.read(Extract.UNITS, windows1252, deliveries.write(bytes)))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(2L);
                    assertThat(e.getMessage())
                            .contains("not valid windows-1252")
                            .contains("byte 0x81");
                });
    }

    @Test
    void aQuotedFieldThatIsNeverClosedFailsTheFileAtTheLineWhereItStarts() {
        String content = INVOICE_HEADER + "\nF-1;CUSTOMER;2017-03-01;EKO;;MANUAL;1\n\n"
                + "F-2;CUSTOMER;2017-03-01;EKO;\"Kund AB;MANUAL;1\nF-3;CUSTOMER;2017-03-01;EKO;;MANUAL;1\n";

        assertThatThrownBy(() -> deliveries.read(Extract.INVOICES, content))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(4L);
                    assertThat(e.getMessage())
                            .isEqualTo("invoices/delivery-1.csv, line 4: "
                                    + "a quoted field that starts here is never closed (missing closing quote)");
                });
    }

    @Test
    void aUtf8ByteOrderMarkWinsOverAConfiguredWindows1252WithAWarning() throws Exception {
        byte[] body = ("unit_code;unit_name;business_area;process;valid_from;valid_to\n"
                        + "A;Åsa;LON;OTHER;2017-01-01;\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Result result =
                Deliveries.read(Extract.UNITS, new ReaderSettings(WINDOWS_1252, null, null), deliveries.write(bytes));

        assertThat(result.rows().valid)
                .singleElement()
                .satisfies(row -> assertThat(row.values().get(1)).isEqualTo("Åsa"));
        assertThat(result.outcome().warnings()).singleElement().asString().contains("read as UTF-8");
    }
}
