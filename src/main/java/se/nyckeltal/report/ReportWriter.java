package se.nyckeltal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import se.nyckeltal.monitoring.ExtractFreshness;

/**
 * The {@code report} command's files (docs/warehouse.md, "Report files"): {@code indicator_values.csv} and
 * {@code indicator_table.csv} with every row of the public tables, the annual report's
 * indicator tables of one year as HTML ({@code nyckeltal-YYYY.html}) with a drill-down of every
 * figure, and the year's generated text as Markdown ({@code report-text-YYYY.md}).
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
        return write(dsl, outputDir, year, List.of());
    }

    /**
     * As {@link #write(DSLContext, Path, Integer)}, the readable report also saying which extracts are
     * late (their latest figures may be incomplete or missing).
     */
    public ReportFiles write(DSLContext dsl, Path outputDir, Integer year, List<ExtractFreshness> lateExtracts)
            throws IOException {
        Files.createDirectories(outputDir);
        List<String> lateNotes =
                lateExtracts.stream().map(ReportWriter::lateNote).toList();
        try {
            // One read transaction: the three files show the same state of the warehouse.
            return dsl.transactionResult(tx -> writeAll(tx.dsl(), outputDir, year, lateNotes));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** e.g. "Sen leverans: contacts har uppgifter till och med 2017-01; 2017-02 skulle ha kommit senast 2017-03-10." */
    static String lateNote(ExtractFreshness extract) {
        return "Sen leverans: " + extract.extract()
                + (extract.latestMonth() == null
                        ? " saknar uppgifter"
                        : " har uppgifter till och med " + extract.latestMonth())
                + "; " + extract.expectedMonth()
                + " skulle ha kommit senast " + extract.dueBy() + ".";
    }

    private ReportFiles writeAll(DSLContext dsl, Path outputDir, Integer year, List<String> lateNotes) {
        try {
            Path values = OutputFile.write(
                    outputDir.resolve(INDICATOR_VALUES_CSV), out -> IndicatorCsvExport.writeIndicatorValues(dsl, out));
            Path table = OutputFile.write(
                    outputDir.resolve(INDICATOR_TABLE_CSV), out -> IndicatorCsvExport.writeIndicatorTable(dsl, out));
            AnnualReport report = AnnualReportQuery.load(dsl, year);
            Path html = OutputFile.write(
                    outputDir.resolve(AnnualReportPage.fileName(report.year())),
                    out -> page.render(report, lateNotes, out));
            Path text = report.hasData()
                    ? OutputFile.write(
                            outputDir.resolve(ReportTextFile.fileName(report.year())),
                            out -> ReportTextFile.write(report, out))
                    : null;
            return new ReportFiles(values, table, html, report.year(), report.hasData(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
