package se.nyckeltal.monitoring;

import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.warehouse.FileState;

/**
 * The metrics file for the node exporter's textfile collector ({@code nyckeltal.monitoring.metrics-file}),
 * in Prometheus's text format, written after every attempt. It is written to a new file of a unique
 * name beside the target, flushed to disk, then renamed over the target: the collector reads the
 * old or the new file, never half of one, and a link standing at the target is replaced, not
 * followed. It names extracts and counts only: nothing about an employee.
 */
@Component
public class MetricsFile {

    private static final Logger log = LoggerFactory.getLogger(MetricsFile.class);

    private final HealthCheck healthCheck;
    private final DSLContext dsl;
    private final MonitoringProperties properties;

    public MetricsFile(HealthCheck healthCheck, DSLContext dsl, MonitoringProperties properties) {
        this.healthCheck = healthCheck;
        this.dsl = dsl;
        this.properties = properties;
    }

    /**
     * Writes the file if one is configured. Never throws: monitoring must not turn a good load
     * into a failed one; a file that cannot be written is logged (and goes stale, which the
     * alert on the last success's age catches).
     */
    public Optional<Path> publish() {
        Path target = properties.metricsFile();
        if (target == null) {
            return Optional.empty();
        }
        try {
            write(target.toAbsolutePath(), text(healthCheck.check()));
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the metrics file {}: {}", target, e.getMessage() == null ? e : e.getMessage());
            return Optional.empty();
        }
    }

    String text(HealthReport report) {
        Attempt last = report.lastAttempt();
        Map<String, long[]> perExtract = perExtract(last == null ? null : last.runId());
        PrometheusText out = new PrometheusText();
        out.gauge(
                        "nyckeltal_health",
                        "The warehouse's health as `status` judges it: 0 healthy, 1 warning, 2 unhealthy.")
                .sample("", report.health().exitCode());
        out.gauge(
                "nyckeltal_last_attempt_start_timestamp_seconds",
                "When the last attempt (load or indicators) started.");
        out.gauge(
                "nyckeltal_last_attempt_duration_seconds",
                "How long the last attempt ran (0 if it crashed: its end is unknown).");
        out.gauge(
                "nyckeltal_last_attempt_success",
                "1 if the last attempt succeeded, 0 if it failed, had a file fail or crashed.");
        out.gauge(
                "nyckeltal_last_attempt_outcome",
                "The last attempt's outcome: 1 for the outcome it had, 0 for the others.");
        if (last != null) {
            out.sample("nyckeltal_last_attempt_start_timestamp_seconds", "", seconds(last.startedAt()));
            out.sample(
                    "nyckeltal_last_attempt_duration_seconds",
                    "",
                    last.finishedAt() == null
                            ? 0
                            : Duration.between(last.startedAt(), last.finishedAt())
                                            .toMillis()
                                    / 1000.0);
            out.sample("nyckeltal_last_attempt_success", "", last.outcome() == AttemptOutcome.SUCCEEDED ? 1 : 0);
            for (AttemptOutcome outcome : AttemptOutcome.values()) {
                out.sample(
                        "nyckeltal_last_attempt_outcome",
                        label("outcome", outcome.name()),
                        last.outcome() == outcome ? 1 : 0);
            }
        }
        out.gauge("nyckeltal_last_success_timestamp_seconds", "When the last successful load finished.");
        if (report.lastSuccess() != null) {
            out.sample(
                    "nyckeltal_last_success_timestamp_seconds",
                    "",
                    seconds(report.lastSuccess().endedAt()));
        }
        out.gauge("nyckeltal_rows_loaded", "Rows loaded by the last attempt's run, per extract.");
        perExtract.forEach(
                (extract, figures) -> out.sample("nyckeltal_rows_loaded", label("extract", extract), figures[0]));
        out.gauge("nyckeltal_rows_rejected", "Rows rejected by the last attempt's run, per extract.");
        perExtract.forEach(
                (extract, figures) -> out.sample("nyckeltal_rows_rejected", label("extract", extract), figures[1]));
        out.gauge("nyckeltal_failed_files", "Files of the last attempt's run that failed as a whole, per extract.");
        perExtract.forEach(
                (extract, figures) -> out.sample("nyckeltal_failed_files", label("extract", extract), figures[2]));
        out.gauge("nyckeltal_extract_late", "1 if the extract's latest data month is before the month due by now.");
        report.extracts()
                .forEach(extract -> out.sample(
                        "nyckeltal_extract_late", label("extract", extract.extract()), extract.late() ? 1 : 0));
        out.gauge(
                "nyckeltal_extract_latest_data_month_timestamp_seconds",
                "The first day of the extract's latest data month.");
        report.extracts().stream()
                .filter(extract -> extract.latestMonth() != null)
                .forEach(extract -> out.sample(
                        "nyckeltal_extract_latest_data_month_timestamp_seconds",
                        label("extract", extract.extract()),
                        seconds(extract.latestMonth().atDay(1).atStartOfDay())));
        out.gauge("nyckeltal_data_tests", "Data tests of the latest recomputation that did not pass, by status.");
        for (String status : new String[] {"WARN", "FAIL"}) {
            out.sample(
                    "nyckeltal_data_tests",
                    label("status", status),
                    report.dataQuality().stream()
                            .filter(issue -> status.equals(issue.status()))
                            .count());
        }
        return out.toString();
    }

    /** Rows loaded, rows rejected and failed files of one run per extract (every extract, zero without a run). */
    private Map<String, long[]> perExtract(Long runId) {
        Map<String, long[]> figures = new TreeMap<>();
        for (Extract extract : Extract.values()) {
            figures.put(extract.folder(), new long[3]);
        }
        if (runId != null) {
            var loaded = LOAD_RUNS.STATUS.eq(FileState.LOADED);
            dsl.select(
                            LOAD_RUNS.EXTRACT,
                            DSL.sum(LOAD_RUNS.ROWS_LOADED).filterWhere(loaded),
                            DSL.sum(LOAD_RUNS.ROWS_REJECTED).filterWhere(loaded),
                            DSL.count().filterWhere(LOAD_RUNS.STATUS.eq(FileState.FAILED)))
                    .from(LOAD_RUNS)
                    .where(LOAD_RUNS.RUN_ID.eq(runId))
                    .groupBy(LOAD_RUNS.EXTRACT)
                    .fetch()
                    .forEach(row ->
                            figures.put(row.value1(), new long[] {nz(row.value2()), nz(row.value3()), row.value4()}));
        }
        return figures;
    }

    private static long nz(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }

    private static long seconds(LocalDateTime time) {
        return Attempt.instant(time).getEpochSecond();
    }

    private static String label(String name, String value) {
        return "{" + name + "=\""
                + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    private static void write(Path target, String text) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // A new file of a unique name (created, never opened through a link), hidden from the collector
        // (it reads *.prom only) until the rename.
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(
                    temporary,
                    text.getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            try {
                // The collector runs as another user: readable by all (counts and extract names only).
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system's own permissions apply
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Prometheus text exposition format: a HELP and a TYPE line per metric, then its samples. */
    private static final class PrometheusText {
        private final Map<String, StringBuilder> metrics = new LinkedHashMap<>();
        private String lastName;

        PrometheusText gauge(String name, String help) {
            metrics.put(
                    name,
                    new StringBuilder(
                            "# HELP " + name + " " + help.replace("\\", "\\\\") + "\n# TYPE " + name + " gauge\n"));
            lastName = name;
            return this;
        }

        PrometheusText sample(String labels, double value) {
            return sample(lastName, labels, value);
        }

        PrometheusText sample(String name, String labels, double value) {
            String number = value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : String.format(Locale.ROOT, "%.3f", value);
            metrics.get(name)
                    .append(name)
                    .append(labels)
                    .append(' ')
                    .append(number)
                    .append('\n');
            return this;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            metrics.values().forEach(text::append);
            return text.toString();
        }
    }
}
