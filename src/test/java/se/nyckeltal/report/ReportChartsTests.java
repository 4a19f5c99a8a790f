package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

/** The charts in the HTML report: which are drawn, where, with which lines and targets (data: {@link ChartTestData}). */
class ReportChartsTests {

    private static final String NBSP = "\u00A0";

    @TempDir
    Path tempDir;

    private TestWarehouse warehouse;
    private DSLContext dsl;

    @BeforeEach
    void openWarehouse() {
        warehouse = TestWarehouse.create(tempDir);
        dsl = warehouse.dsl();
        ChartTestData.insert(dsl);
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    /** One {@code <figure>} of the page. */
    record Figure(String indicator, String kind, String caption, SvgChart svg) {}

    private static final Pattern FIGURE = Pattern.compile(
            "<figure class=\"chart\" data-indicator=\"([^\"]*)\" data-chart=\"([^\"]*)\">(.*?)</figure>",
            Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("<figcaption>(.*?)</figcaption>", Pattern.DOTALL);
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private String writeReport() throws IOException {
        ReportFiles files = new ReportWriter().write(dsl, tempDir.resolve("out"), 2017);
        return Files.readString(files.htmlReport(), StandardCharsets.UTF_8);
    }

    private static List<Figure> figures(String html) {
        List<Figure> figures = new ArrayList<>();
        Matcher figure = FIGURE.matcher(html);
        while (figure.find()) {
            Matcher caption = CAPTION.matcher(figure.group(3));
            Matcher svg = SVG.matcher(figure.group(3));
            assertThat(caption.find()).as("caption of %s", figure.group(1)).isTrue();
            assertThat(svg.find()).as("svg of %s", figure.group(1)).isTrue();
            figures.add(new Figure(
                    figure.group(1),
                    figure.group(2),
                    TAG.matcher(caption.group(1))
                            .replaceAll("")
                            .replaceAll("\\s+", " ")
                            .strip(),
                    SvgChart.parse(svg.group())));
        }
        return figures;
    }

    @Test
    void indicatorsWithMonthValuesGetNumberedChartsInTheReportsOrder() throws IOException {
        List<Figure> figures = figures(writeReport());

        // Catalogue order: EKO_CUST_INV_COUNT 1, KC_AVAILABILITY_PCT 14, HR_FTE 16, HR_SICK_LEAVE_PCT 17.
        // HR_FTE has no gender chart: K and M are suppressed every month.
        assertThat(figures)
                .extracting(Figure::indicator, Figure::kind)
                .containsExactly(
                        tuple("EKO_CUST_INV_COUNT", "trend"),
                        tuple("KC_AVAILABILITY_PCT", "trend"),
                        tuple("HR_FTE", "trend"),
                        tuple("HR_SICK_LEAVE_PCT", "trend"),
                        tuple("HR_SICK_LEAVE_PCT", "gender"));
        assertThat(figures)
                .extracting(Figure::caption)
                .containsExactly(
                        "Figur 1. Antal kundfakturor, per månad 2016 och 2017",
                        "Figur 2. Anträffbarhet, per månad 2017",
                        "Figur 3. Antal årsarbetare, genomsnitt, per månad 2017",
                        "Figur 4. Sjukfrånvaro, per månad 2016 och 2017",
                        "Figur 5. Sjukfrånvaro, kvinnor och män per månad 2017 (män: inga värden att visa)");
    }

    @Test
    void eachChartSitsBelowItsSectionsTable() throws IOException {
        String html = writeReport();

        assertThat(html)
                .containsSubsequence(
                        "<h2>Ekonomi</h2>",
                        "<table>",
                        "data-indicator=\"EKO_CUST_INV_COUNT\" data-chart=\"trend\"",
                        "<h2>Lön och pension</h2>",
                        "<h2>Kontaktcenter</h2>",
                        "<table>",
                        "data-indicator=\"KC_AVAILABILITY_PCT\" data-chart=\"trend\"",
                        "<h2>HR</h2>",
                        "<table>",
                        "data-indicator=\"HR_FTE\" data-chart=\"trend\"");
    }

    @Test
    void theTrendComparesTheYearWithTheYearBeforeOnTheWholeAdministration() throws IOException {
        SvgChart invoices = figures(writeReport()).get(0).svg();

        // The previous year first (drawn below), then the reported year, each every month.
        assertThat(invoices.group("figur-1-line-0").getAttribute("jfreesvg:ref"))
                .isEqualTo("series:2016");
        assertThat(invoices.group("figur-1-line-1").getAttribute("jfreesvg:ref"))
                .isEqualTo("series:2017");
        assertThat(invoices.subPaths("figur-1-line-0")).extracting(List::size).containsExactly(12);
        assertThat(invoices.subPaths("figur-1-line-1")).extracting(List::size).containsExactly(12);
        assertThat(invoices.hasGroup("figur-1-target-0"))
                .as("no target for invoices")
                .isFalse();
        // Values 100..220: the AREA row of 99 999 in May is not the whole administration's and is not drawn,
        // so no tick of the value axis reaches 1 000 (a tick label with a thousands separator).
        assertThat(invoices.texts())
                .noneMatch(t -> t.matches("[0-9]+" + NBSP + "[0-9]{3}"))
                .contains("100", "200");
    }

    @Test
    void aMonthWithoutValueIsAGapAndTheYearsTargetsAreLines() throws IOException {
        List<Figure> figures = figures(writeReport());
        SvgChart availability = figures.get(1).svg();
        SvgChart sickLeave = figures.get(3).svg();

        // No value for 2016; July 2017 has a zero denominator: January–June and August–December.
        assertThat(availability.hasGroup("figur-2-line-1")).isFalse();
        assertThat(availability.subPaths("figur-2-line-0"))
                .extracting(List::size)
                .containsExactly(6, 5);
        assertThat(availability.hasGroup("figur-2-point-0-6"))
                .as("July's marker")
                .isFalse();
        assertThat(availability.group("figur-2-target-0").getAttribute("jfreesvg:ref"))
                .isEqualTo("target:Nämndens mål 90,0" + NBSP + "%");
        assertThat(availability.group("figur-2-target-1").getAttribute("jfreesvg:ref"))
                .isEqualTo("target:KF:s mål 85,0" + NBSP + "%");
        // The targets of 2017 (6,0 and 7,0), not 2016's board target 5,0.
        assertThat(sickLeave.group("figur-4-target-0").getAttribute("jfreesvg:ref"))
                .isEqualTo("target:Nämndens mål 6,0" + NBSP + "%");
        assertThat(sickLeave.group("figur-4-target-1").getAttribute("jfreesvg:ref"))
                .isEqualTo("target:KF:s mål 7,0" + NBSP + "%");
        assertThat(sickLeave.hasGroup("figur-4-target-2")).isFalse();
    }

    @Test
    void womenAndMenSideBySideWithoutTheSuppressedMonths() throws IOException {
        SvgChart byGender = figures(writeReport()).get(4).svg();

        // Women: March suppressed, so January–February and April–December. Men: every month
        // suppressed, so no line at all (and not a line at zero).
        assertThat(byGender.group("figur-5-line-0").getAttribute("jfreesvg:ref"))
                .isEqualTo("series:Kvinnor");
        assertThat(byGender.subPaths("figur-5-line-0")).extracting(List::size).containsExactly(2, 9);
        assertThat(byGender.hasGroup("figur-5-line-1")).isFalse();
        assertThat(byGender.texts()).contains("Kvinnor").doesNotContain("Män");
        // Targets are set for all employees, not for women or men.
        assertThat(byGender.hasGroup("figur-5-target-0")).isFalse();
    }

    @Test
    void indicatorsWithoutAnythingToDrawAreNamed() throws IOException {
        String html = writeReport();

        assertThat(html)
                .contains("Inget diagram (inga månadsvärden att visa): Antal administrerade löner; "
                        + "Antal löner per årsarbetare och månad, genomsnitt; Andel löner via försystem.");
        // HR_FTE has its trend but no gender chart; HR_SICK_LEAVE_PCT has both; the rest nothing.
        assertThat(html)
                .contains("Inget diagram (inga månadsvärden att visa): "
                        + "Antal årsarbetare, genomsnitt (kvinnor och män); Sjukfrånvaro dag 1–14; "
                        + "Andel långtidssjukfrånvaro (60 dagar eller mer); Sjukfrånvaro, 29 år eller yngre; "
                        + "Sjukfrånvaro, 30–49 år; Sjukfrånvaro, 50 år eller äldre.");
    }

    @Test
    void theSameWarehouseGivesTheSamePage() throws IOException {
        String first = writeReport();

        assertThat(writeReport()).isEqualTo(first);
        // Inline and offline: nothing to fetch; the only links lead within the page (the drill-down).
        assertThat(first).doesNotContain("<script", "<link", "src=", "@import", "url(http");
        assertThat(first).contains("href=\"#").doesNotContainPattern("href=\"[^#]");
    }
}
