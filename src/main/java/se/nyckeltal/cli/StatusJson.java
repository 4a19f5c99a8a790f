package se.nyckeltal.cli;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import se.nyckeltal.load.HrRetention;
import se.nyckeltal.monitoring.Attempt;
import se.nyckeltal.monitoring.DataQualityIssue;
import se.nyckeltal.monitoring.ExtractFreshness;
import se.nyckeltal.monitoring.HealthReport;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code status --json}: one object, field names in snake_case, times as ISO-8601 with the
 * machine's offset ({@code 2026-12-07T02:00:05+01:00}), months as {@code yyyy-MM}, absent values null.
 */
record StatusJson(
        String health,
        int exitCode,
        String checkedAt,
        List<String> reasons,
        AttemptJson lastAttempt,
        AttemptJson lastSuccess,
        List<ExtractJson> extracts,
        List<DataQualityJson> dataQuality,
        RetentionJson retention) {

    record AttemptJson(
            long attemptId,
            String command,
            Long pid,
            String startedAt,
            String finishedAt,
            String outcome,
            Integer exitCode,
            Long runId,
            String message) {}

    record ExtractJson(
            String extract,
            String cadence,
            String firstMonth,
            String latestDataMonth,
            long rows,
            String latestFile,
            String latestFileLoadedAt,
            String expectedMonth,
            String dueBy,
            boolean late) {}

    /** See {@link HrRetention.Status}; months as yyyy-MM, null when absent. */
    record RetentionJson(
            Integer hrMonths, String keptFrom, String erasedBefore, String oldestPersonLevelMonth, String warning) {}

    record DataQualityJson(String checkName, String status, long failingCount, String description, String checkedAt) {}

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    static String of(HealthReport report, HrRetention.Status retention) {
        StatusJson json = new StatusJson(
                report.health().name(),
                report.health().exitCode(),
                report.checkedAt()
                        .atZone(ZoneId.systemDefault())
                        .toOffsetDateTime()
                        .toString(),
                report.reasons(),
                attempt(report.lastAttempt()),
                attempt(report.lastSuccess()),
                report.extracts().stream().map(StatusJson::extract).toList(),
                report.dataQuality().stream().map(StatusJson::dataQuality).toList(),
                new RetentionJson(
                        retention.hrMonths(),
                        text(retention.keptFrom()),
                        text(retention.erasedBefore()),
                        text(retention.oldestKept()),
                        retention.warning()));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    private static AttemptJson attempt(Attempt attempt) {
        return attempt == null
                ? null
                : new AttemptJson(
                        attempt.attemptId(),
                        attempt.command(),
                        attempt.pid(),
                        time(attempt.startedAt()),
                        time(attempt.finishedAt()),
                        attempt.outcome().name(),
                        attempt.exitCode(),
                        attempt.runId(),
                        attempt.message());
    }

    private static ExtractJson extract(ExtractFreshness extract) {
        return new ExtractJson(
                extract.extract(),
                extract.cadence().name(),
                text(extract.firstMonth()),
                text(extract.latestMonth()),
                extract.rows(),
                extract.latestFile(),
                time(extract.latestFileLoadedAt()),
                text(extract.expectedMonth()),
                text(extract.dueBy()),
                extract.late());
    }

    private static DataQualityJson dataQuality(DataQualityIssue issue) {
        return new DataQualityJson(
                issue.checkName(), issue.status(), issue.failingCount(), issue.description(), time(issue.checkedAt()));
    }

    /** The warehouse's timestamps are this machine's local time: given with its offset, to the second. */
    private static String time(LocalDateTime time) {
        return time == null
                ? null
                : time.withNano(0)
                        .atZone(ZoneId.systemDefault())
                        .toOffsetDateTime()
                        .toString();
    }

    private static String text(TemporalAccessor value) {
        return value == null ? null : value.toString();
    }
}
