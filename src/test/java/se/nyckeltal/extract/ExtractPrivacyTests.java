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
            "19121212-1212", "121212-1212", "1212121212", "191212121212", "121212+1212", "E-4711");

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
            content.append(ref).append(";2017-03;L;K;1980;100;1;160\n");            // valid
            content.append(ref).append(";2017-03;L;K;1980;100;1;160\n");            // duplicate key
            content.append(ref).append(";2017-04;L;Q;1980;100;1;160\n");            // bad gender
            content.append(ref).append(";2017-05;L;K;1980;100;2;160\n");            // fte out of range
            content.append(ref).append(";2017-06;L;K\n");                           // too few fields
            content.append(ref).append(";2017-07;L;K;1980;100;1;160;x\n");          // too many fields
            content.append(ref).append(";2017-08;L;K;1980;100;1;\0\n");             // NUL
            content.append("\"").append(ref).append("\n;\";2017-09;L;K;1980;100;1;160\n"); // a line break in the ref
        }

        Result result = deliveries.read(Extract.STAFFING, content.toString());

        assertThat(result.rows().valid).hasSize(REFERENCES.size() * 2); // the first row and the line-break one
        assertThat(result.rows().rejected).hasSize(REFERENCES.size() * 6);
        assertNoReferenceIn(result);
        assertThat(result.rows().rejected).allSatisfy(row -> assertThat(row.rawLine()).startsWith("***;"));
        assertThat(result.rows().valid).allSatisfy(row -> assertThat(row.values().get(0)).asString().startsWith("pseudo-"));
    }

    @Test
    void rejectedSickLeaveRowsMaskTheReferenceWhereverItsColumnIs() throws Exception {
        StringBuilder content = new StringBuilder("date;sick_hours;employee_ref;spell_start\n");
        for (String ref : REFERENCES) {
            content.append("2017-03-06;8;").append(ref).append(";2017-03-07\n");   // spell_start after date
        }

        Result result = deliveries.read(Extract.SICK_LEAVE, content.toString());

        assertThat(result.rows().rejected).hasSize(REFERENCES.size());
        assertThat(result.rows().rejected).extracting(RejectedRow::rawLine)
                .containsOnly("2017-03-06;8;***;2017-03-07");
        assertNoReferenceIn(result);
    }

    @Test
    void anEmptyReferenceLeavesNothingToMaskButIsStillRejected() throws Exception {
        Result result = deliveries.read(Extract.SICK_LEAVE,
                "employee_ref;date;spell_start;sick_hours\n;2017-03-06;2017-03-06;8\n");

        assertThat(result.rows().onlyRejection().column()).isEqualTo("employee_ref");
    }

    @Test
    void personalIdentityNumbersAreMaskedInRawLinesOfEveryExtract() throws Exception {
        String content = "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek;note\n"
                + "F-1;BAD;2017-03-01;EKO;19121212-1212;MANUAL;1;betalare 121212-1212 och 1212121212\n"
                + "191212121212;CUSTOMER;2017-03-01;EKO;;MANUAL;x;121212+1212\n";

        Result result = deliveries.read(Extract.INVOICES, content);

        assertThat(result.rows().rejected).extracting(RejectedRow::rawLine).containsExactly(
                "F-1;BAD;2017-03-01;EKO;***;MANUAL;1;betalare *** och ***",
                "***;CUSTOMER;2017-03-01;EKO;;MANUAL;x;***");
        assertNoReferenceIn(result);
    }

    @Test
    void reasonsEchoingAValueMaskPersonalIdentityNumbers() throws Exception {
        Result result = deliveries.read(Extract.PAYSLIPS,
                "payslip_id;pay_date;unit_code;employer_org;source\nP1;19121212-1212;LON;;MANUAL\n");

        assertThat(result.rows().onlyRejection().reason()).isEqualTo("pay_date: '***' is not a valid date (yyyy-MM-dd)");
    }

    @Test
    void otherNumbersAreKept() throws Exception {
        // 9 and 11 digits, dates and amounts are no personal identity numbers
        Result result = deliveries.read(Extract.INVOICES,
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek\n"
                        + "123456789;BAD;2017-03-01;EKO;12345678901;MANUAL;1 234 567,89\n");

        assertThat(result.rows().onlyRejection().rawLine())
                .isEqualTo("123456789;BAD;2017-03-01;EKO;12345678901;MANUAL;1 234 567,89");
    }

    @Test
    void warningsAndFileMessagesMaskPersonalIdentityNumbers() throws Exception {
        Result result = deliveries.read(Extract.PAYSLIPS,
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
                assertThat(text).doesNotContain(ref);
            }
            assertThat(text).doesNotContainPattern("[0-9]{6}[-+]?[0-9]{4}");
        }
    }
}
