package se.nyckeltal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.sample.SampleGenerator;
import se.nyckeltal.sample.SampleSpec;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.PseudonymKeyProperty;
import se.nyckeltal.support.TestWarehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a monitor sees: every attempt of the real {@code load} (picocli, Spring Boot, the Spring
 * Batch job, a DuckDB file) in {@code history} with its outcome, {@code status}'s exit status and
 * JSON in the healthy, warning and failed states, late extracts in {@code status} and in the
 * report, and the metrics file parsed back. Hand-made deliveries: every expected figure below is
 * counted from them.
 */
class MonitoringFunctionalTests {

    /** Three units, valid since 2016. */
    static final String UNITS = """
            unit_code;unit_name;business_area;process;valid_from;valid_to
            EKO-KUND1;Kundreskontra 1;EKONOMI;CUSTOMER_INVOICING;2016-01-01;
            LON-1;Lönecenter Norr;LON;PAYROLL;2016-01-01;
            KC-1;Växel;KONTAKTCENTER;CONTACT_CENTER;2016-01-01;
            """;
    /** Months 2016-12 and 2017-01; E-1's sick day has its staffing row (no data-test warning). */
    static final Map<String, String> JANUARY = Map.of(
            "units/units.csv", UNITS,
            "staffing/2017-01.csv", """
                    employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours
                    E-1;2016-12;EKO-KUND1;K;1970;100;1;160
                    E-1;2017-01;EKO-KUND1;K;1970;100;1;168
                    E-2;2017-01;LON-1;M;1980;100;1;168
                    """,
            "invoices/2017-01.csv", """
                    invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek
                    1;CUSTOMER;2016-12-12;EKO-KUND1;UTBF;ELECTRONIC;100,00
                    2;CUSTOMER;2017-01-10;EKO-KUND1;UTBF;SCANNED;200,00
                    """,
            "payslips/2017-01.csv", """
                    payslip_id;pay_date;unit_code;employer_org;source
                    P-1;2017-01-25;LON-1;UTBF;ELECTRONIC
                    """,
            "contacts/2017-01.csv", """
                    contact_id;received_at;channel;unit_code;outcome;wait_seconds;handle_seconds;resolved_first_contact
                    C-1;2017-01-02 08:00:00;PHONE;KC-1;ANSWERED;30;100;J
                    """,
            "sick_leave/2017-01.csv", """
                    employee_ref;date;spell_start;sick_hours
                    E-1;2017-01-05;2017-01-05;8
                    """);

    /** Before the due day (10) of February: the latest month due is 2016-12. */
    static final String FEBRUARY_5 = "2017-02-05T12:00:00Z";
    /** The due day of March: 2017-01 is due (by 2017-02-10), 2017-02 not yet. */
    static final String MARCH_10 = "2017-03-10T12:00:00Z";
    /** The day after: 2017-02 was due by 2017-03-10. */
    static final String MARCH_11 = "2017-03-11T12:00:00Z";

    static final String AS_OF = "nyckeltal.monitoring.as-of";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final PseudonymKeyProperty PSEUDONYM_KEY = new PseudonymKeyProperty("monitoring-test-key-0123456789abcdef");

    @TempDir
    Path dir;

    @Test
    void statusExitCodesAndJsonFollowTheAttemptsAndTheDeliveries() throws Exception {
        Path input = dir.resolve("input");
        for (var file : JANUARY.entrySet()) {
            InputFiles.write(input, file.getKey(), file.getValue());
        }

        // attempt 1: everything loads
        var first = cli().run("load", "--input", input.toString(), "--warehouse", warehouse());
        assertThat(first.exitCode()).as(first.output()).isZero();

        // healthy: data up to 2017-01, and on 5 February 2016-12 is the latest month due
        var healthy = cli().with(AS_OF, FEBRUARY_5).run("status", "--json", "--warehouse", warehouse());
        assertThat(healthy.exitCode()).as(healthy.output()).isZero();
        JsonNode status = JSON.readTree(healthy.output());
        assertThat(status.get("health").asString()).isEqualTo("HEALTHY");
        assertThat(status.get("exit_code").asInt()).isZero();
        assertThat(status.get("reasons")).isEmpty();
        assertThat(status.get("last_attempt").get("attempt_id").asLong()).isEqualTo(1);
        assertThat(status.get("last_attempt").get("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(status.get("last_attempt").get("run_id").asLong()).isEqualTo(1);
        assertThat(status.get("last_success").get("attempt_id").asLong()).isEqualTo(1);
        assertThat(status.get("data_quality")).isEmpty();
        JsonNode invoices = extract(status, "invoices");
        assertThat(invoices.get("first_month").asString()).isEqualTo("2016-12");
        assertThat(invoices.get("latest_data_month").asString()).isEqualTo("2017-01");
        assertThat(invoices.get("rows").asLong()).isEqualTo(2);
        assertThat(invoices.get("latest_file").asString()).isEqualTo("invoices/2017-01.csv");
        assertThat(invoices.get("expected_month").asString()).isEqualTo("2016-12");
        assertThat(invoices.get("due_by").asString()).isEqualTo("2017-01-10");
        assertThat(invoices.get("late").asBoolean()).isFalse();
        assertThat(extract(status, "units").get("cadence").asString()).isEqualTo("NONE");
        assertThat(extract(status, "units").get("expected_month").isNull()).isTrue();

        // on the due day itself nothing is late yet; the day after, every monthly extract is
        assertThat(cli().with(AS_OF, MARCH_10)
                        .run("status", "--warehouse", warehouse())
                        .exitCode())
                .isZero();
        var warning = cli().with(AS_OF, MARCH_11).run("status", "--json", "--warehouse", warehouse());
        assertThat(warning.exitCode()).as(warning.output()).isEqualTo(1);
        status = JSON.readTree(warning.output());
        assertThat(status.get("health").asString()).isEqualTo("WARNING");
        assertThat(strings(status.get("reasons")))
                .contains("contacts is late: data up to 2017-01; 2017-02 was due by 2017-03-10");
        assertThat(lateExtracts(status)).containsExactly("staffing", "invoices", "payslips", "contacts", "sick_leave");
        var text = cli().with(AS_OF, MARCH_11).run("status", "--warehouse", warehouse());
        assertThat(text.output())
                .contains("Health: WARNING (exit 1)")
                .contains("  contacts is late: data up to 2017-01; 2017-02 was due by 2017-03-10");

        // the readable report says so too, and only when it is so
        Path lateReport = dir.resolve("report-late");
        assertThat(cli().with(AS_OF, MARCH_11)
                        .run("report", "--warehouse", warehouse(), "--output", lateReport.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(lateReport.resolve("nyckeltal-2017.html")))
                .contains(
                        "<p class=\"late-delivery\">Sen leverans: contacts har uppgifter till och med 2017-01; 2017-02 "
                                + "skulle ha kommit senast 2017-03-10.</p>");
        Path onTimeReport = dir.resolve("report-on-time");
        cli().with(AS_OF, FEBRUARY_5).run("report", "--warehouse", warehouse(), "--output", onTimeReport.toString());
        assertThat(Files.readString(onTimeReport.resolve("nyckeltal-2017.html")))
                .doesNotContain("<p class=\"late-delivery\"");

        // attempt 2 fails before its job starts: unhealthy, the last success is still attempt 1
        var missing =
                cli().run("load", "--input", dir.resolve("no-such-folder").toString(), "--warehouse", warehouse());
        assertThat(missing.exitCode()).isEqualTo(2);
        var failed = cli().with(AS_OF, FEBRUARY_5).run("status", "--json", "--warehouse", warehouse());
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(2);
        status = JSON.readTree(failed.output());
        assertThat(status.get("health").asString()).isEqualTo("UNHEALTHY");
        assertThat(status.get("last_attempt").get("attempt_id").asLong()).isEqualTo(2);
        assertThat(status.get("last_attempt").get("outcome").asString()).isEqualTo("FAILED");
        assertThat(status.get("last_attempt").get("exit_code").asInt()).isEqualTo(2);
        assertThat(status.get("last_attempt").get("message").asString())
                .contains("no-such-folder")
                .contains("does not exist");
        assertThat(status.get("last_attempt").get("run_id").isNull()).isTrue();
        assertThat(status.get("last_success").get("attempt_id").asLong()).isEqualTo(1);

        // attempt 3 (run 2): February's payslips, 20 loaded and 1 rejected (1/21 is under the 5 % limit),
        // and an invoice file without its channel column, which fails as a whole
        StringBuilder payslips = new StringBuilder("payslip_id;pay_date;unit_code;employer_org;source\n");
        for (int i = 1; i <= 20; i++) {
            payslips.append("P2-").append(i).append(";2017-02-25;LON-1;UTBF;MANUAL\n");
        }
        payslips.append("P2-21;2017-02-25;LON-1;UTBF;FAX\n");
        InputFiles.write(input, "payslips/2017-02.csv", payslips.toString());
        InputFiles.write(input, "invoices/2017-02-broken.csv", """
                invoice_id;invoice_type;registered_date;unit_code;customer_org;amount_sek
                3;CUSTOMER;2017-02-01;EKO-KUND1;UTBF;100
                """);
        Path metrics = dir.resolve("textfile").resolve("nyckeltal.prom");
        Files.createDirectories(metrics.getParent());
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "untouched");
        Files.createSymbolicLink(metrics, victim); // a link planted where the metrics file goes
        Instant beforeAttempt3 = Instant.now();
        var filesFailed = cli().with("nyckeltal.monitoring.metrics-file", metrics.toString())
                .run("load", "--input", input.toString(), "--warehouse", warehouse());
        assertThat(filesFailed.exitCode()).as(filesFailed.output()).isEqualTo(2);
        var afterFileFailure = cli().with(AS_OF, MARCH_11).run("status", "--json", "--warehouse", warehouse());
        assertThat(afterFileFailure.exitCode()).as(afterFileFailure.output()).isEqualTo(2);
        status = JSON.readTree(afterFileFailure.output());
        assertThat(status.get("last_attempt").get("outcome").asString()).isEqualTo("FILES_FAILED");
        assertThat(status.get("last_attempt").get("run_id").asLong()).isEqualTo(2);
        assertThat(status.get("last_attempt").get("message").asString())
                .isEqualTo("1 file(s) of run 2 failed as a whole");
        assertThat(extract(status, "payslips").get("latest_data_month").asString())
                .isEqualTo("2017-02");
        assertThat(lateExtracts(status)).containsExactly("staffing", "invoices", "contacts", "sick_leave");

        // the metrics file, written after attempt 3, replacing the link instead of writing through it
        assertThat(Files.readString(victim)).isEqualTo("untouched");
        assertThat(Files.isSymbolicLink(metrics)).isFalse();
        assertThat(Files.getPosixFilePermissions(metrics, LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        try (var left = Files.list(metrics.getParent())) {
            assertThat(left).containsExactly(metrics); // no temporary file left beside it
        }
        Map<String, Double> samples = PrometheusTextFormat.parse(Files.readString(metrics));
        assertThat(samples)
                .containsEntry("nyckeltal_last_attempt_success", 0.0)
                .containsEntry("nyckeltal_last_attempt_outcome{outcome=\"FILES_FAILED\"}", 1.0)
                .containsEntry("nyckeltal_last_attempt_outcome{outcome=\"SUCCEEDED\"}", 0.0)
                .containsEntry("nyckeltal_health", 2.0)
                .containsEntry("nyckeltal_rows_loaded{extract=\"payslips\"}", 20.0)
                .containsEntry("nyckeltal_rows_rejected{extract=\"payslips\"}", 1.0)
                .containsEntry("nyckeltal_failed_files{extract=\"invoices\"}", 1.0)
                .containsEntry("nyckeltal_rows_loaded{extract=\"invoices\"}", 0.0) // unchanged January: skipped
                .containsEntry("nyckeltal_failed_files{extract=\"payslips\"}", 0.0)
                .containsEntry("nyckeltal_data_tests{status=\"FAIL\"}", 0.0)
                .containsEntry("nyckeltal_extract_latest_data_month_timestamp_seconds{extract=\"payslips\"}", (double)
                        LocalDateTime.parse("2017-02-01T00:00")
                                .atZone(ZoneId.systemDefault())
                                .toEpochSecond());
        double started = samples.get("nyckeltal_last_attempt_start_timestamp_seconds");
        assertThat(started).isBetween((double) beforeAttempt3.getEpochSecond(), (double)
                Instant.now().getEpochSecond());
        assertThat(samples.get("nyckeltal_last_attempt_duration_seconds"))
                .isPositive()
                .isLessThan(Duration.between(beforeAttempt3, Instant.now()).toSeconds() + 1.0);
        assertThat(samples.get("nyckeltal_last_success_timestamp_seconds"))
                .isEqualTo((double)
                        finishedAtOfAttempt(1).atZone(ZoneId.systemDefault()).toEpochSecond())
                .isLessThan((double) beforeAttempt3.getEpochSecond() + 1);

        // attempt 4 (run 3): the broken file withdrawn, nothing new: healthy again
        Files.delete(input.resolve("invoices/2017-02-broken.csv"));
        assertThat(cli().run("load", "--input", input.toString(), "--warehouse", warehouse())
                        .exitCode())
                .isZero();
        assertThat(cli().with(AS_OF, FEBRUARY_5)
                        .run("status", "--warehouse", warehouse())
                        .exitCode())
                .isZero();

        // history lists every attempt, newest first, with its outcome and its run's files and rows
        var history = cli().run("history", "--warehouse", warehouse());
        List<String> lines = history.output()
                .lines()
                .filter(line -> line.matches("\\s*\\d+\\s+load\\s.*"))
                .toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("\\s*4\\s+load\\s.*\\sSUCCEEDED\\s+3\\s+7\\s+0\\s+7\\s+0\\s+0\\s+0\\s*");
        // run 2: 8 files, the 6 of January skipped, February's payslips loaded (20, 1 rejected), 1 failed
        assertThat(lines.get(1)).matches("\\s*3\\s+load\\s.*\\sFILES_FAILED\\s+2\\s+8\\s+1\\s+6\\s+1\\s+20\\s+1\\s*");
        assertThat(lines.get(2)).matches("\\s*2\\s+load\\s.*\\sFAILED\\s*");
        // run 1: 6 files, 3 + 3 + 2 + 1 + 1 + 1 rows
        assertThat(lines.get(3)).matches("\\s*1\\s+load\\s.*\\sSUCCEEDED\\s+1\\s+6\\s+6\\s+0\\s+0\\s+11\\s+0\\s*");
        assertThat(history.output()).contains("no-such-folder");
    }

    @Test
    void noSuccessWithinTheMaximumAgeIsUnhealthy() throws Exception {
        Path input = dir.resolve("input");
        for (var file : JANUARY.entrySet()) {
            InputFiles.write(input, file.getKey(), file.getValue());
        }
        assertThat(cli().run("load", "--input", input.toString(), "--warehouse", warehouse())
                        .exitCode())
                .isZero();
        // an indicators run is an attempt too (attempt 2), but the age counts from the last successful load
        assertThat(cli().run("indicators", "--warehouse", warehouse()).exitCode())
                .isZero();
        String twoDaysLater = Instant.now().plus(Duration.ofHours(48)).toString();

        var tooOld = neverLate().with(AS_OF, twoDaysLater).run("status", "--json", "--warehouse", warehouse());
        assertThat(tooOld.exitCode()).as(tooOld.output()).isEqualTo(2);
        assertThat(strings(JSON.readTree(tooOld.output()).get("reasons")))
                .singleElement()
                .asString()
                .startsWith("no load has succeeded for 4")
                .contains("(more than 36 h)");

        JsonNode status = JSON.readTree(tooOld.output());
        assertThat(status.get("last_attempt").get("attempt_id").asLong()).isEqualTo(2);
        assertThat(status.get("last_attempt").get("command").asString()).isEqualTo("indicators");
        assertThat(status.get("last_attempt").get("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(status.get("last_success").get("attempt_id").asLong()).isEqualTo(1);
        assertThat(status.get("last_success").get("command").asString()).isEqualTo("load");

        var allowed = neverLate()
                .with(AS_OF, twoDaysLater)
                .with("nyckeltal.monitoring.max-age", "72h")
                .run("status", "--json", "--warehouse", warehouse());
        assertThat(allowed.exitCode()).as(allowed.output()).isZero();
    }

    @Test
    void aWarehouseWithoutAnyLoadIsUnhealthy() {
        var empty = cli().run("status", "--json", "--warehouse", warehouse());
        assertThat(empty.exitCode()).as(empty.output()).isEqualTo(2);
        JsonNode status = JSON.readTree(empty.output());
        assertThat(status.get("last_attempt").isNull()).isTrue();
        assertThat(strings(status.get("reasons"))).contains("no load has run yet");
    }

    @Test
    void aKilledLoadIsInHistoryAsCrashedAndTheLoadThatResumesItSucceeds() throws Exception {
        Path input = dir.resolve("input");
        new SampleGenerator().generate(new SampleSpec(input, 0.004, YearMonth.of(2017, 1), YearMonth.of(2017, 3), 7));
        Path log = dir.resolve("load.log");
        ProcessBuilder load = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "se.nyckeltal.NyckeltalApplication",
                        "load",
                        "--input",
                        input.toString(),
                        "--warehouse",
                        warehouse())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        load.environment().put("NYCKELTAL_PSEUDONYM_KEY", PSEUDONYM_KEY.key());
        Process child = load.start();
        // killed (SIGKILL) once its ingest is over: its attempt and its run are committed, the run is not finished
        waitForLine(child, log, "Ingest: ");
        child.destroyForcibly().waitFor();

        var afterKill = cli().with(AS_OF, FEBRUARY_5).run("status", "--json", "--warehouse", warehouse());
        assertThat(afterKill.exitCode()).as(afterKill.output()).isEqualTo(2);
        JsonNode status = JSON.readTree(afterKill.output());
        JsonNode crashed = status.get("last_attempt");
        assertThat(crashed.get("attempt_id").asLong()).isEqualTo(1);
        assertThat(crashed.get("outcome").asString()).isEqualTo("CRASHED");
        assertThat(crashed.get("pid").asLong()).isEqualTo(child.pid());
        assertThat(crashed.get("message").asString())
                .isEqualTo("ended without finishing (pid " + child.pid()
                        + "): killed, out of memory, or the machine stopped");
        assertThat(crashed.get("finished_at").isNull()).isTrue();
        assertThat(crashed.get("run_id").asLong()).isEqualTo(1);
        assertThat(status.get("last_success").isNull()).isTrue();
        assertThat(strings(status.get("reasons"))).contains("no load has succeeded yet");

        var resumed = cli().run("load", "--input", input.toString(), "--warehouse", warehouse());
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        var history = cli().run("history", "--warehouse", warehouse()).output();
        List<String> lines = history.lines()
                .filter(line -> line.matches("\\s*\\d+\\s+load\\s.*"))
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\s*2\\s+load\\s.*\\sSUCCEEDED\\s+1\\s.*");
        assertThat(lines.get(1)).matches("\\s*1\\s+load\\s+\\S+ \\S+\\s+CRASHED\\s+1\\s.*");
        assertThat(history).contains("ended without finishing (pid " + child.pid() + ")");
    }

    private static void waitForLine(Process process, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the load ended before it could be killed:\n" + Files.readString(log));
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no '" + text + "' in the load's log:\n" + Files.readString(log));
    }

    /** Every monthly extract configured as never late, to see the age rule alone. */
    private static MonitoringCli neverLate() {
        MonitoringCli cli = cli();
        for (String extract : List.of("staffing", "invoices", "payslips", "contacts", "sick_leave")) {
            cli.with("nyckeltal.monitoring.cadence." + extract, "none");
        }
        return cli;
    }

    private LocalDateTime finishedAtOfAttempt(long attempt) {
        try (TestWarehouse warehouse = TestWarehouse.open(Path.of(warehouse()))) {
            return warehouse
                    .dsl()
                    .resultQuery("SELECT finished_at FROM meta.run_attempt WHERE attempt_id = ?", attempt)
                    .fetchSingle(0, LocalDateTime.class);
        }
    }

    private static MonitoringCli cli() {
        return new MonitoringCli();
    }

    private String warehouse() {
        return dir.resolve("warehouse.duckdb").toString();
    }

    private static JsonNode extract(JsonNode status, String name) {
        return StreamSupport.stream(status.get("extracts").spliterator(), false)
                .filter(extract -> extract.get("extract").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> lateExtracts(JsonNode status) {
        return StreamSupport.stream(status.get("extracts").spliterator(), false)
                .filter(extract -> extract.get("late").asBoolean())
                .map(extract -> extract.get("extract").asString())
                .toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
