package se.nyckeltal.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * Everything {@code status} says, and the metrics file publishes.
 *
 * @param reasons     why the health is not HEALTHY, one plain line each (empty when healthy)
 * @param checkedAt   the instant the health was judged at (now, or {@code nyckeltal.monitoring.as-of})
 * @param lastAttempt the newest attempt of any recorded command; null before the first
 * @param lastSuccess the newest load attempt that succeeded; null if none did
 */
public record HealthReport(
        Health health,
        List<String> reasons,
        Instant checkedAt,
        Attempt lastAttempt,
        Attempt lastSuccess,
        List<ExtractFreshness> extracts,
        List<DataQualityIssue> dataQuality) {

    public List<ExtractFreshness> lateExtracts() {
        return extracts.stream().filter(ExtractFreshness::late).toList();
    }
}
