package se.nyckeltal.monitoring;

import static se.nyckeltal.warehouse.jooq.report.Tables.DATA_QUALITY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Judges the warehouse's health: UNHEALTHY when the last attempt failed or crashed, when no load
 * succeeded within {@code nyckeltal.monitoring.max-age}, or when a data test FAILs; WARNING when an
 * extract is late or a data test WARNs; else HEALTHY.
 */
@Component
public class HealthCheck {

    public static final String LOAD = "load";

    private final DSLContext dsl;
    private final RunAttempts attempts;
    private final FreshnessCheck freshness;
    private final MonitoringProperties properties;
    private final Clock clock;

    public HealthCheck(
            DSLContext dsl,
            RunAttempts attempts,
            FreshnessCheck freshness,
            MonitoringProperties properties,
            Clock monitoringClock) {
        this.dsl = dsl;
        this.attempts = attempts;
        this.freshness = freshness;
        this.properties = properties;
        this.clock = monitoringClock;
    }

    public HealthReport check() {
        Instant now = clock.instant();
        Attempt last = attempts.last();
        Attempt lastSuccess = attempts.lastSuccess(LOAD);
        List<ExtractFreshness> extracts = freshness.extracts();
        List<DataQualityIssue> issues = dataQualityIssues();
        Health health = Health.HEALTHY;
        List<String> reasons = new ArrayList<>();
        if (last == null) {
            health = Health.UNHEALTHY;
            reasons.add("no load has run yet");
        } else if (last.outcome().isFailure()) {
            health = Health.UNHEALTHY;
            reasons.add("the last attempt (" + last.attemptId() + ", " + last.command() + ") " + describe(last));
        }
        if (last != null) {
            if (lastSuccess == null) {
                health = Health.UNHEALTHY;
                reasons.add("no load has succeeded yet");
            } else {
                Duration age = Duration.between(Attempt.instant(lastSuccess.endedAt()), now);
                if (age.compareTo(properties.maxAge()) > 0) {
                    health = Health.UNHEALTHY;
                    reasons.add("no load has succeeded for " + hours(age) + " (more than " + hours(properties.maxAge())
                            + "); the last success finished " + lastSuccess.endedAt());
                }
            }
        }
        for (DataQualityIssue issue : issues) {
            health = health.worst("FAIL".equals(issue.status()) ? Health.UNHEALTHY : Health.WARNING);
            reasons.add("data test " + issue.checkName() + " " + issue.status() + "s (" + issue.failingCount()
                    + " failing)");
        }
        for (ExtractFreshness extract : extracts) {
            if (extract.late()) {
                health = health.worst(Health.WARNING);
                reasons.add(extract.lateness());
            }
        }
        return new HealthReport(health, List.copyOf(reasons), now, last, lastSuccess, extracts, issues);
    }

    private static String describe(Attempt attempt) {
        return switch (attempt.outcome()) {
            case FILES_FAILED -> "had a file fail" + (attempt.message() == null ? "" : ": " + attempt.message());
            case CRASHED -> attempt.message() == null ? "crashed" : attempt.message();
            default -> "failed" + (attempt.message() == null ? "" : ": " + attempt.message());
        };
    }

    private static String hours(Duration duration) {
        return duration.toHours() + " h";
    }

    /** The latest recomputation's data tests that did not pass. */
    private List<DataQualityIssue> dataQualityIssues() {
        return dsl.selectFrom(DATA_QUALITY)
                .where(DATA_QUALITY.CHECKED_AT.eq(
                        dsl.select(DSL.max(DATA_QUALITY.CHECKED_AT)).from(DATA_QUALITY)))
                .and(DATA_QUALITY.STATUS.ne("PASS"))
                .orderBy(DATA_QUALITY.CHECK_NAME)
                .fetch(row -> new DataQualityIssue(
                        row.getCheckName(),
                        row.getStatus(),
                        row.getFailingCount(),
                        row.getDescription(),
                        row.getCheckedAt()));
    }
}
