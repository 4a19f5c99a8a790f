package se.nyckeltal.report;

import java.nio.file.Path;

/**
 * What {@link ReportWriter#write} wrote.
 *
 * @param indicatorValuesCsv {@code indicator_values.csv}: every row of {@code report.indicator_values}
 * @param indicatorTableCsv  {@code indicator_table.csv}: every row of {@code report.indicator_table}
 * @param htmlReport         the human-readable report of {@code year}
 * @param year               the year the HTML report shows; null when the warehouse has no data at all
 * @param yearHasData        false when the HTML report only says that there is no data (for that year)
 * @param reportText         the generated text of {@code year} as Markdown; null when the year has no data
 */
public record ReportFiles(
        Path indicatorValuesCsv,
        Path indicatorTableCsv,
        Path htmlReport,
        Integer year,
        boolean yearHasData,
        Path reportText) {}
