package se.nyckeltal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.nyckeltal.monitoring.ExtractFreshness;
import se.nyckeltal.monitoring.FreshnessCheck;
import se.nyckeltal.report.ReportFiles;
import se.nyckeltal.report.ReportWriter;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "Writes indicator_values.csv and indicator_table.csv (every period and year with data) "
                    + "and a human-readable report of one year (with a drill-down of every figure, and its text as "
                    + "report-text-YYYY.md) to the output folder."
        },
        footer = {"", "Example:", "  java -jar target/nyckeltal.jar report --year 2017 --output output"})
public class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = "output",
            description = "Where to write the files (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(
            names = "--year",
            paramLabel = "YYYY",
            description = "The year of the readable report (default: the latest year with data).")
    Integer year;

    @Override
    public Integer call() throws Exception {
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "report")) {
            ReportFiles files = new ReportWriter()
                    .write(
                            context.bean(DSLContext.class),
                            output,
                            year,
                            context.bean(FreshnessCheck.class).extracts().stream()
                                    .filter(ExtractFreshness::late)
                                    .toList());
            var out = spec.commandLine().getOut();
            out.println("Written:");
            out.println("  " + files.indicatorValuesCsv());
            out.println("  " + files.indicatorTableCsv());
            out.println("  " + files.htmlReport()
                    + (files.year() == null
                            ? " (the warehouse has no data yet)"
                            : files.yearHasData() ? " (" + files.year() + ")" : " (no data for " + files.year() + ")"));
            if (files.reportText() != null) {
                out.println("  " + files.reportText());
            }
            return ExitCodes.OK;
        }
    }
}
