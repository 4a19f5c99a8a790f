package se.nyckeltal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.PseudonymKeyProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code explain} through the real command line, on a warehouse that two real loads built from the
 * hand-made deliveries below, and on its published copy. Every expected number is counted from
 * these files by hand (see the comments at each delivery).
 *
 * <p>Invoices: unit EKO-B moves from area EKONOMI to KONTAKTCENTER on 2017-02-01. January is delivered
 * twice: run 2 re-delivers invoices/2017-01.csv corrected (I-2 becomes ELECTRONIC, I-9 is new), so
 * every CUSTOMER invoice of January comes from run 2's file, and only the SUPPLIER invoice I-4,
 * which the correction leaves out, from run 1's.
 *
 * <p>HR, disclosure limit 3: area HR has unit HR-1 (five employees) and HR-2 (one). HR-2 is
 * withheld as PRIMARY; HR-1, above the limit, as COMPLEMENTARY (area HR minus HR-1 would give
 * HR-2 away; the area goes too). The whole administration (six employees) is shown: it is never
 * withheld for another cell's sake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainFunctionalTests {

    static final String UNITS = """
            unit_code;unit_name;business_area;process;valid_from;valid_to
            EKO-A;Kundreskontra A;EKONOMI;CUSTOMER_INVOICING;2016-01-01;
            EKO-B;Kundreskontra B;EKONOMI;CUSTOMER_INVOICING;2016-01-01;2017-01-31
            EKO-B;Kundreskontra B;KONTAKTCENTER;CUSTOMER_INVOICING;2017-02-01;
            HR-1;Personal 1;HR;OTHER;2016-01-01;
            HR-2;Personal 2;HR;OTHER;2016-01-01;
            """;
    /** Run 1. Lines 2-5: CUSTOMER A electronic, CUSTOMER A scanned, CUSTOMER B electronic, SUPPLIER A. */
    static final String INVOICES_JANUARY = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            I-1;CUSTOMER;2017-01-10;EKO-A;UTBF;ELECTRONIC;100,00
            I-2;CUSTOMER;2017-01-11;EKO-A;UTBF;SCANNED;100,00
            I-3;CUSTOMER;2017-01-12;EKO-B;UTBF;ELECTRONIC;100,00
            I-4;SUPPLIER;2017-01-12;EKO-A;UTBF;ELECTRONIC;100,00
            """;
    /** Run 2, the same name: lines 2-5 are I-1 (A, E), I-3 (B, E), I-2 (A, now E), I-9 (B, scanned). */
    static final String INVOICES_JANUARY_CORRECTED = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            I-1;CUSTOMER;2017-01-10;EKO-A;UTBF;ELECTRONIC;100,00
            I-3;CUSTOMER;2017-01-12;EKO-B;UTBF;ELECTRONIC;100,00
            I-2;CUSTOMER;2017-01-11;EKO-A;UTBF;ELECTRONIC;100,00
            I-9;CUSTOMER;2017-01-13;EKO-B;UTBF;SCANNED;100,00
            """;
    /** Lines 2-5: CUSTOMER A scanned, SUPPLIER A, CUSTOMER B electronic twice (B is in KONTAKTCENTER now). */
    static final String INVOICES_FEBRUARY = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            I-5;CUSTOMER;2017-02-03;EKO-A;UTBF;SCANNED;100,00
            I-6;SUPPLIER;2017-02-03;EKO-A;UTBF;SCANNED;100,00
            I-7;CUSTOMER;2017-02-04;EKO-B;UTBF;ELECTRONIC;100,00
            I-8;CUSTOMER;2017-02-05;EKO-B;UTBF;ELECTRONIC;100,00
            """;
    /** Scheduled hours: 4 × 160 + 80 (HR-1) = 720, and 160 (HR-2): 880 in all; six employees. */
    static final String STAFFING = """
            employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours
            E-1;2017-01;HR-1;K;1970;100;1;160
            E-2;2017-01;HR-1;K;1980;100;1;160
            E-3;2017-01;HR-1;K;1990;50;0,5;80
            E-4;2017-01;HR-1;M;1975;100;1;160
            E-5;2017-01;HR-1;M;1985;100;1;160
            E-6;2017-01;HR-2;M;1960;100;1;160
            """;
    /** Sick hours: 8 + 8 + 4 (HR-1) and 8 (HR-2): 28 in all. */
    static final String SICK_LEAVE = """
            employee_ref;date;spell_start;sick_hours
            E-1;2017-01-09;2017-01-09;8
            E-1;2017-01-10;2017-01-09;8
            E-3;2017-01-16;2017-01-16;4
            E-6;2017-01-20;2017-01-20;8
            """;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY = new PseudonymKeyProperty("explain-test-key-0123456789abcdefgh");

    private Path dir;
    private Path warehouse;
    private Path copy;

    @BeforeAll
    void loadTwice(@TempDir Path dir) throws IOException {
        this.dir = dir;
        Path input = dir.resolve("input");
        InputFiles.write(input, "units/units.csv", UNITS);
        InputFiles.write(input, "invoices/2017-01.csv", INVOICES_JANUARY);
        InputFiles.write(input, "invoices/2017-02.csv", INVOICES_FEBRUARY);
        InputFiles.write(input, "staffing/2017-01.csv", STAFFING);
        InputFiles.write(input, "sick_leave/2017-01.csv", SICK_LEAVE);
        warehouse = dir.resolve("out/warehouse.duckdb");
        copy = dir.resolve("out/nyckeltal.duckdb");
        String previous = System.setProperty("nyckeltal.indicators.disclosure-limit", "3");
        try {
            Result first = run("load", "--input", input.toString(), "--warehouse", warehouse.toString());
            assertThat(first.exitCode()).as(first.output()).isZero();
            InputFiles.write(input, "invoices/2017-01.csv", INVOICES_JANUARY_CORRECTED);
            Result second = run("load", "--input", input.toString(), "--warehouse", warehouse.toString());
            assertThat(second.exitCode()).as(second.output()).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty("nyckeltal.indicators.disclosure-limit");
            } else {
                System.setProperty("nyckeltal.indicators.disclosure-limit", previous);
            }
        }
    }

    @Test
    void aYearOfTheWholeAdministrationAddsUpByMonthAndAreaAndNamesTheDeliveryThatWon() throws Exception {
        JsonNode explanation = explainJson(warehouse, "EKO_CUST_INV_ELECTRONIC_PCT", "--period", "2017");

        assertThat(explanation.get("warehouse").asString()).isEqualTo("LOADER_FILE");
        JsonNode indicator = explanation.get("indicator");
        assertThat(indicator.get("name").asString()).isEqualTo("Andel inlästa kundfakturor");
        assertThat(indicator.get("formula").asString())
                .isEqualTo("CUSTOMER with channel ELECTRONIC / all CUSTOMER × 100");
        assertThat(strings(indicator.get("models"))).contains("sql/models/report/invoice_period_sum.sql");
        JsonNode cell = explanation.get("cell");
        assertThat(cell.get("period_start").asString()).isEqualTo("2017-01-01");
        assertThat(cell.get("period_end").asString()).isEqualTo("2017-12-31");
        // electronic: I-1, I-2 (corrected), I-3, I-7, I-8 = 5 of the 7 CUSTOMER invoices
        assertFigure(explanation.get("figure"), 5.0 / 7 * 100, 5, 7);

        // January 3 of 4 (I-9 scanned), February 2 of 3 (I-5 scanned)
        JsonNode months = explanation.get("months");
        assertThat(codes(months)).containsExactly("2017-01", "2017-02");
        assertPart(months.get(0), 75.0, 3, 4);
        assertPart(months.get(1), 2.0 / 3 * 100, 2, 3);

        // EKONOMI: January's four (EKO-B still there) and I-5: 3 of 5; KONTAKTCENTER: I-7, I-8
        JsonNode areas = explanation.get("organisation");
        assertThat(codes(areas)).containsExactly("EKONOMI", "KONTAKTCENTER");
        assertPart(areas.get(0), 60.0, 3, 5);
        assertPart(areas.get(1), 100.0, 2, 2);

        // the corrected January (run 2) holds every CUSTOMER row of January, lines 2-5; run 1's
        // January file lends no row; February's CUSTOMER rows are its lines 2, 4 and 5
        JsonNode deliveries = explanation.get("deliveries");
        assertThat(deliveries).hasSize(2);
        assertDelivery(deliveries.get(0), "invoices/2017-01.csv", sha256(INVOICES_JANUARY_CORRECTED), 2, 4, 2, 5);
        assertDelivery(deliveries.get(1), "invoices/2017-02.csv", sha256(INVOICES_FEBRUARY), 1, 3, 2, 5);
    }

    @Test
    void anAreaAddsUpByUnitAndAUnitThatChangedAreaAddsOnlyItsMonthsThere() throws Exception {
        JsonNode explanation =
                explainJson(warehouse, "EKO_CUST_INV_ELECTRONIC_PCT", "--period", "2017", "--org", "EKONOMI");

        assertThat(explanation.get("cell").get("org_level").asString()).isEqualTo("AREA");
        assertFigure(explanation.get("figure"), 60.0, 3, 5);
        // EKO-A all year: I-1, I-2 electronic, I-5 scanned; EKO-B in EKONOMI in January only: I-3, I-9
        JsonNode units = explanation.get("organisation");
        assertThat(codes(units)).containsExactly("EKO-A", "EKO-B");
        assertPart(units.get(0), 2.0 / 3 * 100, 2, 3);
        assertThat(units.get(0).get("note").isNull()).isTrue();
        assertPart(units.get(1), 50.0, 1, 2);
        assertThat(units.get(1).get("note").asString()).contains("2017-01");
        // January's four CUSTOMER rows (EKO-B was here then), and February's I-5 only
        JsonNode deliveries = explanation.get("deliveries");
        assertThat(deliveries).hasSize(2);
        assertDelivery(deliveries.get(0), "invoices/2017-01.csv", sha256(INVOICES_JANUARY_CORRECTED), 2, 4, 2, 5);
        assertDelivery(deliveries.get(1), "invoices/2017-02.csv", sha256(INVOICES_FEBRUARY), 1, 1, 2, 2);

        // the moved unit's own year: I-3 and I-9 (lines 3 and 5 of the correction), I-7 and I-8
        JsonNode unit = explainJson(warehouse, "EKO_CUST_INV_ELECTRONIC_PCT", "--period", "2017", "--org", "EKO-B");
        assertThat(unit.get("cell").get("org_level").asString()).isEqualTo("UNIT");
        assertFigure(unit.get("figure"), 75.0, 3, 4);
        assertThat(unit.get("organisation")).isEmpty();
        assertDelivery(
                unit.get("deliveries").get(0), "invoices/2017-01.csv", sha256(INVOICES_JANUARY_CORRECTED), 2, 2, 3, 5);
        assertDelivery(unit.get("deliveries").get(1), "invoices/2017-02.csv", sha256(INVOICES_FEBRUARY), 1, 2, 4, 5);
    }

    @Test
    void aShownSickLeaveValueTracesToItsStaffingAndSickDaysRowByRowInTheLoadersFile() throws Exception {
        JsonNode explanation = explainJson(warehouse, "HR_SICK_LEAVE_PCT", "--period", "2017-01");

        // 28 sick hours of 880 scheduled hours; six employees: shown
        assertFigure(explanation.get("figure"), 28.0 / 880 * 100, 28, 880);
        assertThat(explanation.get("months")).isEmpty();
        // the one area, HR, is withheld (its units would otherwise give HR-2 away): shown as .., no numbers
        JsonNode areas = explanation.get("organisation");
        assertThat(codes(areas)).containsExactly("HR");
        assertThat(areas.get(0).get("suppressed").asBoolean()).isTrue();
        assertThat(areas.get(0).get("value").isNull()).isTrue();
        assertThat(areas.get(0).get("numerator").isNull()).isTrue();
        assertThat(areas.get(0).get("denominator").isNull()).isTrue();
        // every staffing row (lines 2-7) and every sick day (lines 2-5) counts in the whole administration
        JsonNode deliveries = explanation.get("deliveries");
        assertThat(deliveries).hasSize(2);
        assertDelivery(deliveries.get(0), "sick_leave/2017-01.csv", sha256(SICK_LEAVE), 1, 4, 2, 5);
        assertDelivery(deliveries.get(1), "staffing/2017-01.csv", sha256(STAFFING), 1, 6, 2, 7);

        // the year: its one month with staffing adds up to it
        JsonNode year = explainJson(warehouse, "HR_SICK_LEAVE_PCT", "--period", "2017");
        assertFigure(year.get("figure"), 28.0 / 880 * 100, 28, 880);
        assertThat(codes(year.get("months"))).containsExactly("2017-01");
        assertPart(year.get("months").get(0), 28.0 / 880 * 100, 28, 880);

        Result text = run("explain", "HR_SICK_LEAVE_PCT", "--period", "2017-01", "--warehouse", warehouse.toString());
        assertThat(text.exitCode()).as(text.output()).isZero();
        assertThat(text.output())
                .contains("HR_SICK_LEAVE_PCT  Sjukfrånvaro (%)")
                .contains("numerator 28, denominator 880")
                .containsPattern("\\n  HR +\\.\\. +\\.\\. +\\.\\.")
                .contains("staffing/2017-01.csv  run 1  6 rows, lines 2–7");
    }

    @Test
    void aFrozenValueSaysSoAndWhen() throws Exception {
        Path frozen = dir.resolve("frozen.duckdb");
        java.nio.file.Files.copy(warehouse, frozen);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + frozen);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("UPDATE report.indicator_values SET frozen_at = TIMESTAMP '2019-02-01 02:00:00'"
                    + " WHERE indicator_code = 'HR_SICK_LEAVE_PCT' AND period = '2017' AND org_level = 'ALL'"
                    + " AND gender = 'T'");
        }

        JsonNode explanation = explainJson(frozen, "HR_SICK_LEAVE_PCT", "--period", "2017");
        assertThat(strings(explanation.get("notes")))
                .anyMatch(note -> note.startsWith("Frozen since 2019-02-01T02:00: the person-level rows"));
        assertThat(strings(explainJson(warehouse, "HR_SICK_LEAVE_PCT", "--period", "2017")
                        .get("notes")))
                .noneMatch(note -> note.startsWith("Frozen"));
    }

    @Test
    void aWithheldValueIsExplainedWithoutAnyNumber() throws Exception {
        for (Path file : List.of(warehouse, copy)) {
            JsonNode primary = explainJson(file, "HR_SICK_LEAVE_PCT", "--period", "2017-01", "--org", "HR-2");
            JsonNode figure = primary.get("figure");
            assertThat(figure.get("suppressed").asBoolean()).isTrue();
            assertThat(figure.get("suppression").asString()).isEqualTo("PRIMARY");
            assertThat(figure.get("value").isNull()).isTrue();
            assertThat(figure.get("numerator").isNull()).isTrue();
            assertThat(figure.get("denominator").isNull()).isTrue();
            assertThat(primary.get("months")).isEmpty();
            assertThat(primary.get("organisation")).isEmpty();
            assertThat(primary.get("deliveries")).isEmpty();

            JsonNode complementary = explainJson(file, "HR_SICK_LEAVE_PCT", "--period", "2017", "--org", "HR-1");
            assertThat(complementary.get("figure").get("suppression").asString())
                    .isEqualTo("COMPLEMENTARY");
            assertThat(complementary.get("figure").get("suppression_reason").asString())
                    .contains("worked out");
            assertThat(complementary.get("deliveries")).isEmpty();

            Result text = run(
                    "explain",
                    "HR_SICK_LEAVE_PCT",
                    "--period",
                    "2017-01",
                    "--org",
                    "HR-2",
                    "--warehouse",
                    file.toString());
            assertThat(text.exitCode()).as(text.output()).isZero();
            String[] lines = text.output().split("\n");
            assertThat(text.output()).contains(".. withheld (PRIMARY)");
            // no figure of the cell anywhere: the only digits are the unit's, the period's, the dates',
            // the formula's (× 100) and the disclosure limit's in the reason
            for (String line : lines) {
                assertThat(line.replaceAll("HR-2|2017-01(-01|-31)?|× 100|\\(10 unless", ""))
                        .as(line)
                        .doesNotContainPattern("\\d");
            }
        }
    }

    @Test
    void thePublishedCopyTracesEventsRowByRowAndHrToFilesAndCountsOnly() throws Exception {
        JsonNode events = explainJson(copy, "EKO_CUST_INV_ELECTRONIC_PCT", "--period", "2017");
        assertThat(events.get("warehouse").asString()).isEqualTo("PUBLISHED_COPY");
        assertFigure(events.get("figure"), 5.0 / 7 * 100, 5, 7);
        assertDelivery(
                events.get("deliveries").get(0),
                "invoices/2017-01.csv",
                sha256(INVOICES_JANUARY_CORRECTED),
                2,
                4,
                2,
                5);
        assertDelivery(events.get("deliveries").get(1), "invoices/2017-02.csv", sha256(INVOICES_FEBRUARY), 1, 3, 2, 5);

        JsonNode hr = explainJson(copy, "HR_SICK_LEAVE_PCT", "--period", "2017-01");
        assertThat(hr.get("warehouse").asString()).isEqualTo("PUBLISHED_COPY");
        assertFigure(hr.get("figure"), 28.0 / 880 * 100, 28, 880);
        // the whole administration's rows of January: six staffing rows, four sick days; no lines
        JsonNode deliveries = hr.get("deliveries");
        assertThat(deliveries).hasSize(2);
        for (JsonNode delivery : deliveries) {
            assertThat(delivery.get("rows_contributing").isNull()).isTrue();
            assertThat(delivery.get("first_line").isNull()).isTrue();
            assertThat(delivery.get("last_line").isNull()).isTrue();
        }
        assertThat(deliveries.get(0).get("file_name").asString()).isEqualTo("sick_leave/2017-01.csv");
        assertThat(deliveries.get(0).get("file_checksum").asString()).isEqualTo(sha256(SICK_LEAVE));
        assertThat(deliveries.get(0).get("rows_in_period_all_units").asLong()).isEqualTo(4);
        assertThat(deliveries.get(1).get("file_name").asString()).isEqualTo("staffing/2017-01.csv");
        assertThat(deliveries.get(1).get("file_checksum").asString()).isEqualTo(sha256(STAFFING));
        assertThat(deliveries.get(1).get("rows_in_period_all_units").asLong()).isEqualTo(6);
    }

    @Test
    void anUnknownCodePeriodOrOrganisationIsOneLineAndExitTwo() {
        assertOneLineFailure(
                run("explain", "EKO_NOPE", "--period", "2017", "--warehouse", warehouse.toString()),
                2,
                "No indicator 'EKO_NOPE'");
        assertOneLineFailure(
                run("explain", "EKO_CUST_INV_COUNT", "--period", "2015", "--warehouse", warehouse.toString()),
                2,
                "No EKO_CUST_INV_COUNT value for YEAR 2015: its YEAR values run from 2017 to 2017");
        assertOneLineFailure(
                run(
                        "explain",
                        "EKO_CUST_INV_COUNT",
                        "--period",
                        "2017",
                        "--org",
                        "NOWHERE",
                        "--warehouse",
                        warehouse.toString()),
                2,
                "No EKO_CUST_INV_COUNT value for 'NOWHERE' in YEAR 2017");
        assertOneLineFailure(
                run(
                        "explain",
                        "EKO_CUST_INV_COUNT",
                        "--period",
                        "2017",
                        "--gender",
                        "K",
                        "--warehouse",
                        warehouse.toString()),
                2,
                "EKO_CUST_INV_COUNT has no values by gender");
        assertOneLineFailure(
                run(
                        "explain",
                        "EKO_CUST_INV_COUNT",
                        "--period",
                        "missing",
                        "--warehouse",
                        dir.resolve("none.duckdb").toString()),
                64,
                "'missing' is not a period");
        assertOneLineFailure(
                run(
                        "explain",
                        "EKO_CUST_INV_COUNT",
                        "--period",
                        "2017",
                        "--warehouse",
                        dir.resolve("none.duckdb").toString()),
                2,
                "No warehouse at");
    }

    private static void assertOneLineFailure(Result result, int exitCode, String message) {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(exitCode);
        assertThat(result.output()).contains("nyckeltal: " + message).doesNotContain("\tat ");
        if (exitCode == 2) {
            assertThat(result.output().strip().lines()).hasSize(1);
        }
    }

    private static void assertFigure(JsonNode figure, double value, double numerator, double denominator) {
        assertThat(figure.get("suppressed").asBoolean()).isFalse();
        assertThat(figure.get("suppression").isNull()).isTrue();
        assertThat(figure.get("value").asDouble()).isCloseTo(value, within(1e-9));
        assertThat(figure.get("numerator").asDouble()).isEqualTo(numerator);
        assertThat(figure.get("denominator").asDouble()).isEqualTo(denominator);
    }

    private static void assertPart(JsonNode part, double value, double numerator, double denominator) {
        assertThat(part.get("suppressed").asBoolean()).isFalse();
        assertThat(part.get("value").asDouble()).isCloseTo(value, within(1e-9));
        assertThat(part.get("numerator").asDouble()).isEqualTo(numerator);
        assertThat(part.get("denominator").asDouble()).isEqualTo(denominator);
    }

    private static void assertDelivery(
            JsonNode delivery, String fileName, String checksum, long run, long rows, long firstLine, long lastLine) {
        assertThat(delivery.get("file_name").asString()).isEqualTo(fileName);
        assertThat(delivery.get("file_checksum").asString()).isEqualTo(checksum);
        assertThat(delivery.get("run_id").asLong()).isEqualTo(run);
        assertThat(delivery.get("rows_contributing").asLong()).isEqualTo(rows);
        assertThat(delivery.get("first_line").asLong()).isEqualTo(firstLine);
        assertThat(delivery.get("last_line").asLong()).isEqualTo(lastLine);
    }

    private JsonNode explainJson(Path file, String code, String... options) {
        List<String> args = new ArrayList<>(List.of("explain", code));
        args.addAll(List.of(options));
        args.addAll(List.of("--json", "--warehouse", file.toString()));
        Result result = run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return JSON.readTree(result.output());
    }

    private static List<String> codes(JsonNode parts) {
        List<String> codes = new ArrayList<>();
        parts.forEach(part -> codes.add(part.get("code").asString()));
        return codes;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asString()));
        return strings;
    }

    private static String sha256(String content) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    record Result(int exitCode, String output) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return new Result(commandLine.execute(args), out.toString());
    }
}
