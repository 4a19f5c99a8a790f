package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

/**
 * The HTML report in a real browser: headless chromium loads the page from disk (offline) and the
 * charts are there after load and painted. Skipped where chromium is not installed
 * ({@code .ci/install-chromium} installs it; CI runs it). Leaves {@code target/report-screenshot.png}
 * for a person to look at.
 */
class ReportBrowserTests {

    static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    Path tempDir;

    private TestWarehouse warehouse;
    private DSLContext dsl;
    private HeadlessChromium chromium;

    @BeforeEach
    void setUp() {
        Assumptions.assumeTrue(
                HeadlessChromium.installed(),
                "chromium is not installed (" + HeadlessChromium.BINARY
                        + "): browser test of the HTML report skipped; run .ci/install-chromium (as root) to run it");
        warehouse = TestWarehouse.create(tempDir);
        dsl = warehouse.dsl();
        ChartTestData.insert(dsl);
        chromium = new HeadlessChromium(tempDir);
    }

    @AfterEach
    void closeWarehouse() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    private Path writeReport() throws IOException {
        return new ReportWriter().write(dsl, tempDir.resolve("out"), 2017).htmlReport();
    }

    private static final Pattern FIGURE = Pattern.compile(
            "<figure class=\"chart\" data-indicator=\"([^\"]*)\" data-chart=\"([^\"]*)\">(.*?)</figure>",
            Pattern.DOTALL);
    private static final Pattern SVG = Pattern.compile("<svg [^>]*viewBox=\"0 0 560 260\"[^>]*>", Pattern.DOTALL);
    /** A series group and its path: a line has at least one segment ({@code L}). */
    private static final Pattern DRAWN_LINE =
            Pattern.compile("<g id=\"figur-[0-9]+-line-[0-9]+\"[^>]*>\\s*<g [^>]*>\\s*<path d=\"M[^\"]*L[^\"]*\"");

    @Test
    void afterLoadEveryChartIsAnSvgWithItsLinesDrawn() throws Exception {
        String dom = chromium.dumpDom(writeReport());

        List<String> charts = new ArrayList<>();
        Matcher figure = FIGURE.matcher(dom);
        while (figure.find()) {
            String content = figure.group(3);
            charts.add(figure.group(1) + "/" + figure.group(2));
            assertThat(SVG.matcher(content).results().count())
                    .as("svg of %s", figure.group(1))
                    .isEqualTo(1);
            assertThat(DRAWN_LINE.matcher(content).find())
                    .as("a drawn line in %s", figure.group(1))
                    .isTrue();
        }
        // ChartTestData: four indicators with month values, one of them with women's values.
        assertThat(charts)
                .containsExactly(
                        "EKO_CUST_INV_COUNT/trend",
                        "KC_AVAILABILITY_PCT/trend",
                        "HR_FTE/trend",
                        "HR_SICK_LEAVE_PCT/trend",
                        "HR_SICK_LEAVE_PCT/gender");
        // Every svg of the page is a chart: nothing else draws.
        assertThat(Pattern.compile("<svg ").matcher(dom).results().count()).isEqualTo(5);
    }

    @Test
    void theBrowserPaintsTheChartsInTheirColours() throws Exception {
        Path page = writeReport();

        chromium.screenshot(page, SCREENSHOT, 1280, 4000);

        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(4000);
        // The markers are filled circles of 7 units: their inside has the series colour exactly,
        // whatever the anti-aliasing of their edges. 4 trend charts draw the reported year, 1 the women.
        assertThat(pixels(image, ChartStyle.REPORTED_YEAR.colour().getRGB())).isGreaterThan(4 * 11 * 9);
        assertThat(pixels(image, ChartStyle.WOMEN.colour().getRGB())).isGreaterThan(11 * 9);
        assertThat(pixels(image, ChartStyle.PREVIOUS_YEAR.colour().getRGB())).isPositive();
        assertThat(pixels(image, ChartStyle.BOARD_TARGET.colour().getRGB())).isPositive();
    }

    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
