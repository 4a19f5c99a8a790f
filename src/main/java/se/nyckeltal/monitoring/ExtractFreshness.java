package se.nyckeltal.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import se.nyckeltal.monitoring.MonitoringProperties.Cadence;

/**
 * How up to date one extract is.
 *
 * @param firstMonth      the earliest month of its facts (null for units and targets, or without data)
 * @param latestMonth     the latest month of its facts (the "latest data month")
 * @param rows            its rows in {@code core}
 * @param latestFile      the last file of it that was loaded, and when ({@code report.load_runs})
 * @param expectedMonth   the latest month it should have data for by now; null without a cadence
 * @param dueBy           when {@code expectedMonth} was due
 * @param late            whether its latest month is before the expected one (or it has no data at all)
 */
public record ExtractFreshness(
        String extract,
        Cadence cadence,
        YearMonth firstMonth,
        YearMonth latestMonth,
        long rows,
        String latestFile,
        LocalDateTime latestFileLoadedAt,
        YearMonth expectedMonth,
        LocalDate dueBy,
        boolean late) {

    /** One line for the operator, e.g. "contacts is late: data up to 2017-01; 2017-02 was due by 2017-03-10". */
    public String lateness() {
        return extract + " is late: " + (latestMonth == null ? "no data" : "data up to " + latestMonth) + "; "
                + expectedMonth + " was due by " + dueBy;
    }
}
