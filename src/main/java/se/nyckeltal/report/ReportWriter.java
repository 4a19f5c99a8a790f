package se.nyckeltal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;

/**
 * The {@code report} command's files (docs/warehouse.md, "Report files"): {@code indicator_values.csv} and
 * {@code indicator_table.csv} with every row of the public tables, and the annual report's
 * indicator tables of one year as HTML ({@code nyckeltal-YYYY.html}).
 */
public final class ReportWriter {

    public static final String INDICATOR_VALUES_CSV = "indicator_values.csv";
    public static final String INDICATOR_TABLE_CSV = "indicator_table.csv";

    private final AnnualReportPage page = new AnnualReportPage();

    /**
     * Writes indicator_values.csv, indicator_table.csv and the human-readable report of one year
     * (year null = the latest year with data) into outputDir (created if missing). Reads report.* through jOOQ.
     * Without any data, both CSVs have their header only and the HTML says that there is no data.
     */
    public ReportFiles write(DSLContext dsl, Path outputDir, Integer year) throws IOException {
        Files.createDirectories(outputDir);
        try {
            // One read transaction: the three files show the same state of the warehouse.
            return dsl.transactionResult(tx -> writeAll(tx.dsl(), outputDir, year));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ReportFiles writeAll(DSLContext dsl, Path outputDir, Integer year) {
        try {
            Path values = OutputFile.write(outputDir.resolve(INDICATOR_VALUES_CSV),
                    out -> IndicatorCsvExport.writeIndicatorValues(dsl, out));
            Path table = OutputFile.write(outputDir.resolve(INDICATOR_TABLE_CSV),
                    out -> IndicatorCsvExport.writeIndicatorTable(dsl, out));
            AnnualReport report = AnnualReportQuery.load(dsl, year);
            Path html = OutputFile.write(outputDir.resolve(AnnualReportPage.fileName(report.year())),
                    out -> page.render(report, out));
            return new ReportFiles(values, table, html, report.year(), report.hasData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
