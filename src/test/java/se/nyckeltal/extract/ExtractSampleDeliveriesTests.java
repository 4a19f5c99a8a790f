package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.nyckeltal.extract.CollectingHandler.RejectedRow;
import se.nyckeltal.extract.CollectingHandler.ValidRow;
import se.nyckeltal.extract.Deliveries.Result;

/** Realistic deliveries kept byte for byte under src/test/resources/extract/. */
class ExtractSampleDeliveriesTests {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ExtractSampleDeliveriesTests.class
                .getResource("/extract/" + name)
                .toURI());
    }

    @Test
    void anOldExcelExportOfUnitsInWindows1252WithCrlf() throws Exception {
        ReaderSettings settings = new ReaderSettings(Charset.forName("windows-1252"), null, null);

        Result result = Deliveries.read(Extract.UNITS, settings, resource("units-excel-windows1252.csv"));

        assertThat(result.outcome()).isEqualTo(new FileOutcome(4, 4, 0, ';', List.of()));
        assertThat(result.rows().valid)
                .extracting(ValidRow::line, ValidRow::values)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2L,
                                Arrays.asList(
                                        "EKO-KUND1",
                                        "Kundreskontra 1; Östra",
                                        "EKONOMI",
                                        "CUSTOMER_INVOICING",
                                        LocalDate.of(2017, 1, 1),
                                        LocalDate.of(2017, 6, 30))),
                        org.assertj.core.groups.Tuple.tuple(
                                3L,
                                Arrays.asList(
                                        "EKO-KUND1",
                                        "Kundreskontra 1; Östra",
                                        "EKONOMI",
                                        "CUSTOMER_INVOICING",
                                        LocalDate.of(2017, 7, 1),
                                        null)),
                        org.assertj.core.groups.Tuple.tuple(
                                4L,
                                Arrays.asList(
                                        "LÖN-SAL",
                                        "Lönecenter Åre & Älvdalen",
                                        "LON",
                                        "PAYROLL",
                                        LocalDate.of(2017, 1, 1),
                                        null)),
                        org.assertj.core.groups.Tuple.tuple(
                                5L,
                                Arrays.asList(
                                        "KC-1",
                                        "Kontaktcenter \"Medborgarservice\"",
                                        "KONTAKTCENTER",
                                        "CONTACT_CENTER",
                                        LocalDate.of(2017, 1, 1),
                                        null)));
    }

    @Test
    void staffingAsTabSeparatedUtf8WithBom() throws Exception {
        Result result = Deliveries.read(Extract.STAFFING, Deliveries.UTF8, resource("staffing-utf8-bom-tab.csv"));

        assertThat(result.outcome()).isEqualTo(new FileOutcome(4, 3, 1, '\t', List.of()));
        assertThat(result.rows().valid)
                .extracting(ValidRow::values)
                .containsExactly(
                        Arrays.asList(
                                Deliveries.PSEUDONYMIZER.apply("19121212-1212"),
                                LocalDate.of(2017, 3, 1),
                                "LÖN-SAL",
                                "K",
                                1980,
                                100.0,
                                1.0,
                                176.0),
                        Arrays.asList(
                                Deliveries.PSEUDONYMIZER.apply("E-0042"),
                                LocalDate.of(2017, 3, 1),
                                "LÖN-SAL",
                                "M",
                                null,
                                75.5,
                                0.755,
                                132.88),
                        Arrays.asList(
                                Deliveries.PSEUDONYMIZER.apply("E-0043"),
                                LocalDate.of(2017, 3, 1),
                                "LÖN-SAL",
                                "K",
                                1975,
                                100.0,
                                1.0,
                                1176.0)); // "1 176,0" with a no-break space
        assertThat(result.rows().onlyRejection())
                .isEqualTo(new RejectedRow(
                        4L, "fte", "fte: '***' is above the maximum 1.5", "***\t2017-03\t***\tX\t1990\t100\t***\t176"));
    }

    @Test
    void contactsCommaSeparatedWithLoneCarriageReturns() throws Exception {
        Result result = Deliveries.read(
                Extract.CONTACTS,
                new ReaderSettings(StandardCharsets.UTF_8, null, null),
                resource("contacts-comma-cr.csv"));

        assertThat(result.outcome().delimiter()).isEqualTo(',');
        assertThat(result.rows().valid)
                .extracting(ValidRow::line, ValidRow::values)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2L,
                                Arrays.asList(
                                        "C-1",
                                        LocalDateTime.of(2017, 3, 1, 8, 0, 5),
                                        "PHONE",
                                        "KC-1",
                                        "ANSWERED",
                                        45,
                                        310,
                                        true)),
                        org.assertj.core.groups.Tuple.tuple(
                                3L,
                                Arrays.asList(
                                        "C-2",
                                        LocalDateTime.of(2017, 3, 1, 8, 1, 0),
                                        "PHONE",
                                        "KC-1",
                                        "ABANDONED",
                                        75,
                                        null,
                                        null)),
                        org.assertj.core.groups.Tuple.tuple(
                                4L,
                                Arrays.asList(
                                        "C-3, mejl",
                                        LocalDateTime.of(2017, 3, 1, 9, 30, 0),
                                        "EMAIL",
                                        "KC-1",
                                        "HANDLED",
                                        null,
                                        900,
                                        false)),
                        org.assertj.core.groups.Tuple.tuple(
                                6L,
                                Arrays.asList(
                                        "C-5",
                                        LocalDateTime.of(2017, 3, 1, 10, 5, 0),
                                        "CHAT",
                                        "KC-1",
                                        "ANSWERED",
                                        20,
                                        60,
                                        true)));
        assertThat(result.rows().onlyRejection())
                .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::rawLine)
                .containsExactly(5L, "outcome", "C-4,2017-03-01 10:00:00,CHAT,KC-1,HANDLED,20,60,Y");
    }
}
