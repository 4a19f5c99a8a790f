package se.nyckeltal.indicators;

import java.util.List;

/**
 * What one recomputation did.
 *
 * @param periodsRecomputed (indicator, period) pairs whose rows were written anew
 * @param periodsRemoved    stored (indicator, period) pairs deleted because the data no longer implies them
 * @param rowsWritten       rows inserted into {@code report.indicator_values}
 * @param indicatorTableRows rows of the rebuilt {@code report.indicator_table}
 * @param dataQuality       the data tests' results, as appended to {@code report.data_quality}
 */
public record RecomputeSummary(
        long periodsRecomputed,
        long periodsRemoved,
        long rowsWritten,
        long indicatorTableRows,
        List<DataTestResult> dataQuality) {

    public RecomputeSummary {
        dataQuality = List.copyOf(dataQuality);
    }

    /** Checks with status FAIL. */
    public long dataQualityFailures() {
        return dataQuality.stream()
                .filter(result -> result.status().equals("FAIL"))
                .count();
    }

    /** Checks with status WARN. */
    public long dataQualityWarnings() {
        return dataQuality.stream()
                .filter(result -> result.status().equals("WARN"))
                .count();
    }
}
