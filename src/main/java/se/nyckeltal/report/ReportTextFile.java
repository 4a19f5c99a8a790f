package se.nyckeltal.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import se.nyckeltal.report.AnnualReport.Row;
import se.nyckeltal.report.AnnualReport.Section;

/**
 * The generated text of a reported year as Markdown ({@code report-text-YYYY.md}): a heading per
 * section of the report, a paragraph per indicator, the same sentences as in the HTML report, for
 * the writers of the annual report to paste.
 */
final class ReportTextFile {

    /** Characters Markdown would read as markup; a name from the warehouse keeps them as text. */
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>#])");

    private ReportTextFile() {}

    static String fileName(int year) {
        return "report-text-" + year + ".md";
    }

    static void write(AnnualReport report, Writer out) throws IOException {
        out.write("# Nyckeltal " + report.year() + ": text till årsredovisningen\n\n");
        out.write("Skriven från lagrets värden, med siffrorna avrundade som i tabellerna i nyckeltal-" + report.year()
                + ".html.");
        if (report.partialYear() != null) {
            out.write(" Delår: uppgifterna omfattar " + report.partialYear() + ".");
        }
        out.write("\n");
        for (Section section : report.sections()) {
            out.write("\n## " + escaped(section.title()) + "\n");
            for (Row row : section.rows()) {
                out.write("\n" + escaped(row.text()) + "\n");
            }
        }
    }

    private static String escaped(String text) {
        return MARKUP.matcher(text).replaceAll("\\\\$1");
    }
}
