package se.nyckeltal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.nyckeltal.export.ExportedFile;
import se.nyckeltal.export.ExportedTable;
import se.nyckeltal.export.Exporter;
import se.nyckeltal.export.JsonStatExport;
import se.nyckeltal.export.KoladaExport;
import se.nyckeltal.failure.UserError;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = NyckeltalVersion.class,
        description = {
            "parquet: writes the public report tables and the core facts that are about no employee (invoices, "
                    + "payslips, contacts, units, targets; never staffing or sick leave) as Hive-partitioned Parquet, one folder "
                    + "per table (facts by year and month, indicator values by period type), readable unchanged by "
                    + "DuckDB, Spark and Trino. Replaces the folders of an earlier export.",
            "kolada: the yearly indicator values and the catalogue in the shape of Kolada's API v2 (kpi, ou and "
                    + "oudata, each as .json and ;-separated .csv), ids prefixed with --id-prefix.",
            "json-stat: every indicator value as one JSON-stat 2.0 dataset (indicator_values.json).",
            "Withheld (suppressed) values are null with a status in kolada and json-stat, never a number."
        },
        footer = {
            "",
            "Examples:",
            "  java -jar target/nyckeltal.jar export --format parquet --output output/parquet",
            "  java -jar target/nyckeltal.jar export --format kolada --id-prefix NYT_ --municipality 0180",
            "  java -jar target/nyckeltal.jar export --format json-stat"
        })
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    private static final List<String> FORMATS = List.of("parquet", "kolada", "json-stat");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "parquet",
            description = "parquet, kolada or json-stat (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Where to write (default: output/FORMAT, e.g. output/parquet).")
    Path output;

    @Option(
            names = "--id-prefix",
            paramLabel = "PREFIX",
            defaultValue = "NYT_",
            description = "kolada: the administration's own prefix of every KPI and unit id, so that none can "
                    + "collide with Kolada's (default: ${DEFAULT-VALUE}).")
    String idPrefix;

    @Option(
            names = "--municipality",
            paramLabel = "ID",
            description = "kolada: Kolada's four-digit id of the municipality the units belong to (e.g. 0180), "
                    + "written into ou; none by default.")
    String municipality;

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            throw new ParameterException(
                    spec.commandLine(), "Unknown --format '" + format + "': use one of " + String.join(", ", FORMATS));
        }
        if ("kolada".equals(chosen)) {
            refuseIfPresent(KoladaExport.prefixProblem(idPrefix));
            refuseIfPresent(KoladaExport.municipalityProblem(municipality));
        } else {
            for (String koladaOnly : List.of("--id-prefix", "--municipality")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(koladaOnly)) {
                    refuseIfPresent(koladaOnly + " applies to --format kolada only");
                }
            }
        }
        Path target = output != null ? output : Path.of("output", chosen);
        // Opening a missing file would create an empty warehouse and export nothing useful.
        if (!Files.isRegularFile(warehouse.warehouse())) {
            throw new UserError("No warehouse at " + warehouse.warehouse().toAbsolutePath()
                    + ": run load first, or give --warehouse");
        }
        try (SpringContexts.Session context = SpringContexts.open(warehouse, "export")) {
            DSLContext dsl = context.bean(DSLContext.class);
            var out = spec.commandLine().getOut();
            out.println("Written:");
            switch (chosen) {
                case "kolada" -> printFiles(new KoladaExport(dsl, idPrefix, municipality).write(target));
                case "json-stat" -> printFiles(new JsonStatExport(dsl).write(target));
                default -> {
                    for (ExportedTable table : new Exporter(dsl).exportParquet(target)) {
                        out.println("  " + table.folder() + "  (" + table.rows() + " rows"
                                + (table.partitionBy().isEmpty()
                                        ? ""
                                        : ", by " + String.join(", ", table.partitionBy()))
                                + ")");
                    }
                }
            }
            return ExitCodes.OK;
        }
    }

    private void printFiles(List<ExportedFile> files) {
        for (ExportedFile file : files) {
            spec.commandLine().getOut().println("  " + file.file() + "  (" + file.records() + " " + file.what() + ")");
        }
    }

    private void refuseIfPresent(String problem) {
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), "Invalid option: " + problem);
        }
    }
}
