package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.extract.CollectingHandler.RejectedRow;
import se.nyckeltal.extract.CollectingHandler.ValidRow;
import se.nyckeltal.extract.Deliveries.Result;

/** Types, ranges, conditional rules and natural keys of each extract (docs/extracts.md, "The seven extracts"). */
class ExtractRowRulesTests {

    @TempDir
    Path dir;

    private Deliveries deliveries;

    @BeforeEach
    void setUp() {
        deliveries = new Deliveries(dir);
    }

    private Result read(Extract extract, String... lines) throws Exception {
        return deliveries.read(extract, String.join("\n", lines) + "\n");
    }

    @Nested
    class Units {

        private static final String HEADER = "unit_code;unit_name;business_area;process;valid_from;valid_to";

        @Test
        void validVersionsAreTyped() throws Exception {
            Result result = read(
                    Extract.UNITS,
                    HEADER,
                    "eko-kund1;Kundreskontra 1;ekonomi;Customer_Invoicing;2017-01-01;2017-06-30",
                    "KC1;Kontaktcenter;KONTAKTCENTER;CONTACT_CENTER;2017-01-01;");

            assertThat(result.rows().valid)
                    .extracting(ValidRow::values)
                    .containsExactly(
                            Arrays.asList(
                                    "EKO-KUND1",
                                    "Kundreskontra 1",
                                    "EKONOMI",
                                    "CUSTOMER_INVOICING",
                                    LocalDate.of(2017, 1, 1),
                                    LocalDate.of(2017, 6, 30)),
                            Arrays.asList(
                                    "KC1",
                                    "Kontaktcenter",
                                    "KONTAKTCENTER",
                                    "CONTACT_CENTER",
                                    LocalDate.of(2017, 1, 1),
                                    null));
        }

        @Test
        void everyBusinessAreaAndProcessIsAcceptedAndNothingElse() throws Exception {
            Result result = read(
                    Extract.UNITS,
                    HEADER,
                    "A1;a;EKONOMI;CUSTOMER_INVOICING;2017-01-01;",
                    "A2;a;LON;SUPPLIER_INVOICING;2017-01-01;",
                    "A3;a;KONTAKTCENTER;PAYROLL;2017-01-01;",
                    "A4;a;HR;CONTACT_CENTER;2017-01-01;",
                    "A5;a;UPPHANDLING;OTHER;2017-01-01;",
                    "A6;a;LOKAL;OTHER;2017-01-01;",
                    "A7;a;ADMIN;OTHER;2017-01-01;",
                    "A8;a;IT;OTHER;2017-01-01;", // line 9
                    "A9;a;EKONOMI;INVOICING;2017-01-01;"); // line 10

            assertThat(result.rows().validLines()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(
                                    9L,
                                    "business_area",
                                    "business_area: 'IT' is not one of "
                                            + "EKONOMI, LON, KONTAKTCENTER, HR, UPPHANDLING, LOKAL, ADMIN"),
                            tuple(
                                    10L,
                                    "process",
                                    "process: 'INVOICING' is not one of "
                                            + "CUSTOMER_INVOICING, SUPPLIER_INVOICING, PAYROLL, CONTACT_CENTER, OTHER"));
        }

        @Test
        void validToBeforeValidFromIsRejectedAndTheSameDayIsFine() throws Exception {
            Result result = read(
                    Extract.UNITS,
                    HEADER,
                    "A;a;LON;OTHER;2017-03-01;2017-02-28",
                    "B;b;LON;OTHER;2017-03-01;2017-03-01");

            assertThat(result.rows().validLines()).containsExactly(3L);
            assertThat(result.rows().onlyRejection())
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(2L, "valid_to", "valid_to 2017-02-28 is before valid_from 2017-03-01");
        }

        @Test
        void aVersionOverlappingAnEarlierOneOfTheSameUnitIsRejected() throws Exception {
            Result result = read(
                    Extract.UNITS,
                    HEADER,
                    "A;a;LON;OTHER;2017-01-01;2017-06-30", // line 2
                    "A;a;LON;OTHER;2017-07-01;", // line 3: starts the day after, open-ended: fine
                    "A;a;LON;OTHER;2017-06-30;2017-06-30", // line 4: its last day is line 2's last day
                    "a;a;LON;OTHER;2018-01-01;2018-12-31", // line 5: inside the open end of line 3 (code in lower case)
                    "A;a;LON;OTHER;2016-01-01;2016-12-31", // line 6: before everything: fine
                    "B;b;LON;OTHER;2017-01-01;", // line 7: another unit: fine
                    "A;a;LON;OTHER;2015-06-01;2016-01-01", // line 8: overlaps line 6 on one day
                    "B;b;LON;OTHER;2015-01-01;"); // line 9: open-ended, so it reaches into line 7

            assertThat(result.rows().validLines()).containsExactly(2L, 3L, 6L, 7L);
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(
                                    4L,
                                    "valid_from",
                                    "version 2017-06-30 to 2017-06-30 overlaps the version "
                                            + "2017-01-01 to 2017-06-30 on line 2"),
                            tuple(
                                    5L,
                                    "valid_from",
                                    "version 2018-01-01 to 2018-12-31 overlaps the version "
                                            + "2017-07-01 to open end on line 3"),
                            tuple(
                                    8L,
                                    "valid_from",
                                    "version 2015-06-01 to 2016-01-01 overlaps the version "
                                            + "2016-01-01 to 2016-12-31 on line 6"),
                            tuple(
                                    9L,
                                    "valid_from",
                                    "version 2015-01-01 to open end overlaps the version "
                                            + "2017-01-01 to open end on line 7"));
        }

        @Test
        void theSameUnitAndValidFromTwiceIsADuplicateKey() throws Exception {
            Result result = read(
                    Extract.UNITS,
                    HEADER,
                    "A;a;LON;OTHER;2017-01-01;2017-01-31",
                    "A;other name;LON;OTHER;2017-01-01;2017-01-31");

            assertThat(result.rows().onlyRejection())
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(3L, null, "duplicate key (unit_code, valid_from): same as line 2");
        }

        @Test
        void aRejectedVersionDoesNotBlockALaterOne() throws Exception {
            // line 2 is rejected (bad area), so line 3 overlaps nothing accepted
            Result result = read(Extract.UNITS, HEADER, "A;a;XX;OTHER;2017-01-01;", "A;a;LON;OTHER;2017-01-01;");

            assertThat(result.rows().validLines()).containsExactly(3L);
        }
    }

    @Nested
    class Staffing {

        private static final String HEADER =
                "employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours";

        @Test
        void validRowsAreTypedWithThePseudonymInsteadOfTheReference() throws Exception {
            Result result = read(
                    Extract.STAFFING,
                    HEADER,
                    "E-1001;2017-03;lon1;k;1980;100;1;165,5",
                    "E-1002;2017-03;LON1;M;;75,0;0,5;\"1 234,25\"");

            assertThat(result.rows().valid)
                    .extracting(ValidRow::values)
                    .containsExactly(
                            Arrays.asList(
                                    Deliveries.PSEUDONYMIZER.apply("E-1001"),
                                    LocalDate.of(2017, 3, 1),
                                    "LON1",
                                    "K",
                                    1980,
                                    100.0,
                                    1.0,
                                    165.5),
                            Arrays.asList(
                                    Deliveries.PSEUDONYMIZER.apply("E-1002"),
                                    LocalDate.of(2017, 3, 1),
                                    "LON1",
                                    "M",
                                    null,
                                    75.0,
                                    0.5,
                                    1234.25));
        }

        @Test
        void rangesAndEnumsAreChecked() throws Exception {
            Result result = read(
                    Extract.STAFFING,
                    HEADER,
                    "E-1;2017-03;L;X;1980;0;0;0", // line 2: all lower bounds: fine
                    "E-2;2017-03;L;K;1980;100;1,5;0", // line 3: upper bounds: fine
                    "E-3;2017-03;L;K;1980;100,01;1;1", // line 4
                    "E-4;2017-03;L;K;1980;-1;1;1", // line 5
                    "E-5;2017-03;L;K;1980;100;1,51;1", // line 6
                    "E-6;2017-03;L;K;1980;100;-0,1;1", // line 7
                    "E-7;2017-03;L;K;1980;100;1;-0,5", // line 8
                    "E-8;2017-03;L;Q;1980;100;1;1", // line 9
                    "E-9;2017-3;L;K;1980;100;1;1", // line 10
                    "E-10;2017-03;L;K;19x0;100;1;1", // line 11
                    "E-11;2017-03;L;K;1980;100;ett;1"); // line 12

            assertThat(result.rows().validLines()).containsExactly(2L, 3L);
            // an HR reason does not echo an invalid value: it could be a reference moved into the wrong column
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(4L, "employment_rate_pct", "employment_rate_pct: '***' is above the maximum 100"),
                            tuple(5L, "employment_rate_pct", "employment_rate_pct: '***' is below the minimum 0"),
                            tuple(6L, "fte", "fte: '***' is above the maximum 1.5"),
                            tuple(7L, "fte", "fte: '***' is below the minimum 0"),
                            tuple(8L, "scheduled_hours", "scheduled_hours: '***' is below the minimum 0"),
                            tuple(9L, "gender", "gender: '***' is not one of K, M, X"),
                            tuple(10L, "month", "month: '***' is not a valid month (yyyy-MM)"),
                            tuple(11L, "birth_year", "birth_year: '***' is not a whole number (32-bit)"),
                            tuple(12L, "fte", "fte: '***' is not a decimal number"));
        }

        @Test
        void anEmptyRequiredValueIsRejectedNamingTheColumn() throws Exception {
            Result result =
                    read(Extract.STAFFING, HEADER, "E-1;2017-03;L;K;1980;100;  ;160", " ;2017-03;L;K;1980;100;1;160");

            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(2L, "fte", "fte is required but empty"),
                            tuple(3L, "employee_ref", "employee_ref is required but empty"));
        }

        @Test
        void theSameEmployeeAndMonthTwiceRejectsTheLaterRow() throws Exception {
            Result result = read(
                    Extract.STAFFING,
                    HEADER,
                    "E-1;2017-03;L;K;1980;100;1;160",
                    "E-1;2017-04;L;K;1980;100;1;160", // another month: fine
                    "E-2;2017-03;L;K;1980;100;1;160", // another employee: fine
                    "E-1;2017-03;M;K;1980;50;0,5;80"); // line 5: same key as line 2

            assertThat(result.rows().validLines()).containsExactly(2L, 3L, 4L);
            assertThat(result.rows().onlyRejection())
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(5L, null, "duplicate key (employee_ref, month): same as line 2");
        }
    }

    @Nested
    class Invoices {

        private static final String HEADER =
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek";

        @Test
        void theKeyIsTypeAndId() throws Exception {
            Result result = read(
                    Extract.INVOICES,
                    HEADER,
                    "100;CUSTOMER;2017-03-01;EKO;;ELECTRONIC;1",
                    "100;SUPPLIER;2017-03-01;EKO;;SCANNED;1", // same id, other type: fine
                    "100;customer;2017-03-02;EKO;;MANUAL;2", // line 4: same type (any case) and id as line 2
                    "100 ;CUSTOMER;2017-03-02;EKO;;MANUAL;2"); // line 5: the id is trimmed: also a duplicate

            assertThat(result.rows().validLines()).containsExactly(2L, 3L);
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::reason)
                    .containsExactly(
                            tuple(4L, "duplicate key (invoice_type, invoice_id): same as line 2"),
                            tuple(5L, "duplicate key (invoice_type, invoice_id): same as line 2"));
        }

        @Test
        void typeChannelDateAndAmountAreChecked() throws Exception {
            Result result = read(
                    Extract.INVOICES,
                    HEADER,
                    "1;CREDIT;2017-03-01;EKO;;MANUAL;1",
                    "2;CUSTOMER;2017-03-01;EKO;;EMAIL;1",
                    "3;CUSTOMER;2017-02-29;EKO;;MANUAL;1",
                    "4;CUSTOMER;2017-03-01;EKO;;MANUAL;NaN",
                    "5;CUSTOMER;2017-03-01;EKO;;MANUAL;Infinity",
                    "6;CUSTOMER;2017-03-01;EKO;;MANUAL;1" + "0".repeat(400));

            assertThat(result.rows().valid).isEmpty();
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column)
                    .containsExactly(
                            tuple(2L, "invoice_type"),
                            tuple(3L, "channel"),
                            tuple(4L, "registered_date"),
                            tuple(5L, "amount_sek"),
                            tuple(6L, "amount_sek"),
                            tuple(7L, "amount_sek"));
            assertThat(result.rows().rejected.get(2).reason())
                    .isEqualTo("registered_date: '2017-02-29' is not a valid date (yyyy-MM-dd)");
        }
    }

    @Nested
    class Payslips {

        @Test
        void sourceIsCheckedAndThePayslipIdIsTheKey() throws Exception {
            Result result = read(
                    Extract.PAYSLIPS,
                    "payslip_id;pay_date;unit_code;employer_org;source",
                    "P1;2017-03-25;lon1;soc;electronic",
                    "P2;2017-03-25;LON1;;Manual",
                    "P3;2017-03-25;LON1;;SCANNED", // line 4
                    "P1;2017-04-25;LON1;;MANUAL"); // line 5

            assertThat(result.rows().valid)
                    .extracting(ValidRow::values)
                    .containsExactly(
                            Arrays.asList("P1", LocalDate.of(2017, 3, 25), "LON1", "SOC", "ELECTRONIC"),
                            Arrays.asList("P2", LocalDate.of(2017, 3, 25), "LON1", null, "MANUAL"));
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(4L, "source", "source: 'SCANNED' is not one of ELECTRONIC, MANUAL"),
                            tuple(5L, null, "duplicate key (payslip_id): same as line 2"));
        }
    }

    @Nested
    class Contacts {

        private static final String HEADER = "contact_id;received_at;channel;unit_code;outcome;wait_seconds;"
                + "handle_seconds;resolved_first_contact";

        @Test
        void everyAllowedChannelAndOutcomePairWithBothTimestampForms() throws Exception {
            Result result = read(
                    Extract.CONTACTS,
                    HEADER,
                    "C1;2017-03-01 08:00:00;PHONE;kc1;ANSWERED;45;300;J",
                    "C2;2017-03-01T08:00:01;phone;KC1;abandoned;130;;",
                    "C3;2017-03-01 09:15:00;CHAT;KC1;ANSWERED;0;0;Nej",
                    "C4;2017-03-01 09:15:00;CHAT;KC1;ABANDONED;12;;",
                    "C5;2017-03-01 23:59:59;EMAIL;KC1;HANDLED;;600;true");

            assertThat(result.rows().valid)
                    .extracting(ValidRow::values)
                    .containsExactly(
                            Arrays.asList(
                                    "C1",
                                    LocalDateTime.of(2017, 3, 1, 8, 0, 0),
                                    "PHONE",
                                    "KC1",
                                    "ANSWERED",
                                    45,
                                    300,
                                    true),
                            Arrays.asList(
                                    "C2",
                                    LocalDateTime.of(2017, 3, 1, 8, 0, 1),
                                    "PHONE",
                                    "KC1",
                                    "ABANDONED",
                                    130,
                                    null,
                                    null),
                            Arrays.asList(
                                    "C3",
                                    LocalDateTime.of(2017, 3, 1, 9, 15, 0),
                                    "CHAT",
                                    "KC1",
                                    "ANSWERED",
                                    0,
                                    0,
                                    false),
                            Arrays.asList(
                                    "C4",
                                    LocalDateTime.of(2017, 3, 1, 9, 15, 0),
                                    "CHAT",
                                    "KC1",
                                    "ABANDONED",
                                    12,
                                    null,
                                    null),
                            Arrays.asList(
                                    "C5",
                                    LocalDateTime.of(2017, 3, 1, 23, 59, 59),
                                    "EMAIL",
                                    "KC1",
                                    "HANDLED",
                                    null,
                                    600,
                                    true));
        }

        @Test
        void everyBooleanSpellingIsAccepted() throws Exception {
            String[] spellings = {"J", "n", "Ja", "NEJ", "y", "N", "TRUE", "false", "1", "0", "ja", "nej", "Y", "True"};
            Boolean[] expected = {
                true, false, true, false, true, false, true, false, true, false, true, false, true, true
            };
            StringBuilder content = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < spellings.length; i++) {
                content.append("C")
                        .append(i)
                        .append(";2017-03-01 08:00:00;EMAIL;KC1;HANDLED;;;")
                        .append(spellings[i])
                        .append('\n');
            }

            Result result = deliveries.read(Extract.CONTACTS, content.toString());

            assertThat(result.rows().rejected).isEmpty();
            assertThat(result.rows().valid)
                    .extracting(row -> row.values().get(7))
                    .containsExactly((Object[]) expected);
        }

        @Test
        void otherChannelAndOutcomePairsAreRejected() throws Exception {
            Result result = read(
                    Extract.CONTACTS,
                    HEADER,
                    "C1;2017-03-01 08:00:00;PHONE;KC1;HANDLED;10;10;J",
                    "C2;2017-03-01 08:00:00;CHAT;KC1;HANDLED;10;10;J",
                    "C3;2017-03-01 08:00:00;EMAIL;KC1;ANSWERED;10;10;J",
                    "C4;2017-03-01 08:00:00;EMAIL;KC1;ABANDONED;10;10;J",
                    "C5;2017-03-01 08:00:00;LETTER;KC1;HANDLED;10;10;J",
                    "C6;2017-03-01 08:00:00;PHONE;KC1;LOST;10;10;J");

            assertThat(result.rows().valid).isEmpty();
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::column)
                    .containsExactly("outcome", "outcome", "outcome", "outcome", "channel", "outcome");
            assertThat(result.rows().rejected.get(0).reason())
                    .isEqualTo("outcome HANDLED is not allowed with channel PHONE"
                            + " (PHONE and CHAT: ANSWERED or ABANDONED; EMAIL: HANDLED)");
        }

        @Test
        void waitSecondsIsRequiredForPhoneAndChatOnly() throws Exception {
            Result result = read(
                    Extract.CONTACTS,
                    HEADER,
                    "C1;2017-03-01 08:00:00;PHONE;KC1;ABANDONED;;;",
                    "C2;2017-03-01 08:00:00;CHAT;KC1;ABANDONED; ;;",
                    "C3;2017-03-01 08:00:00;EMAIL;KC1;HANDLED;;;N",
                    "C4;2017-03-01 08:00:00;EMAIL;KC1;HANDLED;5;;N");

            assertThat(result.rows().validLines()).containsExactly(4L, 5L);
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(2L, "wait_seconds", "wait_seconds is required when channel is PHONE"),
                            tuple(3L, "wait_seconds", "wait_seconds is required when channel is CHAT"));
        }

        @Test
        void resolvedFirstContactIsRequiredWhenAnsweredOrHandled() throws Exception {
            Result result = read(
                    Extract.CONTACTS,
                    HEADER,
                    "C1;2017-03-01 08:00:00;PHONE;KC1;ANSWERED;5;60;",
                    "C2;2017-03-01 08:00:00;EMAIL;KC1;HANDLED;;60;",
                    "C3;2017-03-01 08:00:00;PHONE;KC1;ABANDONED;5;;",
                    "C4;2017-03-01 08:00:00;PHONE;KC1;ANSWERED;5;60;kanske");

            assertThat(result.rows().validLines()).containsExactly(4L);
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(
                                    2L,
                                    "resolved_first_contact",
                                    "resolved_first_contact is required when outcome is ANSWERED"),
                            tuple(
                                    3L,
                                    "resolved_first_contact",
                                    "resolved_first_contact is required when outcome is HANDLED"),
                            tuple(
                                    5L,
                                    "resolved_first_contact",
                                    "resolved_first_contact: 'kanske' is not a yes/no value"
                                            + " (J/N, Ja/Nej, Y/N, true/false, 1/0)"));
        }

        @Test
        void secondsMustBeNonNegativeWholeNumbers() throws Exception {
            Result result = read(
                    Extract.CONTACTS,
                    HEADER,
                    "C1;2017-03-01 08:00:00;PHONE;KC1;ABANDONED;-1;;",
                    "C2;2017-03-01 08:00:00;PHONE;KC1;ANSWERED;5;-5;J",
                    "C3;2017-03-01 08:00:00;PHONE;KC1;ANSWERED;5,5;5;J",
                    "C4;2017-03-01 08:00:00;PHONE;KC1;ANSWERED;5;3000000000;J",
                    "C5;2017-03-01 08:00:00;PHONE;KC1;ANSWERED;+7;2147483647;J");

            assertThat(result.rows().validLines()).containsExactly(6L);
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column)
                    .containsExactly(
                            tuple(2L, "wait_seconds"),
                            tuple(3L, "handle_seconds"),
                            tuple(4L, "wait_seconds"),
                            tuple(5L, "handle_seconds"));
            assertThat(result.rows().valid.get(0).values().subList(5, 7)).containsExactly(7, Integer.MAX_VALUE);
        }

        @Test
        void malformedTimestampsAreRejected() throws Exception {
            Result result = read(
                    Extract.CONTACTS,
                    HEADER,
                    "C1;2017-03-01 8:00:00;EMAIL;KC1;HANDLED;;;J",
                    "C2;2017-03-01;EMAIL;KC1;HANDLED;;;J",
                    "C3;2017-03-32 08:00:00;EMAIL;KC1;HANDLED;;;J");

            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::column)
                    .containsExactly("received_at", "received_at", "received_at");
        }

        @Test
        void theContactIdIsTheKey() throws Exception {
            Result result = read(
                    Extract.CONTACTS,
                    HEADER,
                    "C1;2017-03-01 08:00:00;EMAIL;KC1;HANDLED;;;J",
                    "c1;2017-03-01 08:00:00;EMAIL;KC1;HANDLED;;;J", // ids are opaque text: case matters
                    "C1;2017-03-02 08:00:00;PHONE;KC1;ABANDONED;5;;");

            assertThat(result.rows().validLines()).containsExactly(2L, 3L);
            assertThat(result.rows().onlyRejection().line()).isEqualTo(4L);
        }
    }

    @Nested
    class SickLeave {

        private static final String HEADER = "employee_ref;date;spell_start;sick_hours";

        @Test
        void spellStartMayNotBeAfterTheDay() throws Exception {
            Result result = read(
                    Extract.SICK_LEAVE,
                    HEADER,
                    "E-1;2017-03-06;2017-03-06;8",
                    "E-1;2017-03-07;2017-03-06;4,5",
                    "E-2;2017-03-07;2017-03-08;8");

            assertThat(result.rows().valid)
                    .extracting(ValidRow::values)
                    .containsExactly(
                            Arrays.asList(
                                    Deliveries.PSEUDONYMIZER.apply("E-1"),
                                    LocalDate.of(2017, 3, 6),
                                    LocalDate.of(2017, 3, 6),
                                    8.0),
                            Arrays.asList(
                                    Deliveries.PSEUDONYMIZER.apply("E-1"),
                                    LocalDate.of(2017, 3, 7),
                                    LocalDate.of(2017, 3, 6),
                                    4.5));
            assertThat(result.rows().onlyRejection())
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(4L, "spell_start", "spell_start 2017-03-08 is after date 2017-03-07");
        }

        @Test
        void negativeHoursAndDuplicateDaysAreRejected() throws Exception {
            Result result = read(
                    Extract.SICK_LEAVE,
                    HEADER,
                    "E-1;2017-03-06;2017-03-06;-1",
                    "E-1;2017-03-06;2017-03-06;8",
                    "E-1;2017-03-06;2017-03-01;2",
                    "E-2;2017-03-06;2017-03-06;0");

            assertThat(result.rows().validLines()).containsExactly(3L, 5L);
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(2L, "sick_hours", "sick_hours: '***' is below the minimum 0"),
                            tuple(4L, null, "duplicate key (employee_ref, date): same as line 3"));
        }
    }

    @Nested
    class Targets {

        private static final String HEADER = "indicator_code;year;board_target;council_target";

        @Test
        void atLeastOneTargetAndAKnownIndicator() throws Exception {
            Result result = read(
                    Extract.TARGETS,
                    HEADER,
                    "HR_SICK_LEAVE_PCT;2017;5,5;6",
                    "kc_availability_pct;2017;;85",
                    "LON_ELECTRONIC_PCT;2017;90;",
                    "HR_FTE;2017;;", // line 5
                    "HR_SICK_PCT;2017;5;", // line 6
                    "HR_SICK_LEAVE_PCT;2017;4;", // line 7
                    "HR_SICK_LEAVE_PCT;17,5;4;"); // line 8

            assertThat(result.rows().valid)
                    .extracting(ValidRow::values)
                    .containsExactly(
                            Arrays.asList("HR_SICK_LEAVE_PCT", 2017, 5.5, 6.0),
                            Arrays.asList("KC_AVAILABILITY_PCT", 2017, null, 85.0),
                            Arrays.asList("LON_ELECTRONIC_PCT", 2017, 90.0, null));
            assertThat(result.rows().rejected)
                    .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                    .containsExactly(
                            tuple(
                                    5L,
                                    null,
                                    "neither board_target nor council_target is given; at least one is required"),
                            tuple(
                                    6L,
                                    "indicator_code",
                                    "indicator_code: 'HR_SICK_PCT' is not one of an indicator code"
                                            + " of docs/indicators.md"),
                            tuple(7L, null, "duplicate key (indicator_code, year): same as line 2"),
                            tuple(8L, "year", "year: '17,5' is not a whole number (32-bit)"));
        }
    }

    @Test
    void aNulCharacterRejectsTheRow() throws Exception {
        Result result = read(
                Extract.PAYSLIPS,
                "payslip_id;pay_date;unit_code;employer_org;source;note",
                "P1;2017-03-25;LON1;S\0OC;MANUAL;",
                "P2;2017-03-25;LON1;;MANUAL;x\0",
                "P3;2017-03-25;LON1;;MANUAL;");

        assertThat(result.rows().validLines()).containsExactly(4L);
        assertThat(result.rows().rejected)
                .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                .containsExactly(
                        tuple(2L, "employer_org", "the field contains a NUL character"),
                        tuple(3L, "note", "the field contains a NUL character"));
        assertThat(result.rows().rejected)
                .allSatisfy(row -> assertThat(row.rawLine()).doesNotContain("\0"));
    }
}
