package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;
import se.nyckeltal.support.PseudonymKeyProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention of person-level HR rows, end to end with the real command line: five years and two
 * months of generated deliveries are loaded into one warehouse, copied to a second that never
 * erases; then both load the next night, the first with a horizon of 24 months. Everything the
 * first keeps, and every value it recomputes, is compared with the second, which still has every
 * row: what the erase keeps must give exactly what the whole history gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionFunctionalTests {

    static final int HR_MONTHS = 24;
    static final String HR_MONTHS_PROPERTY = "nyckeltal.retention.hr-months";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY = new PseudonymKeyProperty("retention-test-key-0123456789abcdef");

    /** The night's month: the last complete one. */
    final YearMonth night = YearMonth.now().minusMonths(1);
    /** Five years and two months before it: older than the five years after which status warns. */
    final YearMonth first = night.minusMonths(62);

    final YearMonth keptFrom = YearMonth.now().minusMonths(HR_MONTHS);

    @TempDir
    static Path dir;

    Path input;
    Path erasing;
    Path keeping;
    /** report.indicator_values of the erasing warehouse after the night, with frozen_at. */
    List<String> afterNight;

    @BeforeAll
    void loadFiveYearsThenOneNight() throws Exception {
        Path generated = dir.resolve("generated");
        new SampleGenerator().generate(new SampleSpec(generated, 0.01, first, night, 11));
        input = dir.resolve("input");
        copyDeliveries(generated, input, path -> !isOfMonth(path, night));
        erasing = dir.resolve("erasing/warehouse.duckdb");
        keeping = dir.resolve("keeping/warehouse.duckdb");

        var history = run(Map.of(), "load", "--input", input.toString(), "--warehouse", erasing.toString());
        assertThat(history.exitCode()).as(history.output()).isZero();
        Files.createDirectories(keeping.getParent());
        Files.copy(erasing, keeping);

        copyDeliveries(generated, input, path -> isOfMonth(path, night));
        var erasingNight = run(
                Map.of(HR_MONTHS_PROPERTY, String.valueOf(HR_MONTHS)),
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                erasing.toString());
        assertThat(erasingNight.exitCode()).as(erasingNight.output()).isZero();
        var keepingNight = run(Map.of(), "load", "--input", input.toString(), "--warehouse", keeping.toString());
        assertThat(keepingNight.exitCode()).as(keepingNight.output()).isZero();
        afterNight = rows(erasing, INDICATOR_VALUES_WITH_FROZEN_AT);
    }

    @Test
    @Order(1)
    void theRowsBeforeTheHorizonAreErasedAndTheLaterOnesKept() throws Exception {
        LocalDate horizon = keptFrom.atDay(1);
        // the history reaches back well before the horizon: there was something to erase
        assertThat(single(keeping, "SELECT min(month) FROM core.staffing"))
                .isEqualTo(first.atDay(1).toString());

        assertThat(single(erasing, "SELECT count(*) FROM core.staffing WHERE month < DATE '" + horizon + "'"))
                .isEqualTo("0");
        assertThat(single(erasing, "SELECT count(*) FROM core.sick_leave WHERE date < DATE '" + horizon + "'"))
                .isEqualTo("0");
        assertThat(single(
                        erasing,
                        "SELECT count(*) FROM core.hr_indicator_value WHERE period_start < DATE '" + horizon + "'"))
                .isEqualTo("0");
        assertThat(single(
                        erasing,
                        "SELECT count(*) FROM report.rejected_rows WHERE extract IN "
                                + "('staffing', 'sick_leave') AND run_id = 1"))
                .isEqualTo("0");

        String keptStaffing = "SELECT * FROM core.staffing WHERE month >= DATE '" + horizon + "'";
        String keptSickLeave = "SELECT * FROM core.sick_leave WHERE date >= DATE '" + horizon + "'";
        assertThat(rows(erasing, keptStaffing)).isNotEmpty().isEqualTo(rows(keeping, keptStaffing));
        assertThat(rows(erasing, keptSickLeave)).isNotEmpty().isEqualTo(rows(keeping, keptSickLeave));
        assertThat(single(erasing, "SELECT kept_from FROM meta.hr_retention")).isEqualTo(horizon.toString());
    }

    @Test
    @Order(2)
    void theErasedPseudonymsAreGoneFromTheFilesBytes() throws Exception {
        // employees with no row from the horizon on: their pseudonyms were in erased rows only
        List<String> erased = column(
                keeping,
                "SELECT employee_pseudonym FROM (SELECT employee_pseudonym, month AS day FROM core.staffing "
                        + "UNION ALL SELECT employee_pseudonym, date FROM core.sick_leave) "
                        + "GROUP BY employee_pseudonym HAVING max(day) < DATE '" + keptFrom.atDay(1) + "'");
        assertThat(erased).hasSizeGreaterThan(10);

        // the search finds them where they are: in the warehouse that kept everything
        assertThat(foundIn(keeping, erased)).hasSameSizeAs(erased);
        assertThat(foundIn(erasing, erased)).isEmpty();
        assertThat(Path.of(erasing + ".wal")).doesNotExist();
        assertThat(single(erasing, "SELECT wiped FROM meta.hr_retention")).isEqualTo("true");
    }

    @Test
    @Order(3)
    void theValuesThatNeedErasedMonthsAreFrozenAsComputed() throws Exception {
        String frozen = "SELECT v.* EXCLUDE (frozen_at) FROM report.indicator_values AS v WHERE frozen_at IS NOT NULL";
        List<String> frozenRows = rows(erasing, frozen);
        assertThat(frozenRows).isNotEmpty();
        // exactly the values of the person-level indicators whose period starts before the horizon
        String needErasedMonths = "SELECT v.* EXCLUDE (frozen_at) FROM report.indicator_values AS v "
                + "WHERE period_start < DATE '" + keptFrom.atDay(1) + "' AND (indicator_code LIKE 'HR\\_%' ESCAPE '\\' "
                + "OR indicator_code LIKE '%PER\\_FTE%' ESCAPE '\\')";
        assertThat(frozenRows).isEqualTo(rows(keeping, needErasedMonths));
        assertThat(rows(erasing, needErasedMonths)).isEqualTo(frozenRows);
        // a finance count of the same months is not frozen: its data is all there
        assertThat(single(
                        erasing,
                        "SELECT count(*) FROM report.indicator_values WHERE indicator_code = 'EKO_CUST_INV_COUNT' "
                                + "AND period_start < DATE '" + keptFrom.atDay(1) + "' AND frozen_at IS NULL"))
                .isNotEqualTo("0");
    }

    @Test
    @Order(4)
    void theValuesOfLaterPeriodsEqualThoseOfAWarehouseThatNeverErased() throws Exception {
        String recomputed = "SELECT v.* EXCLUDE (frozen_at) FROM report.indicator_values AS v WHERE frozen_at IS NULL";
        List<String> later = rows(erasing, recomputed);
        assertThat(later).isNotEmpty();
        assertThat(later).isEqualTo(rows(keeping, keysOf(recomputed)));
        assertThat(rows(erasing, "SELECT * FROM report.indicator_table"))
                .isEqualTo(rows(keeping, "SELECT * FROM report.indicator_table"));
    }

    @Test
    @Order(5)
    void aFullRecomputationLeavesTheFrozenValuesAndFindsTheSameLaterValues() throws Exception {
        var erasingRecompute = run(Map.of(), "indicators", "--warehouse", erasing.toString());
        assertThat(erasingRecompute.exitCode()).as(erasingRecompute.output()).isZero();
        var keepingRecompute = run(Map.of(), "indicators", "--warehouse", keeping.toString());
        assertThat(keepingRecompute.exitCode()).as(keepingRecompute.output()).isZero();

        assertThat(rows(erasing, INDICATOR_VALUES_WITH_FROZEN_AT + " WHERE frozen_at IS NOT NULL"))
                .isEqualTo(afterNight.stream()
                        .filter(row -> !row.endsWith("|null"))
                        .toList());
        // before disclosure control, every later HR value is the one the whole history gives
        String laterHrValues = "SELECT * FROM core.hr_indicator_value";
        assertThat(rows(erasing, laterHrValues)).isNotEmpty().isEqualTo(rows(keeping, keysOfHr(laterHrValues)));
        String laterOtherValues = "SELECT v.* EXCLUDE (frozen_at) FROM report.indicator_values AS v "
                + "WHERE frozen_at IS NULL AND indicator_code NOT LIKE 'HR\\_%' ESCAPE '\\'";
        assertThat(rows(erasing, laterOtherValues)).isEqualTo(rows(keeping, keysOf(laterOtherValues)));
        // and no data test fails for want of the erased months
        assertThat(rows(
                        erasing,
                        "SELECT check_name, status FROM report.data_quality WHERE status = 'FAIL' "
                                + "AND checked_at = (SELECT max(checked_at) FROM report.data_quality)"))
                .as(() -> dataTestRows("indicator_values_periods_complete"))
                .isEmpty();
    }

    @Test
    @Order(6)
    void aSpellThatCrossesTheHorizonKeepsItsLength() throws Exception {
        String crossing = "SELECT employee_pseudonym, spell_start, length_days, is_long_term FROM core.sick_spell "
                + "WHERE spell_start < DATE '" + keptFrom.atDay(1) + "' AND last_loaded_date >= DATE '"
                + keptFrom.atDay(1) + "'";
        List<String> spells = rows(keeping, crossing);
        assertThat(spells).isNotEmpty();
        assertThat(rows(erasing, crossing)).isEqualTo(spells);
        // its days before the horizon are gone: only the kept days carry the spell's start
        assertThat(single(
                        erasing,
                        "SELECT min(date) FROM core.sick_leave WHERE spell_start < DATE '" + keptFrom.atDay(1) + "'"))
                .isEqualTo(single(
                        keeping,
                        "SELECT min(date) FROM core.sick_leave WHERE spell_start < DATE '" + keptFrom.atDay(1)
                                + "' AND date >= DATE '" + keptFrom.atDay(1) + "'"));
    }

    @Test
    @Order(7)
    void statusShowsTheHorizonAndWarnsWithoutOne() throws Exception {
        var erasingStatus =
                run(Map.of(HR_MONTHS_PROPERTY, String.valueOf(HR_MONTHS)), "status", "--warehouse", erasing.toString());
        assertThat(erasingStatus.output())
                .contains("Retention of person-level HR rows: 24 months (nyckeltal.retention.hr-months), rows from "
                        + keptFrom + " on are kept; oldest month kept: " + keptFrom + "; months before " + keptFrom
                        + " erased, their indicator values frozen")
                .doesNotContain("WARNING: person-level");
        var json = JSON.readTree(run(
                                Map.of(HR_MONTHS_PROPERTY, String.valueOf(HR_MONTHS)),
                                "status",
                                "--json",
                                "--warehouse",
                                erasing.toString())
                        .output())
                .get("retention");
        assertThat(json.get("hr_months").asInt()).isEqualTo(24);
        assertThat(json.get("kept_from").asString()).isEqualTo(keptFrom.toString());
        assertThat(json.get("erased_before").asString()).isEqualTo(keptFrom.toString());
        assertThat(json.get("oldest_person_level_month").asString()).isEqualTo(keptFrom.toString());
        assertThat(json.get("warning").isNull()).isTrue();

        var keepingStatus = run(Map.of(), "status", "--json", "--warehouse", keeping.toString());
        JsonNode keepingRetention = JSON.readTree(keepingStatus.output()).get("retention");
        assertThat(keepingRetention.get("hr_months").isNull()).isTrue();
        assertThat(keepingRetention.get("oldest_person_level_month").asString()).isEqualTo(first.toString());
        assertThat(keepingRetention.get("warning").asString())
                .isEqualTo("person-level HR rows go back to " + first + ", more than 5 years, and no horizon is set: "
                        + "set nyckeltal.retention.hr-months to erase them");
        assertThat(run(Map.of(), "status", "--warehouse", keeping.toString()).output())
                .contains("Retention of person-level HR rows: no horizon set, everything is kept; oldest month kept: "
                        + first)
                .contains("  WARNING: person-level HR rows go back to " + first);
    }

    @Test
    @Order(8)
    void aDeliveryWithRowsBeforeTheHorizonIsRefusedAndTheOthersLoad() throws Exception {
        YearMonth old = keptFrom.minusMonths(3);
        Path oldStaffing = input.resolve("staffing/" + old + ".csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(oldStaffing, StandardCharsets.UTF_8));
        lines.remove(lines.size() - 1); // a corrected re-delivery: one row fewer
        Files.write(oldStaffing, lines, StandardCharsets.UTF_8);
        // a corrected contacts file of the same night, which must load
        Path contacts = input.resolve("contacts/" + night + ".csv");
        List<String> contactLines = new ArrayList<>(Files.readAllLines(contacts, StandardCharsets.UTF_8));
        contactLines.remove(contactLines.size() - 1);
        Files.write(contacts, contactLines, StandardCharsets.UTF_8);

        var refused = run(
                Map.of(HR_MONTHS_PROPERTY, String.valueOf(HR_MONTHS)),
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                erasing.toString());

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output())
                .contains("staffing/" + old + ".csv line 2, column month: " + old.atDay(1) + " lies before " + keptFrom
                        + ", the first month whose person-level HR rows are kept (nyckeltal.retention.hr-months)")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(single(erasing, "SELECT count(*) FROM core.staffing WHERE month < DATE '" + keptFrom.atDay(1) + "'"))
                .isEqualTo("0");
        assertThat(single(
                        erasing,
                        "SELECT status FROM report.load_runs WHERE file_name = 'staffing/" + old
                                + ".csv' ORDER BY run_id DESC LIMIT 1"))
                .isEqualTo("FAILED");
        assertThat(single(
                        erasing,
                        "SELECT status FROM report.load_runs WHERE file_name = 'contacts/" + night
                                + ".csv' ORDER BY run_id DESC LIMIT 1"))
                .isEqualTo("LOADED");
    }

    // ------------------------------------------------------------------ helpers

    static final String INDICATOR_VALUES_WITH_FROZEN_AT =
            "SELECT indicator_code, period_type, period, org_level, org_code, gender, value, numerator, "
                    + "denominator, suppressed, suppression, frozen_at FROM report.indicator_values";

    /** The same query over the keeping warehouse, for the keys the erasing one has. */
    private String keysOf(String query) throws Exception {
        List<String> keys = rows(
                erasing,
                "SELECT DISTINCT indicator_code || '/' || period_type || '/' || period " + "FROM (" + query + ")");
        return "SELECT v.* EXCLUDE (frozen_at) FROM report.indicator_values AS v WHERE indicator_code || '/' || "
                + "period_type || '/' || period IN (" + quoted(keys) + ")";
    }

    private String keysOfHr(String query) throws Exception {
        List<String> keys = rows(
                erasing,
                "SELECT DISTINCT indicator_code || '/' || period_type || '/' || period " + "FROM (" + query + ")");
        return "SELECT * FROM core.hr_indicator_value WHERE indicator_code || '/' || period_type || '/' || period IN ("
                + quoted(keys) + ")";
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }

    /** What a data test finds in the erasing warehouse, for a failure's message. */
    private String dataTestRows(String check) {
        try (var sql = getClass().getResourceAsStream("/sql/tests/" + check + ".sql")) {
            return String.join("\n", rows(erasing, new String(sql.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | SQLException e) {
            return e.toString();
        }
    }

    private static boolean isOfMonth(Path path, YearMonth month) {
        return path.getFileName().toString().equals(month + ".csv");
    }

    private static void copyDeliveries(Path from, Path to, java.util.function.Predicate<Path> which)
            throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(which).toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** The pseudonyms whose 64 hex characters occur anywhere in the file. */
    private static List<String> foundIn(Path file, List<String> pseudonyms) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return pseudonyms.stream().filter(bytes::contains).toList();
    }

    /** Every row of the query, as text, sorted. */
    private static List<String> rows(Path warehouse, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = readOnly(warehouse);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> column(Path warehouse, String query) throws SQLException {
        return rows(warehouse, query);
    }

    private static String single(Path warehouse, String query) throws SQLException {
        List<String> rows = rows(warehouse, query);
        assertThat(rows).as(query).hasSize(1);
        return rows.get(0);
    }

    private static Connection readOnly(Path warehouse) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + warehouse, properties);
    }

    record Result(int exitCode, String output) {}

    /** The real command line in this JVM, with configuration as system properties for the one command. */
    private static Result run(Map<String, String> properties, String... args) {
        Map<String, String> previous = new LinkedHashMap<>();
        properties.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        try {
            StringWriter out = new StringWriter();
            CommandLine commandLine = NyckeltalCli.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(out, true));
            return new Result(commandLine.execute(args), out.toString());
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }
}
