package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

class ReportWriterTests {

    /** The thousands separator and the space before {@code %} (SwedishNumberFormat.GROUP_SEPARATOR). */
    private static final String NBSP = "\u00A0";

    private static final String VALUES_HEADER = "indicator_code;period_type;period;period_start;period_end;"
            + "org_level;org_code;gender;value;numerator;denominator;suppressed;suppression";
    private static final String TABLE_HEADER = "indicator_code;indicator_name;year;outcome;outcome_women;"
            + "outcome_men;previous_year_outcome;board_target;council_target;board_target_met;council_target_met";

    @TempDir
    Path tempDir;

    private TestWarehouse warehouse;
    private DSLContext dsl;

    @BeforeEach
    void openWarehouse() {
        warehouse = TestWarehouse.create(tempDir);
        dsl = warehouse.dsl();
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    /**
     * Rows inserted out of order. Catalogue sort orders (V003): EKO_CUST_INV_COUNT 1,
     * EKO_CUST_INV_PER_FTE_MONTH 3, KC_PHONE_PCT 11, HR_FTE 16, HR_SICK_LEAVE_PCT 17,
     * HR_SICK_LEAVE_AGE_29_PCT 20; XX_EXTRA is not in the catalogue.
     */
    private void insertIndicatorData() {
        dsl.execute("""
                insert into report.indicator_values (indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender, value, numerator, denominator, suppressed, suppression) values
                 ('HR_FTE', 'R12',   '2017-12', '2017-01-01', '2017-12-31', 'ALL',  'ALL',  'T', 2.5,  30, 12, false, NULL),
                 ('HR_FTE', 'YEAR',  '2017',    '2017-01-01', '2017-12-31', 'UNIT', '=1+1', 'K', NULL, NULL, NULL, true, 'PRIMARY'),
                 ('HR_FTE', 'YEAR',  '2017',    '2017-01-01', '2017-12-31', 'ALL',  'ALL',  'M', 1.25, 15, 12, false, NULL),
                 ('HR_FTE', 'YEAR',  '2017',    '2017-01-01', '2017-12-31', 'AREA', 'A;B',  'T', 0.5,  6,  12, false, NULL),
                 ('HR_FTE', 'YEAR',  '2017',    '2017-01-01', '2017-12-31', 'ALL',  'ALL',  'T', 2.5,  30, 12, false, NULL),
                 ('KC_PHONE_PCT', 'MONTH', '2017-03', '2017-03-01', '2017-03-31', 'ALL', 'ALL', 'T',
                      200::DOUBLE / 3, 2, 3, false, NULL),
                 ('EKO_CUST_INV_COUNT', 'MONTH', '2017-03', '2017-03-01', '2017-03-31', 'ALL', 'ALL', 'T',
                      5423, 5423, NULL, false, NULL),
                 ('HR_FTE', 'MONTH', '2017-01', '2017-01-01', '2017-01-31', 'ALL',  'ALL',  'T', 2.5, 2.5, 1, false, NULL)
                """);
        dsl.execute("""
                insert into report.indicator_table values
                 ('XX_EXTRA', '@<b>Extra</b>;x', 2017, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                 ('HR_SICK_LEAVE_PCT', 'Sjukfrånvaro', 2017, 6.65, 7.25, NULL, 6.1, 6.0, 7.0, false, true),
                 ('KC_PHONE_PCT', 'Andel telefonsamtal av inkommande ärenden', 2017,
                      200::DOUBLE / 3, NULL, NULL, 60, NULL, NULL, NULL, NULL),
                 ('KC_PHONE_PCT', 'Andel telefonsamtal av inkommande ärenden', 2016,
                      60, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                 ('HR_SICK_LEAVE_AGE_29_PCT', 'Sjukfrånvaro, 29 år eller yngre', 2017,
                      1.45, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                 ('EKO_CUST_INV_PER_FTE_MONTH', 'Antal kundfakturor per årsarbetare och månad, genomsnitt', 2017,
                      2.5, NULL, NULL, 2.4, 2, NULL, true, NULL),
                 ('EKO_CUST_INV_COUNT', 'Antal kundfakturor', 2017, 5423, NULL, NULL, 4980, NULL, NULL, NULL, NULL)
                """);
    }

    @Test
    void indicatorValuesCsvHasEveryRowUnroundedInContractOrder() throws IOException {
        insertIndicatorData();

        ReportFiles files = new ReportWriter().write(dsl, tempDir.resolve("out"), null);

        assertThat(files.indicatorValuesCsv()).isEqualTo(tempDir.resolve("out/indicator_values.csv"));
        // Order: catalogue sort order, then MONTH < YEAR < R12, level ALL < AREA < UNIT, gender T < K < M.
        // 200/3 is written as the double stores it (66.66666666666667), 5423.0 as 5423, NULL as nothing,
        // the org code "=1+1" neutralised with an apostrophe, "A;B" quoted because it holds the delimiter.
        assertThat(Files.readAllBytes(files.indicatorValuesCsv()))
                .isEqualTo(utf8Lines(
                        VALUES_HEADER,
                        "EKO_CUST_INV_COUNT;MONTH;2017-03;2017-03-01;2017-03-31;ALL;ALL;T;5423;5423;;false;",
                        "KC_PHONE_PCT;MONTH;2017-03;2017-03-01;2017-03-31;ALL;ALL;T;66.66666666666667;2;3;false;",
                        "HR_FTE;MONTH;2017-01;2017-01-01;2017-01-31;ALL;ALL;T;2.5;2.5;1;false;",
                        "HR_FTE;YEAR;2017;2017-01-01;2017-12-31;ALL;ALL;T;2.5;30;12;false;",
                        "HR_FTE;YEAR;2017;2017-01-01;2017-12-31;ALL;ALL;M;1.25;15;12;false;",
                        "HR_FTE;YEAR;2017;2017-01-01;2017-12-31;AREA;\"A;B\";T;0.5;6;12;false;",
                        "HR_FTE;YEAR;2017;2017-01-01;2017-12-31;UNIT;'=1+1;K;;;;true;PRIMARY",
                        "HR_FTE;R12;2017-12;2017-01-01;2017-12-31;ALL;ALL;T;2.5;30;12;false;"));
    }

    @Test
    void indicatorTableCsvHasEveryYearWithBooleansAndEmptyNulls() throws IOException {
        insertIndicatorData();

        ReportFiles files = new ReportWriter().write(dsl, tempDir.resolve("out"), 2017);

        // Every year (2016 too, although the HTML shows 2017); XX_EXTRA, not in the catalogue, last.
        assertThat(Files.readAllBytes(files.indicatorTableCsv()))
                .isEqualTo(utf8Lines(
                        TABLE_HEADER,
                        "EKO_CUST_INV_COUNT;Antal kundfakturor;2017;5423;;;4980;;;;",
                        "EKO_CUST_INV_PER_FTE_MONTH;Antal kundfakturor per årsarbetare och månad, genomsnitt;2017;2.5;;;2.4;2;;true;",
                        "KC_PHONE_PCT;Andel telefonsamtal av inkommande ärenden;2016;60;;;;;;;",
                        "KC_PHONE_PCT;Andel telefonsamtal av inkommande ärenden;2017;66.66666666666667;;;60;;;;",
                        "HR_SICK_LEAVE_PCT;Sjukfrånvaro;2017;6.65;7.25;;6.1;6;7;false;true",
                        "HR_SICK_LEAVE_AGE_29_PCT;Sjukfrånvaro, 29 år eller yngre;2017;1.45;;;;;;;",
                        "XX_EXTRA;\"'@<b>Extra</b>;x\";2017;1;;;;;;;"));
    }

    @Test
    void htmlReportShowsTheLatestYearRoundedInSwedishWithTargetStatus() throws IOException {
        insertIndicatorData();

        ReportFiles files = new ReportWriter().write(dsl, tempDir.resolve("out"), null);

        assertThat(files.year()).isEqualTo(2017);
        assertThat(files.yearHasData()).isTrue();
        assertThat(files.htmlReport()).isEqualTo(tempDir.resolve("out/nyckeltal-2017.html"));
        String html = Files.readString(files.htmlReport(), StandardCharsets.UTF_8);

        assertThat(html).contains("Utfall 2017", "Utfall 2016", "Kvinnor", "Män", "Nämndens mål", "KF:s mål");
        // The latest month with values in 2017 is March.
        assertThat(html).contains("Delår: uppgifterna omfattar januari–mars 2017.");
        // Sections in the annual report's order, the unknown code in a last section of its own.
        assertThat(html)
                .containsSubsequence(
                        "<h2>Ekonomi</h2>",
                        "<h2>Lön och pension</h2>",
                        "<h2>Kontaktcenter</h2>",
                        "<h2>HR</h2>",
                        "<h2>Övriga nyckeltal</h2>");
        // Indicator, Utfall 2017, Kvinnor, Män, Utfall 2016, board target, status, council target, status.
        assertThat(cells(html, "EKO_CUST_INV_COUNT"))
                .containsExactly("Antal kundfakturor", "5" + NBSP + "423", "", "", "4" + NBSP + "980", "", "", "", "");
        // 2.5 → 3 and 2.4 → 2 (whole numbers, half away from zero); outcome 2.5 ≥ target 2 (higher): met.
        assertThat(cells(html, "EKO_CUST_INV_PER_FTE_MONTH"))
                .containsExactly(
                        "Antal kundfakturor per årsarbetare och månad, genomsnitt",
                        "3",
                        "",
                        "",
                        "2",
                        "2",
                        "✓Mål uppnått",
                        "",
                        "");
        // 200/3 = 66.67 → 66,7 %; 60 → 60,0 %.
        assertThat(cells(html, "KC_PHONE_PCT"))
                .containsExactly(
                        "Andel telefonsamtal av inkommande ärenden",
                        "66,7" + NBSP + "%",
                        "",
                        "",
                        "60,0" + NBSP + "%",
                        "",
                        "",
                        "",
                        "");
        // 6.65 → 6,7 and 7.25 → 7,3 (half away from zero); men NULL (suppressed) → ..;
        // 6.65 > board target 6.0 (lower is better): not met; ≤ council target 7.0: met.
        assertThat(cells(html, "HR_SICK_LEAVE_PCT"))
                .containsExactly(
                        "Sjukfrånvaro",
                        "6,7" + NBSP + "%",
                        "7,3" + NBSP + "%",
                        "..",
                        "6,1" + NBSP + "%",
                        "6,0" + NBSP + "%",
                        "✗Mål ej uppnått",
                        "7,0" + NBSP + "%",
                        "✓Mål uppnått");
        // 1.45 is stored as 1.4499999999999999555… but reported as 1.45, so it rounds up to 1,5 (not 1,4).
        // No gender breakdown: empty gender cells; no previous year: ..
        assertThat(cells(html, "HR_SICK_LEAVE_AGE_29_PCT"))
                .containsExactly("Sjukfrånvaro, 29 år eller yngre", "1,5" + NBSP + "%", "", "", "..", "", "", "", "");
        // Catalogue indicators without a row for the year still get their line, with .. for the figures.
        assertThat(cells(html, "LON_PAYSLIP_COUNT"))
                .containsExactly("Antal administrerade löner", "..", "", "", "..", "", "", "", "");
        assertThat(cells(html, "HR_FTE"))
                .containsExactly("Antal årsarbetare, genomsnitt", "..", "..", "..", "..", "", "", "", "");
        // Text from the warehouse is escaped, not interpreted as markup.
        assertThat(html).contains("@&lt;b&gt;Extra&lt;/b&gt;;x").doesNotContain("<b>Extra");
        // Self-contained: nothing to fetch.
        assertThat(html).doesNotContain("<link", "<script", "src=", "@import");
    }

    @Test
    void htmlReportOfARequestedEarlierYear() throws IOException {
        insertIndicatorData();

        ReportFiles files = new ReportWriter().write(dsl, tempDir.resolve("out"), 2016);

        assertThat(files.year()).isEqualTo(2016);
        assertThat(files.htmlReport()).isEqualTo(tempDir.resolve("out/nyckeltal-2016.html"));
        String html = Files.readString(files.htmlReport(), StandardCharsets.UTF_8);
        assertThat(html).contains("Utfall 2016", "Utfall 2015").doesNotContain("Utfall 2017", "Delår");
        assertThat(cells(html, "KC_PHONE_PCT"))
                .containsExactly(
                        "Andel telefonsamtal av inkommande ärenden", "60,0" + NBSP + "%", "", "", "..", "", "", "", "");
    }

    @Test
    void aYearWithoutDataIsSaidSoAndTheCsvFilesStillHaveEverything() throws IOException {
        insertIndicatorData();

        ReportFiles files = new ReportWriter().write(dsl, tempDir.resolve("out"), 2019);

        assertThat(files.year()).isEqualTo(2019);
        assertThat(files.yearHasData()).isFalse();
        String html = Files.readString(files.htmlReport(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Det finns inga uppgifter för 2019.", "År med uppgifter: 2016, 2017.")
                .doesNotContain("<table");
        assertThat(Files.readAllLines(files.indicatorTableCsv())).hasSize(1 + 7);
        assertThat(Files.readAllLines(files.indicatorValuesCsv())).hasSize(1 + 8);
    }

    @Test
    void anEmptyWarehouseGivesHeaderOnlyCsvFilesAndANoDataPage() throws IOException {
        Path out = tempDir.resolve("new/folder");

        ReportFiles files = new ReportWriter().write(dsl, out, null);

        assertThat(files.year()).isNull();
        assertThat(files.yearHasData()).isFalse();
        assertThat(Files.readAllBytes(out.resolve("indicator_values.csv"))).isEqualTo(utf8Lines(VALUES_HEADER));
        assertThat(Files.readAllBytes(out.resolve("indicator_table.csv"))).isEqualTo(utf8Lines(TABLE_HEADER));
        assertThat(files.htmlReport()).isEqualTo(out.resolve("nyckeltal.html"));
        assertThat(Files.readString(files.htmlReport())).contains("Det finns inga uppgifter i lagret ännu.");
    }

    @Test
    void aSecondRunReplacesTheFilesAndLeavesNoTemporaryFiles() throws IOException {
        Path out = tempDir.resolve("out");
        new ReportWriter().write(dsl, out, null);
        insertIndicatorData();

        new ReportWriter().write(dsl, out, null);

        assertThat(Files.readAllLines(out.resolve("indicator_values.csv"))).hasSize(1 + 8);
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "indicator_values.csv",
                            "indicator_table.csv",
                            "nyckeltal.html",
                            "nyckeltal-2017.html",
                            "report-text-2017.md");
        }
    }

    /** The lines, each ended by \n, as UTF-8 bytes without BOM. */
    private static byte[] utf8Lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** The text of each cell of the indicator's row (markup removed). */
    private static List<String> cells(String html, String indicatorCode) {
        Matcher start = Pattern.compile("<tr data-indicator=\"" + Pattern.quote(indicatorCode) + "\"[^>]*>")
                .matcher(html);
        assertThat(start.find()).as("row of %s", indicatorCode).isTrue();
        String row = html.substring(start.end(), html.indexOf("</tr>", start.end()));
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(row);
        while (cell.find()) {
            cells.add(TAG.matcher(cell.group(1)).replaceAll("").strip());
        }
        return cells;
    }
}
