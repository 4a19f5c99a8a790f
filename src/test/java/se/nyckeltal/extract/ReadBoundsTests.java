package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's memory bounds, each just within and just beyond: a record's characters and fields, the
 * distinct keys of a file, the unit versions of a file. Beyond a bound the file fails as a whole, at the
 * line where the record at fault starts; within it, the reader works as ever.
 */
class ReadBoundsTests {

    private static final String INVOICE_HEADER =
            "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n";
    /** Line 2 up to its customer_org; the record ends with {@link #ROW_END}. */
    private static final String ROW_START = "I-1;CUSTOMER;2017-01-10;EKO-KUND1;";

    private static final String ROW_END = ";ELECTRONIC;1";

    @TempDir
    Path dir;

    @Test
    void aRecordOfExactly1048576CharactersIsReadAndOneMoreFailsTheFile() throws Exception {
        int org = BoundedRecords.MAX_RECORD_CHARS - ROW_START.length() - ROW_END.length();
        String within = INVOICE_HEADER + "I-0;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1\n" + ROW_START
                + "K".repeat(org) + ROW_END + "\n";

        Deliveries.Result read = new Deliveries(dir).read(Extract.INVOICES, within);

        // read, and rejected as a row for its field of over 1 000 characters
        assertThat(read.rows().rejectedLines()).containsExactly(3L);
        assertThat(read.rows().rejected.get(0).reason()).startsWith("the field is " + org + " characters long");

        String beyond = INVOICE_HEADER + "I-0;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1\n" + ROW_START
                + "K".repeat(org + 1) + ROW_END + "\n";
        assertThatThrownBy(() -> new Deliveries(dir).read(Extract.INVOICES, beyond))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("invoices/delivery-1.csv, line 3: the record that starts here is longer than"
                        + " 1,048,576 characters; ");
    }

    @Test
    void aQuotedRecordOverManyLinesCountsAsOneRecord() {
        // a quote opened on line 3 and never closed: 600 000 lines of "x", 1 200 000 characters
        String content = INVOICE_HEADER + "I-0;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1\n" + ROW_START + "\""
                + "x\n".repeat(600_000);

        assertThatThrownBy(() -> new Deliveries(dir).read(Extract.INVOICES, content))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining(", line 3: the record that starts here is longer than 1,048,576 characters"
                        + " (a quoted field never closed?)");
    }

    @Test
    void aRecordOf16384FieldsIsReadAndOneMoreFailsTheFile() throws Exception {
        // 7 fields of data, then empty ones: 16 384 fields in all are a record with extra empty fields
        String within = INVOICE_HEADER + "I-1;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1"
                + ";".repeat(BoundedRecords.MAX_FIELDS - 7) + "\n";

        assertThat(new Deliveries(dir).read(Extract.INVOICES, within).rows().validLines())
                .containsExactly(2L);

        String beyond = INVOICE_HEADER + "I-1;CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1"
                + ";".repeat(BoundedRecords.MAX_FIELDS - 6) + "\n";
        assertThatThrownBy(() -> new Deliveries(dir).read(Extract.INVOICES, beyond))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("invoices/delivery-1.csv, line 2: the record that starts here has more than"
                        + " 16,384 fields; ");
    }

    @Test
    void aUnitsFileOf100000VersionsIsReadAndOneMoreFailsTheFile() throws Exception {
        StringBuilder units = new StringBuilder("unit_code;unit_name;business_area;process;valid_from;valid_to\n");
        for (int n = 1; n <= VersionOverlaps.MAX_VERSIONS; n++) {
            units.append("V-").append(n).append(";Enhet;EKONOMI;OTHER;2016-01-01;\n");
        }

        assertThat(new Deliveries(dir)
                        .read(Extract.UNITS, units.toString())
                        .outcome()
                        .rowsValid())
                .isEqualTo(100_000);

        // version 100 001 on line 100 002
        units.append("V-100001;Enhet;EKONOMI;OTHER;2016-01-01;\n");
        assertThatThrownBy(() -> new Deliveries(dir).read(Extract.UNITS, units.toString()))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("units/delivery-1.csv, line 100002: the file holds more than 100,000 versions");
    }

    @Test
    void theKeyTableStopsAtItsBoundAndTheFirstKeyBeyondFailsTheFile() {
        // 4 096 slots hold three quarters: 3 072 keys
        DuplicateKeys keys = new DuplicateKeys(new int[] {0}, List.of("contact_id"), 0, 4096);
        for (int i = 0; i < 3072; i++) {
            assertThat(keys.check(new Object[] {"K" + i})).isNull();
            keys.remember(new Object[] {"K" + i}, i + 2);
        }
        // a repeat is still rejected as a row
        assertThat(keys.check(new Object[] {"K0"}).reason()).endsWith("same as line 2");

        assertThat(keys.check(new Object[] {"K3072"})).isNull();
        assertThatThrownBy(() -> keys.remember(new Object[] {"K3072"}, 5000))
                .isInstanceOf(ReadLimitExceeded.class)
                .hasMessageStartingWith("the file holds more than 3,072 distinct keys (contact_id)")
                .satisfies(e -> assertThat(((ReadLimitExceeded) e).lineNumber()).isEqualTo(5000));
    }

    @Test
    void theKeyTableMayTakeAnEighthOfTheHeap() {
        // 256 MiB / 8 = 32 MiB = 2 097 152 slots of 16 bytes: 1 572 864 keys
        assertThat(DuplicateKeys.maxCapacityFor(256L << 20)).isEqualTo(2_097_152);
        assertThat(DuplicateKeys.maxKeys(2_097_152)).isEqualTo(1_572_864);
        // 96 MiB / 8 = 12 MiB = 786 432 slots, rounded down to a power of two
        assertThat(DuplicateKeys.maxCapacityFor(96L << 20)).isEqualTo(524_288);
    }
}
