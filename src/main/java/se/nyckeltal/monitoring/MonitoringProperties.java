package se.nyckeltal.monitoring;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.nyckeltal.extract.Extract;

/**
 * What {@code status}, the metrics file and the report call healthy.
 *
 * @param metricsFile where to write the metrics file after each attempt (Prometheus text format, for the
 *                    node exporter's textfile collector); null: none
 * @param dueDay      a monthly extract's data for month m is due by this day of month m+1 (default 10)
 * @param maxAge      the longest time since the last successful load before the warehouse is unhealthy
 *                    (default 36 hours: one missed night is a failure, a late one is not)
 * @param cadence     per extract folder, {@code monthly} or {@code none} (never late); default monthly,
 *                    units and targets none (they change when the organisation or the budget does)
 * @param asOf        judge freshness and age as of this instant instead of now (checks, replays)
 */
@ConfigurationProperties("nyckeltal.monitoring")
public record MonitoringProperties(
        Path metricsFile, Integer dueDay, Duration maxAge, Map<String, String> cadence, Instant asOf) {

    /** Expected delivery of an extract. */
    public enum Cadence {
        MONTHLY,
        NONE
    }

    public MonitoringProperties {
        dueDay = dueDay == null ? 10 : dueDay;
        if (dueDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException(
                    "nyckeltal.monitoring.due-day must be a day from 1 to 28, not " + dueDay);
        }
        maxAge = maxAge == null ? Duration.ofHours(36) : maxAge;
        cadence = cadence == null ? Map.of() : new HashMap<>(cadence);
    }

    public Cadence cadenceOf(Extract extract) {
        String configured = cadence.get(extract.folder());
        if (configured == null || configured.isBlank()) {
            return extract == Extract.UNITS || extract == Extract.TARGETS ? Cadence.NONE : Cadence.MONTHLY;
        }
        try {
            return Cadence.valueOf(configured.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("nyckeltal.monitoring.cadence." + extract.folder()
                    + " must be 'monthly' or 'none', not '" + configured + "'");
        }
    }
}
