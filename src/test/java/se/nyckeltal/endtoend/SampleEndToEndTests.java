package se.nyckeltal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.report.ReportTextNumbers;

/**
 * The shipped sample → {@code load} → {@code report}: the 2017 indicator table's values equal
 * an independent computation made here, straight from the CSV files of {@code input/} with
 * plain Java (no DuckDB, no SQL, none of the loader's code), following docs/indicators.md.
 */
class SampleEndToEndTests {

    private static final Path SAMPLE = Path.of("input");

    @TempDir
    static Path dir;

    static Map<String, String[]> table2017 = new HashMap<>();
    static Files2017 files;

    @BeforeAll
    static void loadAndReport() throws Exception {
        System.setProperty("nyckeltal.pseudonym.key", "end-to-end-key-of-at-least-32-bytes-length");
        Path warehouse = dir.resolve("warehouse.duckdb");
        assertThat(run("load", "--input", SAMPLE.toString(), "--warehouse", warehouse.toString()))
                .isZero();
        assertThat(run(
                        "report",
                        "--warehouse",
                        warehouse.toString(),
                        "--output",
                        dir.resolve("out").toString(),
                        "--year",
                        "2017"))
                .isZero();
        List<String> lines = Files.readAllLines(dir.resolve("out/indicator_table.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("indicator_code;indicator_name;year;outcome;outcome_women;outcome_men;"
                        + "previous_year_outcome;board_target;council_target;board_target_met;council_target_met");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            if (cells[2].equals("2017")) {
                table2017.put(cells[0], cells);
            }
        }
        files = new Files2017();
        assertThat(Files.readString(dir.resolve("out/nyckeltal-2017.html"))).contains("Sjukfrånvaro");
    }

    @AfterAll
    static void noKey() {
        System.clearProperty("nyckeltal.pseudonym.key");
    }

    /** The generated text of the sample's report says only figures of its tables, rounded as they are. */
    @Test
    void everyNumberOfTheGeneratedTextIsAFigureOfTheTable() throws Exception {
        String html = Files.readString(dir.resolve("out/nyckeltal-2017.html"), StandardCharsets.UTF_8);
        String markdown = Files.readString(dir.resolve("out/report-text-2017.md"), StandardCharsets.UTF_8);
        // 22 indicators, most with an outcome and a previous year, several with targets.
        assertThat(ReportTextNumbers.assertEveryNumberIsATableFigure(html, markdown))
                .isGreaterThan(44);
    }

    @Test
    void everyIndicatorHasA2017Row() {
        assertThat(table2017).hasSize(22);
    }

    @Test
    void counts() {
        assertThat(outcome("EKO_CUST_INV_COUNT")).isEqualTo(files.customerInvoices);
        assertThat(outcome("EKO_SUPP_INV_COUNT")).isEqualTo(files.supplierInvoices);
        assertThat(outcome("LON_PAYSLIP_COUNT")).isEqualTo(files.payslips);
        assertThat(outcome("KC_CONTACT_COUNT")).isEqualTo(files.contacts);
    }

    @Test
    void perFteMonthFollowsTheUnitsProcessOfEachMonth() {
        assertThat(outcome("EKO_CUST_INV_PER_FTE_MONTH"))
                .isCloseTo(
                        files.customerInvoices / files.fteMonths.getOrDefault("CUSTOMER_INVOICING", 0.0), within(1e-6));
        assertThat(outcome("EKO_SUPP_INV_PER_FTE_MONTH"))
                .isCloseTo(
                        files.supplierInvoices / files.fteMonths.getOrDefault("SUPPLIER_INVOICING", 0.0), within(1e-6));
        assertThat(outcome("LON_PAYSLIPS_PER_FTE_MONTH"))
                .isCloseTo(files.payslips / files.fteMonths.getOrDefault("PAYROLL", 0.0), within(1e-6));
    }

    @Test
    void contactCentreShares() {
        assertThat(outcome("KC_PHONE_PCT")).isCloseTo(100.0 * files.phone / files.contacts, within(1e-9));
        assertThat(outcome("KC_ANSWERED_60S_PCT")).isCloseTo(100.0 * files.phoneAnswered60 / files.phone, within(1e-9));
        assertThat(outcome("KC_AVAILABILITY_PCT")).isCloseTo(100.0 * files.phoneAnswered / files.phone, within(1e-9));
        assertThat(outcome("KC_FIRST_CONTACT_RESOLUTION_PCT"))
                .isCloseTo(100.0 * files.resolvedFirst / files.answeredOrHandled, within(1e-9));
    }

    @Test
    void sickLeaveByGenderInHoursOfScheduledTime() {
        assertThat(outcome("HR_SICK_LEAVE_PCT"))
                .isCloseTo(100.0 * files.sick.get("T") / files.scheduled.get("T"), within(1e-9));
        assertThat(cell("HR_SICK_LEAVE_PCT", 4))
                .isCloseTo(100.0 * files.sick.get("K") / files.scheduled.get("K"), within(1e-9));
        // The men's figure is withheld (complementary suppression): the sample has a few employees
        // of gender X in every month, and T − K − M would give them away.
        assertThat(table2017.get("HR_SICK_LEAVE_PCT")[5]).isEmpty();
        assertThat(outcome("HR_FTE")).isCloseTo(files.fte / 12, within(1e-9));
    }

    @Test
    void targetStatusFollowsTheDirection() {
        // KC_ANSWERED_60S_PCT is "higher is better"; HR_SICK_LEAVE_PCT "lower is better"
        for (String code : List.of("KC_ANSWERED_60S_PCT", "HR_SICK_LEAVE_PCT")) {
            String[] row = table2017.get(code);
            boolean higher = code.startsWith("KC");
            if (!row[7].isEmpty()) {
                double target = Double.parseDouble(row[7]);
                boolean met = higher ? outcome(code) >= target : outcome(code) <= target;
                assertThat(row[9]).isEqualTo(String.valueOf(met));
            }
        }
    }

    private static double outcome(String code) {
        return cell(code, 3);
    }

    private static double cell(String code, int column) {
        return Double.parseDouble(table2017.get(code)[column]);
    }

    private static int run(String... args) {
        CommandLine commandLine = NyckeltalCli.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int status = commandLine.execute(args);
        if (status != 0) {
            System.err.println(out);
        }
        return status;
    }

    /** The 2017 figures counted straight from the sample's files (which have no quoted fields). */
    static final class Files2017 {
        double customerInvoices;
        double supplierInvoices;
        double payslips;
        double contacts;
        double phone;
        double phoneAnswered;
        double phoneAnswered60;
        double answeredOrHandled;
        double resolvedFirst;
        double fte;
        final Map<String, Double> fteMonths = new HashMap<>();
        final Map<String, Double> sick = new HashMap<>(Map.of("T", 0.0, "K", 0.0, "M", 0.0));
        final Map<String, Double> scheduled = new HashMap<>(Map.of("T", 0.0, "K", 0.0, "M", 0.0));

        Files2017() throws IOException {
            for (String[] r : rows("invoices")) {
                if (r[2].startsWith("2017")) {
                    if (r[1].equals("CUSTOMER")) {
                        customerInvoices++;
                    } else {
                        supplierInvoices++;
                    }
                }
            }
            for (String[] r : rows("payslips")) {
                if (r[1].startsWith("2017")) {
                    payslips++;
                }
            }
            for (String[] r : rows("contacts")) {
                if (!r[1].startsWith("2017")) {
                    continue;
                }
                contacts++;
                boolean answered = r[4].equals("ANSWERED");
                if (r[2].equals("PHONE")) {
                    phone++;
                    if (answered) {
                        phoneAnswered++;
                        if (Integer.parseInt(r[5]) <= 60) {
                            phoneAnswered60++;
                        }
                    }
                }
                if (answered || r[4].equals("HANDLED")) {
                    answeredOrHandled++;
                    if (r[7].equals("J")) {
                        resolvedFirst++;
                    }
                }
            }
            List<String[]> units = rows("units");
            Map<String, String> genderOf = new HashMap<>();
            Set<String> staffed = new HashSet<>();
            for (String[] r : rows("staffing")) {
                if (!r[1].startsWith("2017")) {
                    continue;
                }
                String key = r[0] + " " + r[1];
                staffed.add(key);
                genderOf.put(key, r[3]);
                double rowFte = number(r[6]);
                fte += rowFte;
                String process = processOf(units, r[2], LocalDate.parse(r[1] + "-01"));
                if (process != null) {
                    fteMonths.merge(process, rowFte, Double::sum);
                }
                add(scheduled, r[3], number(r[7]));
            }
            for (String[] r : rows("sick_leave")) {
                String key = r[0] + " " + r[1].substring(0, 7);
                if (r[1].startsWith("2017") && staffed.contains(key)) {
                    add(sick, genderOf.get(key), number(r[3]));
                }
            }
        }

        private static void add(Map<String, Double> sums, String gender, double value) {
            sums.merge("T", value, Double::sum);
            if (!gender.equals("X")) {
                sums.merge(gender, value, Double::sum);
            }
        }

        /** The process of the unit's version valid on the first day of the month (latest valid_from wins). */
        private static String processOf(List<String[]> units, String unit, LocalDate firstDay) {
            String process = null;
            LocalDate latest = null;
            for (String[] u : units) {
                LocalDate from = LocalDate.parse(u[4]);
                boolean valid = u[0].equals(unit)
                        && !from.isAfter(firstDay)
                        && (u.length < 6
                                || u[5].isEmpty()
                                || !LocalDate.parse(u[5]).isBefore(firstDay));
                if (valid && (latest == null || from.isAfter(latest))) {
                    latest = from;
                    process = u[3];
                }
            }
            return process;
        }

        private static double number(String swedish) {
            return Double.parseDouble(
                    swedish.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        }

        private static List<String[]> rows(String extract) throws IOException {
            List<String[]> rows = new ArrayList<>();
            try (Stream<Path> paths = Files.list(SAMPLE.resolve(extract))) {
                for (Path file : paths.sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (String line : lines.subList(1, lines.size())) {
                        if (!line.isBlank()) {
                            rows.add(line.split(";", -1));
                        }
                    }
                }
            }
            return rows;
        }
    }
}
