package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.PseudonymKeyProperty;

/**
 * The drill-down and the generated text of the {@code report} command, after two real {@code load}
 * runs of hand-made files: the second run re-delivers one customer invoice, so that the deliveries
 * behind a figure are two files of two runs.
 *
 * <p>By hand, for 2017 (January only: a partial year):
 * <ul>
 * <li>customer invoices: F-1, F-2, F-3 of {@code invoices/2017-01.csv} (run 1, lines 2–4) and F-4
 * (re-delivered: the correction wins) and F-5 of {@code invoices/2017-01-rattelse.csv} (run 2, lines 2–3):
 * 5; in 2016, three (G-1…G-3): "Antalet kundfakturor var 5 under januari 2017 (3 år 2016), en ökning."</li>
 * <li>per FTE and month: 5 invoices / FTE-months of the CUSTOMER_INVOICING unit EKO-KUND1 (1.0 + 0.5) =
 * 3.33 → 3; board target 4 not met (higher is better), council target 3 met (3.33 ≥ 3); no FTE in 2016.</li>
 * <li>HR: 14 employees in January (2 in EKO-KUND1, area EKONOMI; 12 in LON-1, area LON): the area
 * EKONOMI and the unit EKO-KUND1 are groups of 2, withheld. Staffing is about employees: its file and
 * its 14 rows are named, no line numbers.</li>
 * </ul>
 */
class ReportDrillDownFunctionalTests {

    private static final String NBSP = "\u00A0";

    static final String STAFFING_2017_01 = "employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;"
            + "scheduled_hours\n"
            + "A1;2017-01;EKO-KUND1;K;1980;100;1,0;168\n"
            + "A2;2017-01;EKO-KUND1;M;1985;50;0,5;84\n"
            + fillerStaffing(12);

    static final String INVOICES_2016_01 = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            G-1;CUSTOMER;2016-01-05;EKO-KUND1;KS;ELECTRONIC;1
            G-2;CUSTOMER;2016-01-06;EKO-KUND1;KS;ELECTRONIC;1
            G-3;CUSTOMER;2016-01-07;EKO-KUND1;KS;SCANNED;1
            """;
    static final String INVOICES_2017_01 = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            F-1;CUSTOMER;2017-01-02;EKO-KUND1;KS;ELECTRONIC;1
            F-2;CUSTOMER;2017-01-03;EKO-KUND1;KS;SCANNED;1
            F-3;CUSTOMER;2017-01-04;EKO-KUND1;KS;ELECTRONIC;1
            F-4;CUSTOMER;2017-01-05;EKO-KUND1;KS;MANUAL;1
            S-1;SUPPLIER;2017-01-06;EKO-KUND1;KS;ELECTRONIC;1
            """;
    static final String INVOICES_2017_01_CORRECTION = """
            invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
            F-4;CUSTOMER;2017-01-05;EKO-KUND1;KS;ELECTRONIC;1
            F-5;CUSTOMER;2017-01-09;EKO-KUND1;KS;ELECTRONIC;1
            """;
    static final String TARGETS = """
            indicator_code;year;board_target;council_target
            EKO_CUST_INV_PER_FTE_MONTH;2017;4;3
            """;

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY =
            new PseudonymKeyProperty("drill-down-test-key-of-at-least-32-bytes-length");

    @TempDir
    static Path dir;

    static Path input;
    static Path out;
    static String html;
    static String markdown;

    static String fillerStaffing(int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            rows.append("E")
                    .append(i)
                    .append(";2017-01;LON-1;")
                    .append(i % 2 == 0 ? "M" : "K")
                    .append(";1970;100;1;160\n");
        }
        return rows.toString();
    }

    @BeforeAll
    static void loadTwiceAndReport() throws Exception {
        input = dir.resolve("input");
        Path warehouse = dir.resolve("warehouse.duckdb");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(input, "staffing/2017-01.csv", STAFFING_2017_01);
        InputFiles.write(input, "invoices/2016-01.csv", INVOICES_2016_01);
        InputFiles.write(input, "invoices/2017-01.csv", INVOICES_2017_01);
        InputFiles.write(input, "targets/targets.csv", TARGETS);
        assertThat(run("load", "--input", input.toString(), "--warehouse", warehouse.toString()))
                .isZero();
        InputFiles.write(input, "invoices/2017-01-rattelse.csv", INVOICES_2017_01_CORRECTION);
        assertThat(run("load", "--input", input.toString(), "--warehouse", warehouse.toString()))
                .isZero();

        out = dir.resolve("out");
        assertThat(run("report", "--warehouse", warehouse.toString(), "--output", out.toString()))
                .isZero();
        html = Files.readString(out.resolve("nyckeltal-2017.html"), StandardCharsets.UTF_8);
        markdown = Files.readString(out.resolve("report-text-2017.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyFigureOfTheTableLinksToTheSameFigureInItsDrillDown() {
        List<Link> links = tableLinks(html);
        // 22 indicators: outcome and previous year each; women and men of the 4 HR indicators with a
        // gender breakdown (HR_FTE and three sick-leave ones; the age groups have none).
        assertThat(links.stream().filter(l -> l.target().endsWith("-utfall"))).hasSize(22);
        assertThat(links.stream().filter(l -> l.target().endsWith("-fjol"))).hasSize(22);
        assertThat(links.stream().filter(l -> l.target().endsWith("-kvinnor"))).hasSize(4);
        assertThat(links.stream().filter(l -> l.target().endsWith("-man"))).hasSize(4);
        for (Link link : links) {
            if (link.target().endsWith("-text")) {
                continue; // a target: the drill-down's text states it
            }
            assertThat(textOfId(html, link.target()))
                    .as("drill-down cell %s", link.target())
                    .isEqualTo(link.text());
        }
        // ... and the figures are the hand-computed ones
        assertThat(detailCell("EKO_CUST_INV_COUNT", "utfall")).isEqualTo("5");
        assertThat(detailCell("EKO_CUST_INV_COUNT", "fjol")).isEqualTo("3");
        assertThat(detailCell("EKO_CUST_INV_PER_FTE_MONTH", "utfall")).isEqualTo("3");
        assertThat(detailCell("EKO_CUST_INV_PER_FTE_MONTH", "fjol")).isEqualTo("..");
    }

    @Test
    void theDrillDownShowsMonthsAndTheSplitByAreaAndUnitWithWithheldCellsAsDots() {
        String count = detail("EKO_CUST_INV_COUNT");
        // January 2017: 5; the other months of 2017 have no row; January 2016: 3.
        assertThat(monthRow(count, "2017, totalt"))
                .containsExactly("5", "..", "..", "..", "..", "..", "..", "..", "..", "..", "..", "..");
        assertThat(monthRow(count, "2016, totalt"))
                .containsExactly("3", "..", "..", "..", "..", "..", "..", "..", "..", "..", "..", "..");
        assertThat(orgRow(count, "EKONOMI")).containsExactly("EKONOMI", "verksamhetsområde", "5");
        assertThat(orgRow(count, "EKO-KUND1")).containsExactly("EKO-KUND1", "Kundreskontra 1", "5");

        // HR: the groups of 2 employees are withheld, total and both genders.
        String fte = detail("HR_FTE");
        assertThat(orgRow(fte, "EKONOMI")).containsExactly("EKONOMI", "verksamhetsområde", "..", "..", "..");
        assertThat(orgRow(fte, "EKO-KUND1")).containsExactly("EKO-KUND1", "Kundreskontra 1", "..", "..", "..");
        assertThat(monthRow(fte, "2017, kvinnor")).hasSize(12);
    }

    @Test
    void theSourcesAreTheDeliveriesThatWonWithChecksumsRunsRowsAndLines() throws Exception {
        String count = detail("EKO_CUST_INV_COUNT");
        // File, checksum, run, loaded at (not checked: a time), rows, first–last line.
        List<List<String>> customer = sourceRows(count, "invoices");
        assertThat(customer).hasSize(2);
        assertThat(customer.get(0))
                .containsExactly("invoices/2017-01.csv", sha256("invoices/2017-01.csv"), "1", "3", "2–4");
        assertThat(customer.get(1))
                .containsExactly(
                        "invoices/2017-01-rattelse.csv", sha256("invoices/2017-01-rattelse.csv"), "2", "2", "2–3");
        // The supplier invoice S-1 is a row of the same file, not of the customer figures: one row, line 6.
        assertThat(sourceRows(detail("EKO_SUPP_INV_COUNT"), "invoices"))
                .containsExactly(List.of("invoices/2017-01.csv", sha256("invoices/2017-01.csv"), "1", "1", "6–6"));

        // Per FTE: the invoices and the staffing file behind the FTE-months, the latter without lines.
        String perFte = detail("EKO_CUST_INV_PER_FTE_MONTH");
        assertThat(sourceRows(perFte, "invoices")).hasSize(2);
        assertThat(sourceRows(perFte, "staffing"))
                .containsExactly(List.of("staffing/2017-01.csv", sha256("staffing/2017-01.csv"), "1", "14"));

        // HR: files and counts only. No sick leave was delivered.
        String sick = detail("HR_SICK_LEAVE_PCT");
        assertThat(sourceRows(sick, "staffing"))
                .containsExactly(List.of("staffing/2017-01.csv", sha256("staffing/2017-01.csv"), "1", "14"));
        assertThat(sick).contains("Inga rader för året.");
        assertThat(between(sick, "data-extract=\"staffing\"", "</table>")).doesNotContain("Radnummer");
        // Nothing about one employee: no reference of the staffing file anywhere in the report.
        assertThat(html).doesNotContain(";A1;", ">A1<", ">E1<");
    }

    @Test
    void theTextSaysTheFiguresOfTheTable() {
        assertThat(generatedText("EKO_CUST_INV_COUNT"))
                .isEqualTo("Antalet kundfakturor var 5 under januari 2017 (3 år 2016), en ökning.");
        assertThat(generatedText("EKO_CUST_INV_PER_FTE_MONTH"))
                .isEqualTo("Antalet kundfakturor per årsarbetare och månad var i genomsnitt 3 under januari 2017;"
                        + " uppgift för år 2016 saknas. Nämndens mål, 4, uppnåddes inte, men kommunfullmäktiges"
                        + " mål, 3, uppnåddes.");
        // No payslips delivered: no figure, no target.
        assertThat(generatedText("LON_PAYSLIP_COUNT"))
                .isEqualTo("Antal administrerade löner: uppgift saknas för januari 2017.");
        // The Markdown file has the same sentences, in the table's order.
        assertThat(markdown)
                .startsWith("# Nyckeltal 2017: text till årsredovisningen\n")
                .containsSubsequence(
                        "## Ekonomi\n",
                        "\n" + generatedText("EKO_CUST_INV_COUNT") + "\n",
                        "\n" + generatedText("EKO_CUST_INV_PER_FTE_MONTH") + "\n",
                        "## HR\n",
                        "\n" + generatedText("HR_FTE") + "\n");
        ReportTextNumbers.assertEveryNumberIsATableFigure(html, markdown);
    }

    @Test
    void inABrowserFollowingAFigureLinkLeadsToTheSameFigure() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed: browser test skipped");
        HeadlessChromium chromium = new HeadlessChromium(dir);
        Path page = out.resolve("nyckeltal-2017.html");
        // The links as the browser parsed them, then the page they lead to, opened by the browser.
        String dom = chromium.dumpDom(page);
        List<Link> links = tableLinks(dom);
        Link customerInvoices = links.stream()
                .filter(l -> l.target().equals(anchorOf(dom, "EKO_CUST_INV_PER_FTE_MONTH") + "-utfall"))
                .findFirst()
                .orElseThrow();
        URI followed = page.toUri().resolve("#" + customerInvoices.target());
        String target = chromium.dumpDom(followed);
        assertThat(textOfId(target, customerInvoices.target())).isEqualTo("3").isEqualTo(customerInvoices.text());
        Link sickLeaveWomen = links.stream()
                .filter(l -> l.target().equals(anchorOf(dom, "HR_SICK_LEAVE_PCT") + "-kvinnor"))
                .findFirst()
                .orElseThrow();
        assertThat(textOfId(
                        chromium.dumpDom(page.toUri().resolve("#" + sickLeaveWomen.target())), sickLeaveWomen.target()))
                .isEqualTo(sickLeaveWomen.text());
    }

    // ---------------------------------------------------------------- reading the page

    record Link(String target, String text) {}

    private static final Pattern TABLE_ROW =
            Pattern.compile("<tr data-indicator=\"([^\"]*)\" id=\"([^\"]*)-rad\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]*)\">([^<]*)</a>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** Every link of a figure cell in the indicator tables (the name's link to the section left out). */
    static List<Link> tableLinks(String page) {
        List<Link> links = new ArrayList<>();
        Matcher row = TABLE_ROW.matcher(page);
        while (row.find()) {
            Matcher link = LINK.matcher(row.group(3));
            while (link.find()) {
                if (!link.group(1).equals(row.group(2))) {
                    links.add(new Link(link.group(1), link.group(2)));
                }
            }
        }
        return links;
    }

    static String anchorOf(String page, String code) {
        Matcher row = TABLE_ROW.matcher(page);
        while (row.find()) {
            if (row.group(1).equals(code)) {
                return row.group(2);
            }
        }
        throw new AssertionError("no table row of " + code);
    }

    /** The text of the element with the id (a table cell of the drill-down). */
    static String textOfId(String page, String id) {
        Matcher cell = Pattern.compile("<td [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</td>", Pattern.DOTALL)
                .matcher(page);
        assertThat(cell.find()).as("element #%s", id).isTrue();
        return TAG.matcher(cell.group(1)).replaceAll("").strip();
    }

    private static String detailCell(String code, String column) {
        return textOfId(html, anchorOf(html, code) + "-" + column);
    }

    private static String detail(String code) {
        String start = "<section class=\"detail\" id=\"" + anchorOf(html, code) + "\"";
        return between(html, start, "</section>");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isGreaterThanOrEqualTo(0);
        return text.substring(from, text.indexOf(end, from));
    }

    private static String generatedText(String code) {
        Matcher p = Pattern.compile("<p class=\"generated-text\" data-indicator=\"" + code + "\">([^<]*)</p>")
                .matcher(html);
        assertThat(p.find()).as("text of %s", code).isTrue();
        return p.group(1).replace("&ndash;", "–");
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell =
                Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row);
        while (cell.find()) {
            cells.add(TAG.matcher(cell.group(1)).replaceAll("").strip());
        }
        return cells;
    }

    private static List<String> monthRow(String detail, String label) {
        String table = between(detail, "<table class=\"months\">", "</table>");
        for (String row : table.split("<tr>")) {
            List<String> cells = cells(row);
            if (!cells.isEmpty() && cells.get(0).equals(label)) {
                return cells.subList(1, cells.size());
            }
        }
        throw new AssertionError("no month row " + label);
    }

    private static List<String> orgRow(String detail, String code) {
        return cells(between(detail, "<tr data-org=\"" + code + "\">", "</tr>"));
    }

    /** The rows of the deliveries table of an extract, the loading time left out. */
    private static List<List<String>> sourceRows(String detail, String extract) {
        String table = between(detail, "<table class=\"sources\" data-extract=\"" + extract + "\">", "</table>");
        String body = table.substring(table.indexOf("<tbody>"));
        List<List<String>> rows = new ArrayList<>();
        for (String row : body.split("<tr>")) {
            List<String> cells = new ArrayList<>(cells(row));
            if (!cells.isEmpty()) {
                cells.remove(3);
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String sha256(String relative) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input.resolve(relative))));
    }

    private static int run(String... args) {
        StringWriter text = new StringWriter();
        CommandLine cli = NyckeltalCli.commandLine();
        cli.setOut(new PrintWriter(text));
        cli.setErr(new PrintWriter(text));
        int exit = cli.execute(args);
        assertThat(exit).as(text.toString()).isZero();
        return exit;
    }
}
