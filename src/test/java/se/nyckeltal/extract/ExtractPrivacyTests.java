package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.extract.CollectingHandler.RejectedRow;
import se.nyckeltal.extract.Deliveries.Result;

/** No raw employee_ref and no personal identity number leaves the reader (docs/privacy.md). */
class ExtractPrivacyTests {

    /** Every spelling of a personal identity number, and an employee number that looks like none. */
    private static final List<String> REFERENCES = List.of(
            "19121212-1212",
            "121212-1212",
            "1212121212",
            "191212121212",
            "121212+1212",
            "19121212 1212",
            "121212 1212",
            "121212\u20131212",
            "1912-12-12-1212",
            "E-4711");

    @TempDir
    Path dir;

    private Deliveries deliveries;

    @BeforeEach
    void setUp() {
        deliveries = new Deliveries(dir);
    }

    @Test
    void rejectedStaffingRowsNeverShowTheReference() throws Exception {
        StringBuilder content = new StringBuilder(
                "employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours\n");
        for (String ref : REFERENCES) {
            content.append(ref).append(";2017-03;L;K;1980;100;1;160\n"); // valid
            content.append(ref).append(";2017-03;L;K;1980;100;1;160\n"); // duplicate key
            content.append(ref).append(";2017-04;L;Q;1980;100;1;160\n"); // bad gender
            content.append(ref).append(";2017-05;L;K;1980;100;2;160\n"); // fte out of range
            content.append(ref).append(";2017-06;L;K\n"); // too few fields
            content.append(ref).append(";2017-07;L;K;1980;100;1;160;x\n"); // too many fields
            content.append(ref).append(";2017-08;L;K;1980;100;1;\0\n"); // NUL
            content.append("\"").append(ref).append("\n;\";2017-09;L;K;1980;100;1;160\n"); // a line break in the ref
        }

        Result result = deliveries.read(Extract.STAFFING, content.toString());

        assertThat(result.rows().valid).hasSize(REFERENCES.size() * 2); // the first row and the line-break one
        assertThat(result.rows().rejected).hasSize(REFERENCES.size() * 6);
        assertNoReferenceIn(result);
        // too few or too many fields: no raw line at all; the others with the reference masked
        assertThat(result.rows().rejected)
                .filteredOn(row -> row.reason().contains("fields but the header has"))
                .hasSize(REFERENCES.size() * 2)
                .allSatisfy(row -> assertThat(row.rawLine()).isNull());
        assertThat(result.rows().rejected)
                .filteredOn(row -> row.rawLine() != null)
                .hasSize(REFERENCES.size() * 4)
                .allSatisfy(row -> assertThat(row.rawLine()).startsWith("***;"));
        assertThat(result.rows().valid)
                .allSatisfy(row -> assertThat(row.values().get(0)).asString().startsWith("pseudo-"));
    }

    @Test
    void rejectedSickLeaveRowsMaskTheReferenceWhereverItsColumnIs() throws Exception {
        StringBuilder content = new StringBuilder("date;sick_hours;employee_ref;spell_start\n");
        for (String ref : REFERENCES) {
            content.append("2017-03-06;8;").append(ref).append(";2017-03-07\n"); // spell_start after date
        }

        Result result = deliveries.read(Extract.SICK_LEAVE, content.toString());

        assertThat(result.rows().rejected).hasSize(REFERENCES.size());
        assertThat(result.rows().rejected).extracting(RejectedRow::rawLine).containsOnly("2017-03-06;8;***;2017-03-07");
        assertNoReferenceIn(result);
    }

    @Test
    void hrLinesWhoseFieldsShiftedKeepNoReference() throws Exception {
        String header = "employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours\n";
        Result result = deliveries.read(
                Extract.STAFFING,
                header
                        + ";E-4711;2017-01;L;K;1980;100;1;160\n" // an extra leading field: 9 fields
                        + ";E-4711;2017-01;L;K;1980;100;1\n" // the same with the last field lost: 8 fields
                        + "E-4712;2017-01;L;Q;1980;100;1;160\n" // in place, one bad value
                        + "E-4713;E-4713;L;K;1980;100;1;160;note\n"); // an extra field holding anything

        assertThat(result.rows().rejected)
                .extracting(RejectedRow::rawLine)
                .containsExactly(
                        null,
                        // a field is shown only where it is valid for a column of dates, numbers or a closed list
                        ";***;***;***;***;***;***;1",
                        "***;2017-01;***;***;1980;100;1;160",
                        null);
        assertThat(result.rows().rejected)
                .extracting(RejectedRow::reason)
                .containsExactly(
                        "the record has 9 fields but the header has 8",
                        "employee_ref is required but empty",
                        "gender: '***' is not one of K, M, X",
                        "the record has 9 fields but the header has 8");
        for (RejectedRow row : result.rows().rejected) {
            assertThat(row.reason() + row.rawLine()).doesNotContain("E-47");
        }
    }

    @Test
    void sickLeaveReasonsDoNotEchoAValueThatCouldBeAReference() throws Exception {
        // employee_ref and date swapped: the reference lands in the date column
        Result result = deliveries.read(
                Extract.SICK_LEAVE, "employee_ref;date;spell_start;sick_hours\n2017-03-06;E-4711;2017-03-06;8\n");

        assertThat(result.rows().onlyRejection().reason()).isEqualTo("date: '***' is not a valid date (yyyy-MM-dd)");
        assertThat(result.rows().onlyRejection().rawLine()).isEqualTo("***;***;2017-03-06;8");
    }

    @Test
    void identityNumbersInIdsAndCodesOfValidRowsBecomePseudonymsAndInNamesAreMasked() throws Exception {
        Result invoices = deliveries.read(
                Extract.INVOICES,
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n"
                        + "191212121212;CUSTOMER;2017-03-01;EKO;19121212 1212;MANUAL;1\n"
                        + "F-2;CUSTOMER;2017-03-01;eko-121212\u20131212;1912-12-12-1212;MANUAL;1\n"
                        + "1000001;CUSTOMER;2017-03-01;EKO;5000000001;MANUAL;1\n");
        Result payslips = deliveries.read(
                Extract.PAYSLIPS,
                "payslip_id;pay_date;unit_code;employer_org;source\nL-121212-1212;2017-03-25;LON;121212 1212;MANUAL\n");
        Result contacts = deliveries.read(
                Extract.CONTACTS,
                "contact_id;received_at;channel;unit_code;outcome;wait_seconds;handle_seconds;resolved_first_contact\n"
                        + "121212+1212;2017-03-01 08:00:00;EMAIL;KC;HANDLED;;60;J\n");
        Result units = deliveries.read(
                Extract.UNITS,
                "unit_code;unit_name;business_area;process;valid_from;valid_to\n"
                        + "121212-1212;Firma Tolvan 121212-1212;EKONOMI;OTHER;2016-01-01;\n");

        // the value as it would be stored (codes upper-case), replaced by its pseudonym
        assertThat(invoices.rows().valid.get(0).values())
                .startsWith(pseudonym("191212121212"))
                .contains(pseudonym("19121212 1212"), "EKO");
        assertThat(invoices.rows().valid.get(1).values())
                .contains("F-2", pseudonym("EKO-121212\u20131212"), pseudonym("1912-12-12-1212"));
        // ordinary numbers stay
        assertThat(invoices.rows().valid.get(2).values()).contains("1000001", "5000000001");
        assertThat(payslips.rows().valid.get(0).values())
                .contains(pseudonym("L-121212-1212"), pseudonym("121212 1212"));
        assertThat(contacts.rows().valid.get(0).values().get(0)).isEqualTo(pseudonym("121212+1212"));
        assertThat(units.rows().valid.get(0).values()).startsWith(pseudonym("121212-1212"), "Firma Tolvan ***");
    }

    private static String pseudonym(String value) {
        return Deliveries.PSEUDONYMIZER.apply(value);
    }

    @Test
    void anEmptyReferenceLeavesNothingToMaskButIsStillRejected() throws Exception {
        Result result = deliveries.read(
                Extract.SICK_LEAVE, "employee_ref;date;spell_start;sick_hours\n;2017-03-06;2017-03-06;8\n");

        assertThat(result.rows().onlyRejection().column()).isEqualTo("employee_ref");
    }

    @Test
    void personalIdentityNumbersAreMaskedInRawLinesOfEveryExtract() throws Exception {
        String content = "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek;note\n"
                + "F-1;BAD;2017-03-01;EKO;19121212-1212;MANUAL;1;betalare 121212-1212 och 1212121212\n"
                + "191212121212;CUSTOMER;2017-03-01;EKO;;MANUAL;x;121212+1212\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().rejected)
                .extracting(RejectedRow::rawLine)
                .containsExactly(
                        "F-1;BAD;2017-03-01;EKO;***;MANUAL;1;betalare *** och ***",
                        "***;CUSTOMER;2017-03-01;EKO;;MANUAL;x;***");
        assertNoReferenceIn(result);
    }

    @Test
    void reasonsEchoingAValueMaskPersonalIdentityNumbers() throws Exception {
        Result result = deliveries.read(
                Extract.PAYSLIPS, "payslip_id;pay_date;unit_code;employer_org;source\nP1;19121212-1212;LON;;MANUAL\n");

        assertThat(result.rows().onlyRejection().reason())
                .isEqualTo("pay_date: '***' is not a valid date (yyyy-MM-dd)");
    }

    @Test
    void otherNumbersAreKept() throws Exception {
        // 9 and 11 digits, dates and amounts are no personal identity numbers
        Result result = deliveries.read(
                Extract.INVOICES,
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n"
                        + "123456789;BAD;2017-03-01;EKO;12345678901;MANUAL;1 234 567,89\n");

        assertThat(result.rows().onlyRejection().rawLine())
                .isEqualTo("123456789;BAD;2017-03-01;EKO;12345678901;MANUAL;1 234 567,89");
    }

    @Test
    void warningsAndFileMessagesMaskPersonalIdentityNumbers() throws Exception {
        Result result = deliveries.read(
                Extract.PAYSLIPS,
                "payslip_id;pay_date;unit_code;employer_org;source;19121212-1212\nP1;2017-03-25;LON;;MANUAL;x\n");
        assertThat(result.outcome().warnings()).containsExactly("unknown column '***' (field 6) is ignored");

        assertThatThrownBy(() -> deliveries.read(Extract.STAFFING, "121212-1212;month\n121212-1212;2017-03\n"))
                .isInstanceOf(FileRejectedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1212"));
    }

    private static void assertNoReferenceIn(Result result) {
        List<String> texts = new ArrayList<>(result.outcome().warnings());
        for (RejectedRow row : result.rows().rejected) {
            texts.add(row.reason());
            texts.add(row.rawLine());
        }
        for (String text : texts) {
            for (String ref : REFERENCES) {
                assertThat(text).isNotEqualTo(ref);
                if (text != null) {
                    assertThat(text).doesNotContain(ref);
                }
            }
            if (text != null) {
                assertThat(text.replaceAll("[-+ \u2013]", "")).doesNotContainPattern("[0-9]{10}");
            }
        }
    }
}
